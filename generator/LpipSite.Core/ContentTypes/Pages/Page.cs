namespace LpipSite.Core.Model;

// The model record lives with its content type and keeps the Model namespace that every stage reads.

public sealed record Page : ContentItem
{
    public required string Title { get; init; }
    public required string SummaryText { get; init; }
    public DateOnly? Updated { get; init; }
    public required MarkdownBody Body { get; init; }
    public override string DisplayName => Title;
    public override string Summary => SummaryText;
}
