using LpipSite.Core.Diagnostics;
using LpipSite.Core.Model;
using LpipSite.Core.Output;

namespace LpipSite.Core.Build;

/// <summary>Render and post-process (wired to the theme renderer).</summary>
internal static class RenderStage
{
    public static IReadOnlyList<OutputFile> Run(SiteModel model, BuildOptions options, DiagnosticBag diagnostics, StageTimings timings) =>
        timings.Time("render", () => (IReadOnlyList<OutputFile>)[OutputFile.Text("index.html", "<!doctype html><title>" + System.Net.WebUtility.HtmlEncode(model.Settings.Title) + "</title>")]);
}
