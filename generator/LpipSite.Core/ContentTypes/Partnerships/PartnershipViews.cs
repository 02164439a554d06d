namespace LpipSite.Core.Rendering.Views;

// The type's view records live with it and keep the Views namespace the templates and page keys use.

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
    LinkView? AllCaseStudies)
{
    /// <summary>The lead image, shown under the title.</summary>
    public ImageView? Image { get; init; }
}
