namespace LpipSite.Core.Rendering.Markdown;

/// <summary>A heading in rendered Markdown: its level after normalisation, its id and plain text.</summary>
public sealed record HeadingInfo(int Level, string Id, string Text);

/// <summary>A link or image destination that was refused, with its 1-based position in the Markdown text.</summary>
public sealed record RefusedUrl(string Url, int Line, int Column);

/// <summary>The HTML for a Markdown text and what the renderer learned while producing it.</summary>
public sealed record MarkdownResult(
    string Html,
    IReadOnlyList<HeadingInfo> Headings,
    IReadOnlyList<string> AssetPaths,
    IReadOnlyList<RefusedUrl> RefusedUrls,
    bool HasExternalLinks,
    int TopLevel = 2)
{
    public static readonly MarkdownResult Empty = new(string.Empty, [], [], [], false);

    /// <summary>The top-level headings (the sections an on-page contents list is made of).</summary>
    public IEnumerable<HeadingInfo> Sections => Headings.Where(h => h.Level == TopLevel);
}
