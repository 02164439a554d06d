using LpipSite.Core.ContentTypes;
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
using Keys = LpipSite.Core.Rendering.Text.GeneratorTextKeys;
using LpipSite.Core.ContentTypes.CaseStudies;
using LpipSite.Core.ContentTypes.Methods;
using LpipSite.Core.ContentTypes.News;
using LpipSite.Core.ContentTypes.Training;

namespace LpipSite.Core.Rendering.Pages;

/// <summary>The pages about reusing the site: the open data catalogue and the transferability explorer.</summary>
internal sealed class ReusePages(PagePlanning planning) : PageSource(planning)
{
    public override IEnumerable<PageJob> Plan()
    {
        if (Reuse is null)
        {
            yield break;
        }

        yield return new PageJob(Routes.Data, "data", null, true, OpenDataCatalog.NewestContentDate(Model), DataPage);
        yield return new PageJob(Routes.Transferability, "transferability", null, true, null, TransferabilityPage);
    }

    private PageContent DataPage()
    {
        var intro = Words.Text(Keys.Reuse.DataIntro);
        var sizes = Reuse!.Sizes;
        string Size(string path) => sizes.TryGetValue(path, out var bytes) ? Views.FileSize(bytes) : Words.Text(Keys.Reuse.DataUnknownSize);
        LinkView Licence(string id) => Views.LicenceItem(id) is { } item ? new LinkView(item.Text, item.Url ?? Routes.Data) : new LinkView(id, Routes.Data);

        var datasets = Reuse.Datasets.Select(d => new DatasetView(
            d.Id,
            d.Title,
            d.Description,
            Licence(d.Licence),
            d.LicenceNote,
            Views.DateOf(d.Modified),
            Words.Count(Keys.Count.Rows, d.Rows.Count),
            [
                new DownloadView("JSON", "/" + d.JsonPath, Size(d.JsonPath)),
                new DownloadView("CSV", "/" + d.CsvPath, Size(d.CsvPath)),
                new DownloadView("JSON Schema", "/" + d.SchemaPath, Size(d.SchemaPath)),
            ],
            d.Fields.Select(f => new DataFieldView(f.Name, f.TypeLabel(Words), f.Description, f.Required)).ToList())).ToList();
        var calendars = ContentTypeRegistry.All.SelectMany(t => t.ListingCalendars)
            .Select(c => new DownloadView(Words.Text(c.LabelKey), c.Url, Size(c.Url.TrimStart('/'))))
            .ToList();
        var modified = OpenDataCatalog.NewestContentDate(Model);
        var view = new DataCatalogView(
            intro,
            Views.DateOf(modified),
            datasets,
            calendars,
            Words.Text(Keys.Reuse.DataCsvNote));

        var catalog = new JsonObject
        {
            ["@type"] = "DataCatalog",
            ["@id"] = Settings.AbsoluteUrl(Routes.Data) + "#catalog",
            ["name"] = Words.Text(Keys.Reuse.DataCatalogName, ("site", Settings.Title)),
            ["description"] = intro,
            ["url"] = Settings.AbsoluteUrl(Routes.Data),
            ["dateModified"] = DisplayFormat.IsoDate(modified),
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = DownloadFiles.PublisherOf(Model) },
        };
        var array = new JsonArray();
        foreach (var d in Reuse.Datasets)
        {
            var distribution = new JsonArray();
            foreach (var (path, format) in new[] { (d.JsonPath, "application/json"), (d.CsvPath, "text/csv") })
            {
                distribution.Add(new JsonObject
                {
                    ["@type"] = "DataDownload",
                    ["encodingFormat"] = format,
                    ["contentUrl"] = Settings.AbsoluteUrl("/" + path),
                    ["contentSize"] = Size(path),
                });
            }

            var dataset = new JsonObject
            {
                ["@type"] = "Dataset",
                ["@id"] = Settings.AbsoluteUrl(Routes.Data) + "#dataset-" + d.Id,
                ["name"] = d.Title + " (" + Settings.Title + ")",
                ["description"] = d.Description,
                ["url"] = Settings.AbsoluteUrl(Routes.Data) + "#dataset-" + d.Id,
                ["dateModified"] = DisplayFormat.IsoDate(d.Modified),
                ["isAccessibleForFree"] = true,
                ["creator"] = new JsonObject { ["@type"] = "Organization", ["name"] = DownloadFiles.PublisherOf(Model) },
                ["distribution"] = distribution,
            };
            if (DataExports.LicenceUrl(d.Licence) is { Length: > 0 } licenceUrl)
            {
                dataset["license"] = licenceUrl;
            }

            array.Add(dataset);
        }

