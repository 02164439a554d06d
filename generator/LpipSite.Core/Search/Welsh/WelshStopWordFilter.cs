namespace LpipSite.Core.Search.Welsh;

/// <summary>
/// The Welsh pipeline's stop-word filter (label <c>stopWordFilter-cy</c>): drops a trimmed token that is one
/// of a short list of Welsh function words, and drops the empty token (which lunr's English pipeline keeps
/// and indexes as <c>""</c>; here it would only inflate field lengths). Mirrors <c>stopWordFilterCy</c> in
/// lunr-cy.js; the list is documented in docs/search.md.
/// </summary>
/// <remarks>
/// Chosen for being frequent and carrying no meaning a reader searches for: articles (y, yr, 'r), the
/// conjunctions and their forms before vowels (a/ac, â/ag, na/nac/nad, neu, ond, hefyd), the commonest
/// prepositions (ar, at, am, i, o, gan, gyda, mewn), the predicative and locative particle yn with its nasal
/// forms (yng, ym) and contraction 'n, possessives (fy, dy, ei, eu, ein, eich), forms of "to be" that serve
/// as auxiliaries (mae, oedd, ydy, yw, bod, fod, sy, sydd), wedi, ddim, nid, and the usual contractions
/// (i'r, a'r, o'r, â'r, i'w, mae'n, mae'r, sy'n). A contraction at the start of a token loses its
/// apostrophe to the trimmer, so 'r and 'n arrive as r and n. Words that are also content words in their
/// own right (heb, dros, rhwng, cyn, wrth) are left out on purpose.
/// </remarks>
public static class WelshStopWordFilter
{
    /// <summary>The pipeline label shared with lunr-cy.js.</summary>
    public const string Label = "stopWordFilter-cy";

    /// <summary>The stop words, in the order lunr-cy.js lists them.</summary>
    public static IReadOnlyList<string> Words { get; } =
    [
        "a", "ac", "â", "ag", "am", "ar", "at", "bod", "ddim", "dy", "ei", "eich", "ein", "eu", "fod", "fy",
        "gan", "gyda", "hefyd", "i", "mae", "mewn", "n", "na", "nac", "nad", "neu", "nid", "o", "oedd", "ond",
        "r", "sy", "sydd", "wedi", "y", "ydy", "ym", "yn", "yng", "yr", "yw",
        "i'r", "a'r", "o'r", "â'r", "i'w", "mae'n", "mae'r", "sy'n",
    ];

    private static readonly HashSet<string> Set = new(Words, StringComparer.Ordinal);

    /// <summary>True if the filter drops this trimmed token (a stop word, or empty).</summary>
    public static bool Drops(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Length == 0 || Set.Contains(token);
    }
}
