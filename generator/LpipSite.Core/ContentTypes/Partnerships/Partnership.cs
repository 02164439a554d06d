namespace LpipSite.Core.Model;

// The model record lives with its content type and keeps the Model namespace that every stage reads.

public sealed record PartnerRole(string OrganisationId, string? Role);

public sealed record Grant(string Reference, string? Url);

public sealed record Partnership : ContentItem
{
    public required string Name { get; init; }
    public string? ShortName { get; init; }
    public required string SummaryText { get; init; }
    public required string Nation { get; init; }
    public required string Phase { get; init; }
    public required string Status { get; init; }
    public required string LeadOrganisationId { get; init; }
    public required IReadOnlyList<PartnerRole> Partners { get; init; }
    public required IReadOnlyList<string> PlaceIds { get; init; }
    public required IReadOnlyList<string> ThemeIds { get; init; }
    public required IReadOnlyList<string> LocalThemes { get; init; }
    public required IReadOnlyList<string> FunderIds { get; init; }
    public required IReadOnlyList<Grant> Grants { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    public string? Website { get; init; }
    public Contact? Contact { get; init; }
    public ImageRef? Logo { get; init; }
    public ImageRef? Image { get; init; }
    public override string DisplayName => Name;
    public override string Summary => SummaryText;
}
