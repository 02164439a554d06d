namespace LpipSite.Core.Search;

/// <summary>
/// lunr's English <c>stopWordFilter</c>: drops a token that is exactly one of 119 words. It runs after
/// trimming and before stemming. lunr looks words up in a plain object by value, so names such as
/// <c>constructor</c> are not stop words; an ordinal set gives the same answer.
/// </summary>
public static class StopWordFilter
{
    private static readonly HashSet<string> Words = new(
    [
        "a", "able", "about", "across", "after", "all", "almost", "also", "am", "among", "an", "and", "any",
        "are", "as", "at", "be", "because", "been", "but", "by", "can", "cannot", "could", "dear", "did", "do",
        "does", "either", "else", "ever", "every", "for", "from", "get", "got", "had", "has", "have", "he",
        "her", "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "just",
        "least", "let", "like", "likely", "may", "me", "might", "most", "must", "my", "neither", "no", "nor",
        "not", "of", "off", "often", "on", "only", "or", "other", "our", "own", "rather", "said", "say", "says",
        "she", "should", "since", "so", "some", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "tis", "to", "too", "twas", "us", "wants", "was", "we", "were", "what", "when",
        "where", "which", "while", "who", "whom", "why", "will", "with", "would", "yet", "you", "your",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The number of stop words (119).</summary>
    public static int Count => Words.Count;

    /// <summary>True if lunr drops this (already trimmed) token.</summary>
    public static bool IsStopWord(ReadOnlySpan<char> token) => token.Length <= 8 && SpanLookup.Contains(token);

    /// <inheritdoc cref="IsStopWord(ReadOnlySpan{char})"/>
    public static bool IsStopWord(string token) => IsStopWord(token.AsSpan());
}
