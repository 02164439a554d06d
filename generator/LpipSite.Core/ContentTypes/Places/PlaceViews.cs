namespace LpipSite.Core.Rendering.Views;

// The type's view records live with it and keep the Views namespace the templates and page keys use.

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
