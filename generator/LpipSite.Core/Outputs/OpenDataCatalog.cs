using LpipSite.Core.ContentTypes;
using LpipSite.Core.Model;

namespace LpipSite.Core.Outputs;

/// <summary>
/// The datasets published under /data/: one row per published item (never drafts or items not yet
/// due, even in a preview build), references as ids with the URL of the page they name.
/// </summary>
internal static class OpenDataCatalog
{
    public static bool IsPublished(ContentItem item, SiteModel model) => item.Publication.StateOn(model.Today) == PublishState.Published;

    /// <summary>The newest date any published content carries: the catalogue's update time (never the clock).</summary>
    public static DateOnly NewestContentDate(SiteModel model)
    {
        var dates = ContentTypeRegistry.All.SelectMany(t => t.ContentDates(model)).ToList();
        return dates.Count > 0 ? dates.Max() : new DateOnly(2000, 1, 1);
    }

    /// <summary>Every content type's datasets, in the registry's order.</summary>
    public static IReadOnlyList<Dataset> Build(SiteModel model)
    {
        var context = new DatasetContext(model, NewestContentDate(model));
        return ContentTypeRegistry.All.SelectMany(t => t.Datasets(context)).ToList();
    }
}
