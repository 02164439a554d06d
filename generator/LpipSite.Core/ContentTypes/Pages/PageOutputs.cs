using LpipSite.Core.Model;
using LpipSite.Core.Writing;
using LpipSite.Core.Outputs;
using LpipSite.Core.Rendering.Seo;
using LpipSite.Core.Outputs.Search;
using static LpipSite.Core.Outputs.Search.SearchEntryContext;

namespace LpipSite.Core.ContentTypes.Pages;

/// <summary>What static pages give the output producers.</summary>
public sealed partial class PageType
{
    internal override string? SearchLabelKey => "search.types.page";

    internal override IEnumerable<Func<SearchEntry>> SearchEntries(SearchEntryContext context)
    {
        foreach (var p in context.Model.Pages)
        {
            yield return () => new SearchEntry(p.Url, "page", p.Title, p.Summary, string.Empty, string.Empty, context.Text(p.Body));
        }
    }

    internal override IEnumerable<DateOnly> ContentDates(SiteModel model) =>
        model.Pages.Where(p => OpenDataCatalog.IsPublished(p, model)).Select(p => p.Updated).OfType<DateOnly>();
}
