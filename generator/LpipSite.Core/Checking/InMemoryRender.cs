using AngleSharp.Html.Parser;
using LpipSite.Core.Build;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering;

namespace LpipSite.Core.Checking;

/// <summary>Renders the site in memory for the link checks, collecting every page's links; nothing is written.</summary>
internal static class InMemoryRender
{
    /// <summary>The renderer's code for a link destination it removed as unsafe.</summary>
    public const string UnsafeUrlRemovedCode = RenderCodes.UnsafeUrl;

    /// <summary>The rendered site, or null when it could not be rendered (the reasons are in the diagnostics).</summary>
    public static RenderedSite? Run(SiteModel model, BuildOptions options, DiagnosticBag diagnostics, StageTimings timings)
    {
        // The build's own render stage, with every page post-processed to collect its links.
        var result = RenderStage.Run(model, options, diagnostics, timings, collectLinks: true);
        if (result.HasErrors)
        {
            return null;
        }

        var sources = model.AllItems.GroupBy(i => i.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Source.RelativePath, StringComparer.Ordinal);
        var files = result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        // Pages that are not an item's come from a layout, named as the renderer names theme files.
        var theme = "themes/" + Path.GetFileName(Path.GetFullPath(options.ThemeDirectory).TrimEnd(Path.DirectorySeparatorChar));
        string SourceOf(RenderedPage page) =>
            sources.GetValueOrDefault(page.Url) ?? $"{theme}/layouts/{page.Layout}.scriban-html";

        var pages = result.Pages
            .Select(p => new TargetPage(p.Url, SourceOf(p), published: true, () => IdsOf(files.TryGetValue(p.OutputPath, out var file) ? file.Content : null)))
            .ToList();
        var byUrl = result.Pages.ToDictionary(p => p.Url, StringComparer.Ordinal);
        var links = result.Links
            .Select(l => new RenderedLinks(l.Url, byUrl.TryGetValue(l.Url, out var page) ? SourceOf(page) : theme, l.Hrefs))
            .ToList();
        return new RenderedSite(pages, links, result.Files.Select(f => f.Path).ToList());
    }

    private static IReadOnlySet<string> IdsOf(ReadOnlyMemory<byte>? html)
    {
        if (html is not { } bytes)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        using var document = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(bytes.Span));
        return document.QuerySelectorAll("[id]").Select(e => e.Id!)
            .Concat(document.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!))
            .ToHashSet(StringComparer.Ordinal);
    }
}
