using LpipSite.Core.Build;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Model;

namespace LpipSite.Core.Checking;

/// <summary>Renders the site in memory for the link checks; nothing is written.</summary>
internal static class InMemoryRender
{
    /// <summary>The renderer's code for a link destination it removed as unsafe.</summary>
    public const string UnsafeUrlRemovedCode = "LPIP9006";

    /// <summary>The rendered site, or null when there is no renderer to run or it failed.</summary>
    public static RenderedSite? Run(SiteModel model, BuildOptions options, DiagnosticBag diagnostics)
    {
        _ = model;
        _ = options;
        _ = diagnostics;
        return null;
    }
}