        catalog["dataset"] = array;
        var meta = Views.Meta(Routes.Data, "data", Words.Text(Keys.Reuse.DataTitle), intro, [], [catalog]);
        return new PageContent(meta, view, null);
    }

    private PageContent TransferabilityPage()
    {
        var intro = Words.Text(Keys.Reuse.TransferIntro);
        var title = Words.Text(Keys.Reuse.TransferTitle);
        var triedHereSince = Words.Text(Keys.Transfer.TriedHereSince);
        var methodColumn = Words.Text(Keys.Transfer.MethodColumn);
        var caseStudies = PublishedCaseStudies;
        var methods = Model.Methods.OrderBy(m => m.Title, StringComparer.Ordinal).ToList();
        var usesByMethod = methods.ToDictionary(m => m.Id, m => caseStudies.Where(c => c.MethodIds.Contains(m.Id, StringComparer.Ordinal)).ToList(), StringComparer.Ordinal);

        var nations = Vocabularies.Nations.Terms
            .Where(n => caseStudies.Any(c => NationsOf(c.PlaceIds.Concat(c.Transferability.TriedInPlaceIds)).Contains(n.Id)))
            .ToList();
        var nationRows = methods.Where(m => usesByMethod[m.Id].Count > 0).Select(m => new TransferRowView(
            new LinkView(m.Title, m.Url),
            Words.Label(Vocabularies.MethodFamilies, m.Family),
            nations.Select(n => new TransferCellView(usesByMethod[m.Id]
                .SelectMany(c => NationsOf(c.PlaceIds).Contains(n.Id) ? [Use(c, null)]
                    : NationsOf(c.Transferability.TriedInPlaceIds).Contains(n.Id) ? [Use(c, triedHereSince)] : Array.Empty<TransferUseView>())
                .ToList())).ToList())).ToList();

        var partnerships = Model.Partnerships.Where(p => caseStudies.Any(c => c.PartnershipId == p.Id && c.MethodIds.Count > 0))
            .OrderBy(p => p.ShortName ?? p.Name, StringComparer.Ordinal).ToList();
        var partnershipRows = methods.Where(m => usesByMethod[m.Id].Count > 0).Select(m => new TransferRowView(
            new LinkView(m.Title, m.Url),
            Words.Label(Vocabularies.MethodFamilies, m.Family),
            partnerships.Select(p => new TransferCellView(usesByMethod[m.Id].Where(c => c.PartnershipId == p.Id).Select(c => Use(c, null)).ToList())).ToList())).ToList();

        var tables = new List<TransferTableView>
        {
            new("by-nation", Words.Text(Keys.Reuse.TransferByNation), methodColumn, nations.Select(n => new LinkView(Words.Label(Vocabularies.Nations, n.Id), CaseStudyType.NationFacetUrl(n.Id))).ToList(), nationRows),
            new("by-partnership", Words.Text(Keys.Reuse.TransferByPartnership), methodColumn, partnerships.Select(p => new LinkView(p.ShortName ?? p.Name, p.Url)).ToList(), partnershipRows),
        };
        var levels = Vocabularies.EvidenceLevels.Terms.Where(t => caseStudies.Any(c => c.EvidenceLevel == t.Id)).Select(t => new FilterOptionView(t.Id, Words.Label(Vocabularies.EvidenceLevels, t.Id))).ToList();
        var themes = Model.Themes.Terms.Where(t => caseStudies.Any(c => c.ThemeIds.Contains(t.Id, StringComparer.Ordinal))).Select(t => new FilterOptionView(t.Id, t.Label)).ToList();
        var view = new TransferExplorerView(intro, tables, themes, levels, new LinkView(Words.Text(Keys.Reuse.TransferDownload), Routes.Data + "#dataset-case-studies"));
        var meta = Views.Meta(Routes.Transferability, "transferability", title, intro, [new BreadcrumbView(Words.Text(Keys.Site.NavMethods), MethodType.Instance.ListingUrl)], [JsonLd.Node("WebPage", Settings, Routes.Transferability, title, intro)]);
        return new PageContent(meta, view, null);
    }
}
