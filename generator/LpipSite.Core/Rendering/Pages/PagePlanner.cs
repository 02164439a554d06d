using LpipSite.Core.ContentTypes;
using LpipSite.Core.Outputs;
using LpipSite.Core.Rendering.Views;

namespace LpipSite.Core.Rendering.Pages;

/// <summary>
/// Lists every page of the site: the site's own pages, then each content type's (from the
/// registry), then the theme pages and the reuse pages. Each page's view is built later, inside
/// the parallel render loop. The URLs are the site's public contract (see pages.md).
/// </summary>
internal sealed class PagePlanner(ViewBuilder views, DownloadFiles? reuse = null)
{
    public List<PageJob> Plan()
    {
        var planning = new PagePlanning(views, reuse);
        var sources = new List<PageSource> { new SitePages(planning) };
        sources.AddRange(ContentTypeRegistry.All.Select(type => type.Pages(planning)).OfType<PageSource>());
        sources.Add(new ThemePages(planning));

        var jobs = sources.SelectMany(source => source.Plan().Select(job => WithReuse(job, source))).ToList();
        jobs.AddRange(new ReusePages(planning).Plan());
        return jobs;
    }

    /// <summary>The job, with what its page gains from the reuse outputs added to its head data.</summary>
    private PageJob WithReuse(PageJob job, PageSource source) => reuse is null ? job : job with
    {
        Build = () =>
        {
            var content = job.Build();
            return source.ReuseFor(job) is { } extra ? content with { Meta = content.Meta with { Reuse = extra } } : content;
        },
    };
}
