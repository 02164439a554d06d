namespace LpipSite.Core.Model;

// The model record lives with its content type and keeps the Model namespace that every stage reads.

public sealed record MethodResources(string? Time, string? Cost, string? Skills);

public sealed record Method : ContentItem
{
    public required string Title { get; init; }
    public required string SummaryText { get; init; }
    public required string Family { get; init; }
    public required IReadOnlyList<string> Stages { get; init; }
    public required string WhenToUse { get; init; }
    public string? WhenNotToUse { get; init; }
    public MethodResources? Resources { get; init; }
    public required IReadOnlyList<Link> FurtherReading { get; init; }
    public required MarkdownBody Body { get; init; }
    public override string DisplayName => Title;
    public override string Summary => SummaryText;
}
