namespace LpipSite.Core.Rendering.Views;

public sealed record HomeView(
    string Intro,
    IReadOnlyList<CountedLinkView> Themes,
    IReadOnlyList<GroupView> PartnershipsByNation,
    IReadOnlyList<CardView> LatestCaseStudies,
    IReadOnlyList<CardView> LatestNews,
    int CaseStudyCount,
    string? ContributeUrl,
    IReadOnlyList<HomeSectionView> Sections);

/// <summary>A content type's section of the home page: a heading, a few cards and a link to the rest.</summary>
public sealed record HomeSectionView(string Id, string Title, string? Intro, IReadOnlyList<CardView> Items, LinkView? More);

public sealed record GroupedListView(string Intro, IReadOnlyList<GroupView> Groups);

public sealed record SessionView(
    DateView Date,
    string? StartIso,
    string? Time,
    string? EndIso,
    string? EndText,
    string Mode,
    string? BookingUrl,
    bool IsPast)
{
    /// <summary>The value for <c>&lt;time datetime&gt;</c>: the start time when known, else the date.</summary>
    public string Iso => StartIso ?? Date.Iso;
}

public sealed record ListView(string Intro, IReadOnlyList<CardView> Items, PaginationView? Pagination);

public sealed record ThemeView(
    string Label,
    string Description,
    string CountText,
    IReadOnlyList<CardView> CaseStudies,
    LinkView? AllCaseStudies,
    IReadOnlyList<LinkView> Partnerships,
    IReadOnlyList<LinkView> Training);

public sealed record ThemesIndexView(string Intro, IReadOnlyList<CardView> Themes);

public sealed record EvidenceLevelView(string Id, string Label, string Description);

public sealed record EvidenceScaleView(string Label, string Id, string Description, IReadOnlyList<EvidenceLevelView> Levels);

public sealed record EvidenceLevelsView(string Intro, IReadOnlyList<EvidenceScaleView> Scales);

/// <summary>A content type search results can be narrowed to.</summary>
public sealed record SearchTypeView(string Key, string Label);

/// <summary>The search page.</summary>
/// <param name="ManifestUrl">Where the page's script fetches the sharded index's manifest (<c>SiteSearchIndex.ManifestUrlOf(language)</c>).</param>
/// <param name="Language">
/// The code of the index's <c>SearchLanguage</c> (<c>en</c>, <c>cy</c>): the layout writes it as the form's
/// <c>data-language</c>, and for <c>cy</c> loads <c>js/lunr-cy.js</c>, whose pipeline search.js then uses.
/// </param>
public sealed record SearchView(
    string Intro,
    IReadOnlyList<CountedLinkView> Themes,
    IReadOnlyList<SearchTypeView> Types,
    string ManifestUrl,
    string Language)
{
    /// <summary>The script's messages in the page's language, as JSON: plural entries by CLDR category, with {placeholders}.</summary>
    public string Messages { get; init; } = "{}";
}

public sealed record NotFoundView(IReadOnlyList<LinkView> Suggestions);
