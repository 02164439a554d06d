namespace LpipSite.Core.Build;

public sealed record BuildOptions
{
    public string ContentDirectory { get; init; } = "content";
    public string ThemeDirectory { get; init; } = "themes/default";

    /// <summary>Overrides <c>base_url</c> from site.yml (deploy previews live elsewhere).</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>Include drafts and scheduled items, each marked with a banner.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>The date treated as today; injected so scheduling is testable and builds reproducible.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Null lets .NET choose; 1 gives a single-threaded build (the output must not differ).</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Reuse pages and Markdown from earlier builds whose inputs are unchanged (see <see cref="Caching.RenderCache"/>).</summary>
    public Caching.RenderCache? Cache { get; init; }

    /// <summary>
    /// Processed images kept between builds when <see cref="Cache"/> is off (a CI build, such as Netlify's, that keeps
    /// one folder between deploys); the render cache's own images are used when it is on.
    /// </summary>
    public Images.ImageCache? ImageCache { get; init; }

    /// <summary>Reuse parsed content files whose size and time are unchanged (the preview server).</summary>
    public Caching.LoadCache? LoadCache { get; init; }

    /// <summary>Reuse the search analysis of entries whose text is unchanged (the preview server).</summary>
    public Caching.SearchIndexCache? SearchCache { get; init; }
}
