using LpipSite.Core.Diagnostics;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering;

namespace LpipSite.Core.Build;

/// <summary>Render and post-process: the theme turns the model into pages, feeds and assets.</summary>
internal static class RenderStage
{
    public static RenderResult Run(SiteModel model, BuildOptions options, DiagnosticBag diagnostics, StageTimings timings, bool collectLinks = false, IReadOnlySet<string>? onlySources = null)
    {
        var result = timings.Time("render", () => SiteRenderer.Render(model, new RenderOptions
        {
            ThemeDirectory = options.ThemeDirectory,
            ContentRoot = options.ContentDirectory,
            IncludeUnpublished = options.IncludeDrafts,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1,
            CollectLinks = collectLinks,
            Cache = collectLinks ? null : options.Cache,
            ImageCache = collectLinks ? null : options.ImageCache,
            OnlySources = onlySources,
        }));
        diagnostics.AddRange(result.Diagnostics);
        return result;
    }
}
