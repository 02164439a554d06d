namespace LpipSite.Browser.Tests.Support;

/// <summary>
/// The Welsh interface text the browser tests expect on the shipped site's Welsh pages, written out
/// here (not read from themes/default/i18n/cy.yml) so that a page falling back to English, or to the
/// wrong plural form, fails.
/// </summary>
public static class WelshText
{
    /// <summary>The search status line while the index loads.</summary>
    public const string Searching = "Wrthi'n chwilio\u2026";

    /// <summary>The notice on a Welsh page whose item has no Welsh translation.</summary>
    public const string SourceOnlyNotice = "Mae'r dudalen hon ar gael yn Saesneg yn unig.";

    /// <summary>The notice on a Welsh translation no Welsh speaker has reviewed yet.</summary>
    public const string UnreviewedNotice = "Nid yw siaradwr Cymraeg wedi adolygu'r cyfieithiad hwn eto.";

    /// <summary>
    /// The search status line for <paramref name="count"/> results (fewer than 100, no type chosen):
    /// Welsh plural categories, zero (0), one (1), two (2), few (3), many (6) and other, where the
    /// noun mutates after 2 and takes "o" from 3; every form gives the count.
    /// </summary>
    public static string SearchStatus(int count, string query) => count switch
    {
        0 => $"0 canlyniad ar gyfer \u201c{query}\u201d.",
        1 => $"1 canlyniad ar gyfer \u201c{query}\u201d.",
        2 => $"2 ganlyniad ar gyfer \u201c{query}\u201d.",
        _ => $"{count} o ganlyniadau ar gyfer \u201c{query}\u201d.",
    };
}
