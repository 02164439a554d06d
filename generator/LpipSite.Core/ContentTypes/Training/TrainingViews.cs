namespace LpipSite.Core.Rendering.Views;

// The type's view records live with it and keep the Views namespace the templates and page keys use.

public sealed record FileView(string Title, string Url, string? Format, string? Size);

public sealed record TrainingView(
    string Title,
    string Summary,
    IReadOnlyList<SummaryRowView> Facts,
    IReadOnlyList<string> LearningOutcomes,
    IReadOnlyList<SessionView> Upcoming,
    IReadOnlyList<SessionView> Past,
    IReadOnlyList<FileView> Files,
    LinkView? Transcript,
    IReadOnlyList<LinkView> Methods,
    IReadOnlyList<LinkView> Themes,
    BodyView Body)
{
    /// <summary>The lead image, shown under the title.</summary>
    public ImageView? Image { get; init; }
}
