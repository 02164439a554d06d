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

public sealed record CaseStudyListView(
    string Intro,
    string CountText,
    IReadOnlyList<CardView> Items,
    PaginationView? Pagination,
    IReadOnlyList<FacetView> Facets,
    LinkView? AllCaseStudies);

public sealed record OutcomeView(string Description, string TypeLabel);

public sealed record TransferabilityView(
    string Conditions,
    string? Adaptations,
    string? AssessmentLabel,
    string? AssessmentDescription,
    IReadOnlyList<LinkView> TriedIn);

public sealed record OutputView(string Title, string? Url, string? TypeLabel);

public sealed record CaseStudyView(
    string Title,
    string Summary,
    IReadOnlyList<SummaryRowView> Facts,
    ImageView? Image,
    BodyView Body,
    IReadOnlyList<OutcomeView> Outcomes,
    TransferabilityView Transferability,
    IReadOnlyList<OutputView> Outputs,
    LinkView? Doi,
    IReadOnlyList<CardView> Related,
    string? EditUrl);

public sealed record IndicatorSourceView(string Publisher, string? Dataset, string? Url, string? Licence, string? LicenceUrl);

public sealed record IndicatorView(string Label, string Value, string? Period, string? Comparator, IndicatorSourceView Source);

public sealed record AltNameView(string Name, string Lang, string LanguageName);

public sealed record PlaceView(
    string Name,
    IReadOnlyList<AltNameView> AltNames,
    string Summary,
    IReadOnlyList<SummaryRowView> Facts,
    IReadOnlyList<LinkView> Partnerships,
    IReadOnlyList<CardView> CaseStudies,
    IReadOnlyList<LinkView> Methods,
    IReadOnlyList<CardView> TriedHere,
    IReadOnlyList<IndicatorView> Indicators,
    IReadOnlyList<LinkView> Constituents,
    IReadOnlyList<LinkView> Parents,
    IReadOnlyList<LinkView> Children,
    LinkView? AllCaseStudies);

public sealed record PlaceEntryView(string Name, string Url, string TypeLabel, int Count, string CountText);

public sealed record RegionGroupView(string Name, string? Url, IReadOnlyList<PlaceEntryView> Places);

public sealed record NationGroupView(string Label, string Id, string? Url, IReadOnlyList<PlaceEntryView> Places, IReadOnlyList<RegionGroupView> Regions);

public sealed record PlacesIndexView(string CountText, IReadOnlyList<NationGroupView> Nations);

public sealed record RoleGroupView(string Role, IReadOnlyList<ItemView> Organisations);

public sealed record PartnershipView(
    string Name,
    string? ShortName,
    string Summary,
    ImageView? Logo,
    IReadOnlyList<SummaryRowView> Facts,
    IReadOnlyList<RoleGroupView> Partners,
    IReadOnlyList<LinkView> Places,
    IReadOnlyList<LinkView> Themes,
    IReadOnlyList<string> LocalThemes,
    IReadOnlyList<ItemView> Grants,
    IReadOnlyList<ItemView> Contact,
    IReadOnlyList<CardView> CaseStudies,
    IReadOnlyList<LinkView> Methods,
    IReadOnlyList<CardView> News,
    LinkView? AllCaseStudies);

public sealed record GroupedListView(string Intro, IReadOnlyList<GroupView> Groups);

public sealed record MethodUseView(LinkView CaseStudy, DateView Date, IReadOnlyList<LinkView> Places, LinkView? Partnership);

public sealed record MethodView(
    string Title,
    string Summary,
    IReadOnlyList<SummaryRowView> Facts,
    string WhenToUse,
    string? WhenNotToUse,
    BodyView Body,
    string UsedSummary,
    IReadOnlyList<MethodUseView> UsedIn,
    IReadOnlyList<LinkView> Places,
    IReadOnlyList<LinkView> Partnerships,
    IReadOnlyList<LinkView> FurtherReading,
    IReadOnlyList<LinkView> Training);

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

public sealed record FileView(string Title, string Url, string? Format, string? Size);

public sealed record TrainingView(
    string Title,
    string Summary,
    IReadOnlyList<SummaryRowView> Facts,
    IReadOnlyList<string> LearningOutcomes,
    IReadOnlyList<SessionView> Upcoming,
    IReadOnlyList<SessionView> Past,
    IReadOnlyList<FileView> Files,
    LinkView? Transcript,
    IReadOnlyList<LinkView> Methods,
    IReadOnlyList<LinkView> Themes,
    BodyView Body);

public sealed record NewsView(
    string Title,
    string Summary,
    string Kind,
    string KindLabel,
    DateView Date,
    IReadOnlyList<ItemView> Authors,
    SessionView? Event,
    DateView? Deadline,
    bool DeadlinePassed,
    ImageView? Image,
    IReadOnlyList<SummaryRowView> Facts,
    BodyView Body);

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

public sealed record StaticPageView(string Title, string Summary, DateView? Updated, BodyView Body);

public sealed record EvidenceLevelView(string Id, string Label, string Description);

public sealed record EvidenceScaleView(string Label, string Id, string Description, IReadOnlyList<EvidenceLevelView> Levels);

public sealed record EvidenceLevelsView(string Intro, IReadOnlyList<EvidenceScaleView> Scales);

/// <summary>A content type search results can be narrowed to.</summary>
public sealed record SearchTypeView(string Key, string Label);

public sealed record SearchView(
    string Intro,
    IReadOnlyList<CountedLinkView> Themes,
    IReadOnlyList<SearchTypeView> Types,
    string IndexUrl,
    string DocumentsUrl);

public sealed record NotFoundView(IReadOnlyList<LinkView> Suggestions);
