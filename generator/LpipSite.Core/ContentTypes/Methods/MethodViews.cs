namespace LpipSite.Core.Rendering.Views;

// The type's view records live with it and keep the Views namespace the templates and page keys use.

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
