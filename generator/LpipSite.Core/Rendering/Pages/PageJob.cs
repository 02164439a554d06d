using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Markdown;
using LpipSite.Core.Rendering.Views;

namespace LpipSite.Core.Rendering.Pages;

/// <summary>What a page needs to be rendered: its view model, head data and (when it has one) its Markdown body.</summary>
internal sealed record PageContent(PageMeta Meta, object View, MarkdownResult? Body);

/// <summary>
/// One page to render. The view is built by <see cref="Build"/> inside the parallel loop, so the
/// Markdown of many pages is rendered concurrently too.
/// </summary>
internal sealed record PageJob(
    string Url,
    string Layout,
    ContentItem? Item,
    bool InSitemap,
    DateOnly? LastModified,
    Func<PageContent> Build,
    string? FixedOutputPath = null)
{
    public string? OutputPath => FixedOutputPath ?? Routing.Routes.OutputPathOf(Url);
}
