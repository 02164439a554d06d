namespace LpipSite.Core.Model;

// The model record lives with its content type and keeps the Model namespace that every stage reads.

public sealed record TrainingFile(string Title, string Src, string? Format, long? SizeBytes);

public sealed record TrainingResource : ContentItem
{
    public required string Title { get; init; }
    public required string SummaryText { get; init; }
    public required string Format { get; init; }
    public required IReadOnlyList<string> Audience { get; init; }
    public string? Level { get; init; }
    public required IReadOnlyList<string> LearningOutcomes { get; init; }
    public string? Duration { get; init; }
    public required IReadOnlyList<string> ThemeIds { get; init; }
    public required IReadOnlyList<string> MethodIds { get; init; }
    public required IReadOnlyList<EventSession> Events { get; init; }
    public required IReadOnlyList<TrainingFile> Files { get; init; }
    public string? Transcript { get; init; }
    public ImageRef? Image { get; init; }
    public required MarkdownBody Body { get; init; }
    public override string DisplayName => Title;
    public override string Summary => SummaryText;
}
