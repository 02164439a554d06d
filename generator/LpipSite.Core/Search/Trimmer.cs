namespace LpipSite.Core.Search;

/// <summary>
/// lunr's <c>trimmer</c>: removes the leading and trailing runs of JS <c>\W</c>, which is ASCII-only, so
/// <c>café</c> becomes <c>caf</c> and a token of only punctuation or non-Latin letters becomes the empty
/// string (which lunr still indexes).
/// </summary>
public static class Trimmer
{
    /// <summary>Trims a token; the result is a slice of the input.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> token)
    {
        int start = token.IndexOfAny(JsText.WordChars);
        if (start < 0) return [];
        int end = token.LastIndexOfAny(JsText.WordChars);
        return token[start..(end + 1)];
    }

    /// <inheritdoc cref="Trim(ReadOnlySpan{char})"/>
    public static string Trim(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        ReadOnlySpan<char> trimmed = Trim(token.AsSpan());
        return trimmed.Length == token.Length ? token : trimmed.ToString();
    }
}
