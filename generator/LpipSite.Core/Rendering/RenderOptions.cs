namespace LpipSite.Core.Rendering;

/// <summary>How <see cref="SiteRenderer"/> renders a site.</summary>
public sealed record RenderOptions
{
    /// <summary>The theme folder (e.g. <c>themes/default</c>); a theme it extends is a sibling folder.</summary>
    public required string ThemeDirectory { get; init; }

    /// <summary>
    /// The <c>content/</c> folder, from whose <c>assets/</c> the files pages refer to are copied.
    /// Without it no content assets are copied (tests, previews of templates).
    /// </summary>
    public string? ContentRoot { get; init; }

    /// <summary>
    /// The model includes drafts and scheduled items (a preview build): such pages carry a visible
    /// banner, every page asks not to be indexed and robots.txt disallows everything.
    /// </summary>
    public bool IncludeUnpublished { get; init; }

    /// <summary>Threads for rendering pages; -1 (the default) uses every processor.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Items per page on paginated listings.</summary>
    public int PageSize { get; init; } = 20;

    /// <summary>
    /// Post-process every page to collect its links (for a link checker). Off by default: then only
    /// pages whose contributor content needs a transform are parsed, which keeps builds fast.
    /// </summary>
    public bool CollectLinks { get; init; }

    /// <summary>
    /// Pages and Markdown bodies from earlier builds, reused when their inputs are unchanged
    /// (incremental builds and the preview server). Null renders everything.
    /// </summary>
    public Caching.RenderCache? Cache { get; init; }

    /// <summary>Processed images kept between builds when there is no <see cref="Cache"/>; in memory for one build when neither is set.</summary>
    public Images.ImageCache? ImageCache { get; init; }

    /// <summary>
    /// When set, only the pages of items whose source file is in the set (paths as in
    /// <see cref="Model.SourceFile.RelativePath"/>) are rendered, and no site-wide files: the preview
    /// server serves an edited page with these before the rest of the site is rebuilt.
    /// </summary>
    public IReadOnlySet<string>? OnlySources { get; init; }
}
