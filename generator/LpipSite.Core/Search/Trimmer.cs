using System.Runtime.CompilerServices;
namespace LpipSite.Core.Search;

/// <summary>
/// lunr's <c>trimmer</c>: removes the leading and trailing runs of JS <c>\W</c>, which is ASCII-only, so
/// <c>café</c> becomes <c>caf</c> and a token of only punctuation or non-Latin letters becomes the empty
/// string (which lunr still indexes).
/// </summary>
public static class Trimmer
{
    /// <summary>Trims a token; the result is a slice of the input.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> token)
    {
        int start = 0;
        while (start < token.Length && !JsText.IsWordChar(token[start])) start++;
        if (start == token.Length) return [];
        int end = token.Length - 1;
        while (!JsText.IsWordChar(token[end])) end--;
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
