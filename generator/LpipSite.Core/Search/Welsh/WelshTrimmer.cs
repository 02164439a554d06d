using System.Globalization;
using System.Text;

namespace LpipSite.Core.Search.Welsh;

/// <summary>
/// The Welsh pipeline's trimmer (label <c>trimmer-cy</c>). lunr's own trimmer strips every code unit that is
/// not ASCII <c>\w</c> at the edges, so <c>tŷ</c> becomes <c>t</c>; this one keeps, at the edges, anything
/// lunr keeps plus every Unicode letter, combining mark and number (<c>\p{L}\p{M}\p{N}</c>, by code point).
/// Before trimming it writes the typographic apostrophes U+2019, U+2018 and U+02BC as <c>'</c>, so
/// <c>i’r</c> and <c>i'r</c> are the same token. Mirrors <c>trimmerCy</c> in lunr-cy.js.
/// </summary>
public static class WelshTrimmer
{
    /// <summary>The pipeline label shared with lunr-cy.js.</summary>
    public const string Label = "trimmer-cy";

    /// <summary>Trims one lowercased token; the result may be empty.</summary>
    public static string Trim(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        string text = token.AsSpan().IndexOfAny('\u2019', '\u2018', '\u02BC') < 0
            ? token
            : token.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u02BC', '\'');

        int start = 0;
        while (start < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(start), out Rune rune, out int used);
            if (IsKept(text, start, rune, used)) break;
            start += used;
        }

        int end = text.Length;
        while (end > start)
        {
            Rune.DecodeLastFromUtf16(text.AsSpan(start, end - start), out Rune rune, out int used);
            if (IsKept(text, end - used, rune, used)) break;
            end -= used;
        }

        return start == 0 && end == text.Length ? text : text[start..end];
    }

    // A lone surrogate decodes as U+FFFD (category So) and is trimmed, as a JS /u regex sees it (Cs).
    private static bool IsKept(string text, int at, Rune rune, int used)
    {
        if (used == 1 && char.IsSurrogate(text[at])) return false;
        if (rune.Value < 128) return JsText.IsWordChar((char)rune.Value);
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }
}
