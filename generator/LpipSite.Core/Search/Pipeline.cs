namespace LpipSite.Core.Search;

/// <summary>
/// lunr's default build pipeline: trimmer, then stopWordFilter, then stemmer. Each built-in function keeps
/// or drops a token; none expands one, so applying them token by token equals lunr's
/// function-by-function run. A token the trimmer empties is not dropped: it is indexed as the term "".
/// </summary>
public static class Pipeline
{
    /// <summary>The labels of the search pipeline that an index serialises (<c>["stemmer"]</c>).</summary>
    public static IReadOnlyList<string> SearchPipelineLabels { get; } = ["stemmer"];

    /// <summary>The indexed term for a lowercased token, or null if the stop word filter drops it.</summary>
    public static string? Run(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        string trimmed = Trimmer.Trim(token);
        return StopWordFilter.IsStopWord(trimmed) ? null : PorterStemmer.Stem(trimmed);
    }
}
