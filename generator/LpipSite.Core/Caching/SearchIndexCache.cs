using LpipSite.Core.Caching;
using LpipSite.Core.Search;

namespace LpipSite.Core.Caching;

/// <summary>
/// What a search index build may reuse from the previous one (the preview server rebuilds after every
/// save): the plain text of Markdown bodies, keyed by their text, and each document's analysis, keyed
/// by its field values. The index and document store stay byte-identical to a build without a cache.
/// Thread-safe; each build forgets what it did not use, so memory follows the size of the site.
/// </summary>
public sealed class SearchIndexCache
{
    private readonly EvictingCache<string, string> _plainText = new(StringComparer.Ordinal);

    internal EvictingCache<LunrDocumentKey, LunrDocumentAnalysis> Analyses { get; } = new();

    /// <summary>Markdown bodies whose plain text was reused in the last build.</summary>
    public int PlainTextHits => _plainText.Hits;

    /// <summary>Markdown bodies converted to plain text in the last build.</summary>
    public int PlainTextMisses => _plainText.Misses;

    /// <summary>Documents whose analysis (terms and their counts per field) was reused in the last build.</summary>
    public int DocumentHits => Analyses.Hits;

    /// <summary>Documents analysed afresh in the last build.</summary>
    public int DocumentMisses => Analyses.Misses;

    internal void BeginBuild()
    {
        _plainText.BeginBuild();
        Analyses.BeginBuild();
    }

    /// <summary>Forgets the entries this build did not use.</summary>
    internal void EndBuild()
    {
        _plainText.EndBuild();
        Analyses.EndBuild();
    }

    internal string PlainText(string markdown, Func<string, string> convert)
    {
        if (!_plainText.TryGet(markdown, out var text))
        {
            text = convert(markdown);
            _plainText.Put(markdown, text);
        }

        return text;
    }
}
