namespace LpipSite.Core.Model;

// The model record lives with its content type and keeps the Model namespace that every stage reads.

public sealed record Outcome(string Description, string Type);

public sealed record Transferability(string Conditions, string? Adaptations, string? Assessment, IReadOnlyList<string> TriedInPlaceIds);

public sealed record CaseStudy : ContentItem
{
    public required string Title { get; init; }
    public required string SummaryText { get; init; }
    public required DateOnly Date { get; init; }
    public DateOnly? Updated { get; init; }
    public required string PartnershipId { get; init; }
    public required IReadOnlyList<string> PlaceIds { get; init; }
    public required IReadOnlyList<string> ThemeIds { get; init; }
    public required IReadOnlyList<string> TopicIds { get; init; }
    public required IReadOnlyList<string> MethodIds { get; init; }
    public required IReadOnlyList<string> PartnerIds { get; init; }
    public required IReadOnlyList<Person> Authors { get; init; }
    public required string EvidenceLevel { get; init; }
    public required IReadOnlyList<Outcome> Outcomes { get; init; }
    public required Transferability Transferability { get; init; }
    public string? Status { get; init; }
    public string? Doi { get; init; }
    public required IReadOnlyList<TypedLink> Outputs { get; init; }
    public required string Licence { get; init; }
    public ImageRef? Image { get; init; }
    public required MarkdownBody Body { get; init; }
    public override string DisplayName => Title;
    public override string Summary => SummaryText;
}
