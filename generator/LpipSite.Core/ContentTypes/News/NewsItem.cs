namespace LpipSite.Core.Model;

// The model record lives with its content type and keeps the Model namespace that every stage reads.

public sealed record NewsItem : ContentItem
{
    public required string Title { get; init; }
    public required string SummaryText { get; init; }
    public required DateOnly Date { get; init; }
    public required string Kind { get; init; }
    public required IReadOnlyList<Person> Authors { get; init; }
    public required IReadOnlyList<string> PartnershipIds { get; init; }
    public required IReadOnlyList<string> PlaceIds { get; init; }
    public required IReadOnlyList<string> ThemeIds { get; init; }
    public EventSession? Event { get; init; }
    public DateOnly? Deadline { get; init; }
    public ImageRef? Image { get; init; }
    public required MarkdownBody Body { get; init; }
    public override string DisplayName => Title;
    public override string Summary => SummaryText;
}
