using System.Globalization;
using System.Text.Json.Nodes;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering;
using LpipSite.Core.Rendering.Pages;
using LpipSite.Core.Outputs;
using LpipSite.Core.Rendering.Seo;
using LpipSite.Core.Rendering.Templates;
using LpipSite.Core.Rendering.Views;
using LpipSite.Core.Routing;

namespace LpipSite.Core.ContentTypes.Pages;

/// <summary>Static pages such as About, each at the root of the site.</summary>
internal sealed class StaticPages(PagePlanning planning) : PageSource(planning)
{
    public override IEnumerable<PageJob> Plan()
    {
        return Model.Pages.Select(p => Job(p, "page", () => StaticPage(p)));
    }

    private PageContent StaticPage(Page p)
    {
        var (body, markdown) = Views.Body(p, p.Body);
        var view = new StaticPageView(p.Title, p.Summary, p.Updated is { } updated ? Views.DateOf(updated) : null, body);
        var meta = Views.Meta(p.Url, "page", p.Title, p.Summary, [], [JsonLd.Node("WebPage", Settings, p.Url, p.Title, p.Summary)], p);
        return new PageContent(meta, view, markdown);
    }
}
