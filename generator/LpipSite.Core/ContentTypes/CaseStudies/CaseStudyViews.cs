namespace LpipSite.Core.Rendering.Views;

// The type's view records live with it and keep the Views namespace the templates and page keys use.

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
