using LpipSite.Core.Rendering.Templates;

namespace LpipSite.Core.Rendering.Views;

// Views for reuse: citations, calendars, maps, open data and the transferability explorer.
// Templates reach them through page.reuse (on item pages) or view (on the /data/ and
// /transferability/ pages).

/// <summary>A &lt;meta name content&gt; tag (Highwire Press citation_* and Dublin Core DC.*).</summary>
public sealed record MetaTagView(string Name, string Content);

/// <summary>A citation in parts, so the title can be set in italics: Before <i>Title</i> After.</summary>
public sealed record CitationTextView(string Before, string Title, string After);

public sealed record CiteView(string Noun, CitationTextView Apa, CitationTextView Harvard, IReadOnlyList<LinkView> Downloads);

/// <summary>An inline SVG map with the same places as a list of links beside it.</summary>
public sealed record MapView(string Id, string Heading, HtmlString Svg, IReadOnlyList<LinkView> Places, string? Note);

/// <summary>One use of a method: a case study, where, its evidence level and transfer assessment.</summary>
public sealed record TransferUseView(
    LinkView CaseStudy,
    string EvidenceId,
    string EvidenceLabel,
    string? AssessmentId,
    string? AssessmentLabel,
    string Themes,
    string? Relation);

public sealed record TransferCellView(IReadOnlyList<TransferUseView> Uses);

public sealed record TransferRowView(LinkView Header, string? Note, IReadOnlyList<TransferCellView> Cells);

public sealed record TransferTableView(string Id, string Caption, string CornerLabel, IReadOnlyList<LinkView> Columns, IReadOnlyList<TransferRowView> Rows);

public sealed record FilterOptionView(string Value, string Label);

public sealed record TransferExplorerView(
    string Intro,
    IReadOnlyList<TransferTableView> Tables,
    IReadOnlyList<FilterOptionView> Themes,
    IReadOnlyList<FilterOptionView> EvidenceLevels,
    LinkView DataLink);

/// <summary>What reuse adds to an item page: head meta tags, "Cite this", calendar links, a map, method/place tables.</summary>
public sealed record ReuseView
{
    public IReadOnlyList<MetaTagView> MetaTags { get; init; } = [];
    public CiteView? Cite { get; init; }
    public IReadOnlyList<LinkView> Calendars { get; init; } = [];
    public MapView? Map { get; init; }

    /// <summary>On a method page: the places it has been used or tried in.</summary>
    public TransferTableView? Places { get; init; }

    /// <summary>On a place page: the methods tried here after a case study elsewhere.</summary>
    public TransferTableView? TriedHere { get; init; }

    public LinkView? Explorer { get; init; }
}

public sealed record DownloadView(string Label, string Url, string Size);

public sealed record DataFieldView(string Name, string Type, string Description, bool Required);

public sealed record DatasetView(
    string Id,
    string Title,
    string Description,
    LinkView Licence,
    string? LicenceNote,
    DateView Modified,
    string CountText,
    IReadOnlyList<DownloadView> Downloads,
    IReadOnlyList<DataFieldView> Fields);

public sealed record DataCatalogView(string Intro, DateView Modified, IReadOnlyList<DatasetView> Datasets, IReadOnlyList<DownloadView> Calendars, string ListSeparatorNote);
