using System.Globalization;
using System.Text.Json.Nodes;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Reuse;
using LpipSite.Core.Rendering.Seo;
using LpipSite.Core.Rendering.Templates;
using LpipSite.Core.Rendering.Views;

namespace LpipSite.Core.Rendering.Pages;

/// <summary>Reuse: the /data/ and /transferability/ pages, and what item pages gain (citations, calendars, maps).</summary>
internal sealed partial class PagePlanner
{
    public const string TransferabilityUrl = "/transferability/";

    private List<PageJob> WithReuse(List<PageJob> jobs)
    {
        if (reuse is null)
        {
            return jobs;
        }

        var result = jobs.Select(job => job with
        {
            Build = () =>
            {
                var content = job.Build();
                var extra = ReuseFor(job);
                return extra is null ? content : content with { Meta = content.Meta with { Reuse = extra } };
            },
        }).ToList();
        result.Add(new PageJob(OpenDataCatalog.DataUrl, "data", null, true, OpenDataCatalog.NewestContentDate(Model), DataPage));
        result.Add(new PageJob(TransferabilityUrl, "transferability", null, true, null, TransferabilityPage));
        return result;
    }

    private ReuseView? ReuseFor(PageJob job) => job.Item switch
    {
        CaseStudy c => new ReuseView { MetaTags = CitationTags(c), Cite = Cite(c, "case study") },
        Method m => new ReuseView { MetaTags = CitationTags(m), Cite = Cite(m, "method"), Places = MethodPlaces(m), Explorer = ExplorerLink },
        TrainingResource t => new ReuseView
        {
            MetaTags = CitationTags(t),
            Cite = Cite(t, "training resource"),
            Calendars = t.Events.Count > 0 ? [new LinkView(t.Events.Count == 1 ? "Add this session to your calendar (.ics)" : "Add these sessions to your calendar (.ics)", t.Url + "sessions.ics")] : [],
        },
        NewsItem { Event: not null } n => new ReuseView { Calendars = [new LinkView("Add this event to your calendar (.ics)", n.Url + "event.ics")] },
        Place p => new ReuseView { Map = PlaceMap(p), TriedHere = TriedHere(p) },
        Partnership p => new ReuseView { Map = Map("map-partnership", "Map of the places " + (p.ShortName ?? p.Name) + " covers", p.PlaceIds, null) },
        null when job.Url == ViewBuilder.PlacesUrl => new ReuseView { Map = Map("map-places", "Map of the places", Model.Places.Where(x => x.Type != "nation").Select(x => x.Id), null) },
        null when job.Url == ViewBuilder.TrainingUrl => new ReuseView { Calendars = [new LinkView("All upcoming and past training sessions as a calendar (.ics)", ReuseOutputs.TrainingCalendarUrl)] },
        null when job.Url == ViewBuilder.NewsUrl => new ReuseView { Calendars = [new LinkView("All events as a calendar (.ics)", ReuseOutputs.EventsCalendarUrl)] },
        null when job.Url == ViewBuilder.MethodsUrl => new ReuseView { Explorer = ExplorerLink },
        _ => null,
    };

    private static LinkView ExplorerLink => new("Transferability explorer: where each method has been used", TransferabilityUrl);

    // ---- Citations --------------------------------------------------------------------------

    private List<MetaTagView> CitationTags(ContentItem item)
    {
        var s = ReuseOutputs.CitationOf(item, Model)!;
        var tags = new List<MetaTagView> { new("citation_title", s.Title) };
        foreach (var author in s.Authors)
        {
            tags.Add(new("citation_author", author.IsPerson ? author.Family + ", " + author.Given : author.Name));
            if (author.OrcidUrl is not null)
            {
                tags.Add(new("citation_author_orcid", author.OrcidUrl));
            }
        }

        if (s.Date is { } date)
        {
            tags.Add(new("citation_publication_date", date.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture)));
            tags.Add(new("citation_online_date", date.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture)));
        }

        tags.Add(new("citation_publisher", s.Publisher));
        if (s.Doi is not null)
        {
            tags.Add(new("citation_doi", s.Doi));
        }

        tags.Add(new("citation_abstract_html_url", s.Url));
        tags.Add(new("citation_language", Settings.Language));
        tags.Add(new("DC.title", s.Title));
        tags.AddRange(s.Authors.Select(a => new MetaTagView("DC.creator", a.IsPerson ? a.Family + ", " + a.Given : a.Name)));
        if (s.Date is { } dcDate)
        {
            tags.Add(new("DC.date", DisplayFormat.IsoDate(dcDate)));
        }

        tags.Add(new("DC.publisher", s.Publisher));
        tags.Add(new("DC.rights", s.Licence));
        tags.Add(new("DC.identifier", s.Doi is null ? s.Url : Citations.DoiUrl(s.Doi)));
        tags.Add(new("DC.language", Settings.Language));
        return tags;
    }

    private CiteView Cite(ContentItem item, string noun)
    {
        var s = ReuseOutputs.CitationOf(item, Model)!;
        var apa = Citations.Apa(s);
        var harvard = Citations.Harvard(s);
        return new CiteView(
            noun,
            new CitationTextView(apa.Before, apa.Title, apa.After),
            new CitationTextView(harvard.Before, harvard.Title, harvard.After),
            [
                new LinkView("BibTeX (.bib)", item.Url + "cite.bib"),
                new LinkView("RIS (.ris) for EndNote, Zotero and Mendeley", item.Url + "cite.ris"),
                new LinkView("CSL-JSON (.json)", item.Url + "cite.json"),
            ]);
    }

    // ---- Maps -------------------------------------------------------------------------------

    private MapView? PlaceMap(Place p)
    {
        var ids = new List<string> { p.Id };
        ids.AddRange(p.ConstituentIds);
        ids.AddRange(SiteRelations.Get(Relations.ChildPlaces, p.Id).Select(c => c.Id));
        var heading = p.ConstituentIds.Count > 0 ? "Map of the places in " + p.Name : "Map of " + p.Name;
        return Map("map-place", heading, ids, p.Id);
    }

    private MapView? Map(string id, string heading, IEnumerable<string> placeIds, string? current)
    {
        if (reuse?.Map is not { } map)
        {
            return null;
        }

        var places = new List<Place>();
        foreach (var placeId in placeIds.Distinct(StringComparer.Ordinal))
        {
            if (!Relations.PlacesById.TryGetValue(placeId, out var place))
            {
                continue;
            }

            places.Add(place);

            // A custom area without a position is shown by its constituent places.
            if (place.Latitude is null && place.ConstituentIds.Count > 0)
            {
                places.AddRange(place.ConstituentIds.Where(c => !placeIds.Contains(c, StringComparer.Ordinal)).Select(c => Relations.PlacesById.GetValueOrDefault(c)).OfType<Place>());
            }
        }

        places = places.DistinctBy(p => p.Id).OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var markers = places.Where(p => p.Latitude is not null && p.Longitude is not null)
            .Select(p => new MapMarker(p.Name, p.Url, p.Latitude!.Value, p.Longitude!.Value, p.Id == current))
            .ToList();
        if (markers.Count == 0)
        {
            return null;
        }

        var unplaced = places.Where(p => p.Latitude is null || p.Longitude is null).Select(p => p.Name).ToList();
        var description = "Outline map of the United Kingdom, with Ireland for context, marking "
            + DisplayFormat.JoinAnd(markers.Select(m => m.Name).ToList()) + ". Each marker links to the place's page; the same places are listed beside the map.";
        var svg = map.Svg(id, heading, description, markers);
        var note = unplaced.Count == 0 ? null : DisplayFormat.JoinAnd(unplaced) + (unplaced.Count == 1 ? " has" : " have") + " no map position and " + (unplaced.Count == 1 ? "is" : "are") + " listed only.";
        return new MapView(id, heading, new HtmlString(svg), places.Select(p => new LinkView(p.Name, p.Url)).ToList(), note);
    }

    // ---- Transferability --------------------------------------------------------------------

    private List<CaseStudy> PublishedCaseStudies => Model.CaseStudies.Where(c => OpenDataCatalog.IsPublished(c, Model)).ToList();

    private TransferUseView Use(CaseStudy c, string? relation)
    {
        var evidence = Vocabularies.EvidenceLevels.Find(c.EvidenceLevel);
        var assessment = c.Transferability.Assessment is { } a ? Vocabularies.TransferAssessments.Find(a) : null;
        return new TransferUseView(
            new LinkView(c.Title, c.Url),
            c.EvidenceLevel,
            evidence?.Label ?? c.EvidenceLevel,
            c.Transferability.Assessment,
            assessment?.Label ?? c.Transferability.Assessment,
            string.Join(' ', c.ThemeIds),
            relation);
    }

    private IEnumerable<string> NationsOf(IEnumerable<string> placeIds) =>
        placeIds.Select(id => Relations.PlacesById.GetValueOrDefault(id)?.Nation).OfType<string>().Distinct(StringComparer.Ordinal);

    private PageContent TransferabilityPage()
    {
        const string intro = "Where each method has been used, by nation and by partnership, with the evidence level and transfer assessment of each case study. Places where an approach has since been tried are marked.";
        var caseStudies = PublishedCaseStudies;
        var methods = Model.Methods.OrderBy(m => m.Title, StringComparer.Ordinal).ToList();
        var usesByMethod = methods.ToDictionary(m => m.Id, m => caseStudies.Where(c => c.MethodIds.Contains(m.Id, StringComparer.Ordinal)).ToList(), StringComparer.Ordinal);

        var nations = Vocabularies.Nations.Terms
            .Where(n => caseStudies.Any(c => NationsOf(c.PlaceIds.Concat(c.Transferability.TriedInPlaceIds)).Contains(n.Id)))
            .ToList();
        var nationRows = methods.Where(m => usesByMethod[m.Id].Count > 0).Select(m => new TransferRowView(
            new LinkView(m.Title, m.Url),
            Vocabularies.MethodFamilies.LabelOf(m.Family),
            nations.Select(n => new TransferCellView(usesByMethod[m.Id]
                .SelectMany(c => NationsOf(c.PlaceIds).Contains(n.Id) ? [Use(c, null)]
                    : NationsOf(c.Transferability.TriedInPlaceIds).Contains(n.Id) ? [Use(c, "tried here since")] : Array.Empty<TransferUseView>())
                .ToList())).ToList())).ToList();

        var partnerships = Model.Partnerships.Where(p => caseStudies.Any(c => c.PartnershipId == p.Id && c.MethodIds.Count > 0))
            .OrderBy(p => p.ShortName ?? p.Name, StringComparer.Ordinal).ToList();
        var partnershipRows = methods.Where(m => usesByMethod[m.Id].Count > 0).Select(m => new TransferRowView(
            new LinkView(m.Title, m.Url),
            Vocabularies.MethodFamilies.LabelOf(m.Family),
            partnerships.Select(p => new TransferCellView(usesByMethod[m.Id].Where(c => c.PartnershipId == p.Id).Select(c => Use(c, null)).ToList())).ToList())).ToList();

        var tables = new List<TransferTableView>
        {
            new("by-nation", "Methods by nation", "Method", nations.Select(n => new LinkView(n.Label, ViewBuilder.NationFacetUrl(n.Id))).ToList(), nationRows),
            new("by-partnership", "Methods by partnership", "Method", partnerships.Select(p => new LinkView(p.ShortName ?? p.Name, p.Url)).ToList(), partnershipRows),
        };
        var levels = Vocabularies.EvidenceLevels.Terms.Where(t => caseStudies.Any(c => c.EvidenceLevel == t.Id)).Select(t => new FilterOptionView(t.Id, t.Label)).ToList();
        var themes = Model.Themes.Terms.Where(t => caseStudies.Any(c => c.ThemeIds.Contains(t.Id, StringComparer.Ordinal))).Select(t => new FilterOptionView(t.Id, t.Label)).ToList();
        var view = new TransferExplorerView(intro, tables, themes, levels, new LinkView("Download the case studies as open data", OpenDataCatalog.DataUrl + "#dataset-case-studies"));
        var meta = views.Meta(TransferabilityUrl, "transferability", "Transferability explorer", intro, [new BreadcrumbView("Methods", ViewBuilder.MethodsUrl)], [JsonLd.Node("WebPage", Settings, TransferabilityUrl, "Transferability explorer", intro)]);
        return new PageContent(meta, view, null);
    }

    private TransferTableView? MethodPlaces(Method m)
    {
        var uses = PublishedCaseStudies.Where(c => c.MethodIds.Contains(m.Id, StringComparer.Ordinal)).ToList();
        var rows = new List<(Place Place, TransferUseView Use)>();
        foreach (var c in uses)
        {
            rows.AddRange(c.PlaceIds.Select(id => Relations.PlacesById.GetValueOrDefault(id)).OfType<Place>().Select(p => (p, Use(c, null))));
            rows.AddRange(c.Transferability.TriedInPlaceIds.Select(id => Relations.PlacesById.GetValueOrDefault(id)).OfType<Place>().Select(p => (p, Use(c, "tried here since"))));
        }

        if (rows.Count == 0)
        {
            return null;
        }

        var table = rows.GroupBy(r => r.Place.Id, StringComparer.Ordinal)
            .Select(g => new TransferRowView(new LinkView(g.First().Place.Name, g.First().Place.Url), Vocabularies.Nations.LabelOf(g.First().Place.Nation), [new TransferCellView(g.Select(r => r.Use).ToList())]))
            .OrderBy(r => r.Header.Text, StringComparer.Ordinal)
            .ToList();
        return new TransferTableView("method-places", "Places where " + m.Title + " has been used or tried", "Place", [new LinkView("Case studies, evidence and transfer assessment", m.Url + "#where-used")], table);
    }

    private TransferTableView? TriedHere(Place p)
    {
        var tried = SiteRelations.Get(Relations.CaseStudiesTriedInPlace, p.Id).Where(c => OpenDataCatalog.IsPublished(c, Model)).ToList();
        var rows = tried.SelectMany(c => c.MethodIds.Select(views.MethodLink).OfType<LinkView>().Select(method => (Method: method, CaseStudy: c)))
            .GroupBy(x => x.Method.Url, StringComparer.Ordinal)
            .Select(g => new TransferRowView(g.First().Method, null, [new TransferCellView(g.Select(x => Use(x.CaseStudy, "first in " + DisplayFormat.JoinAnd(x.CaseStudy.PlaceIds.Select(id => Relations.PlacesById.GetValueOrDefault(id)?.Name ?? id).ToList()))).ToList())]))
            .OrderBy(r => r.Header.Text, StringComparer.Ordinal)
            .ToList();
        return rows.Count == 0 ? null
            : new TransferTableView("tried-here-methods", "Methods tried in " + p.Name + " after a case study elsewhere", "Method", [new LinkView("Case study it came from", ViewBuilder.CaseStudiesUrl)], rows);
    }

    // ---- Open data page ---------------------------------------------------------------------

    private PageContent DataPage()
    {
        const string intro = "Everything on this site as open data: JSON and CSV exports of case studies, places, partnerships, organisations, methods and training, with a JSON Schema for each JSON file, and calendars of training sessions and events.";
        var sizes = reuse!.Sizes;
        string Size(string path) => sizes.TryGetValue(path, out var bytes) ? DisplayFormat.FileSize(bytes) : "unknown size";
        LinkView Licence(string id) => ViewBuilder.LicenceItem(id) is { } item ? new LinkView(item.Text, item.Url ?? OpenDataCatalog.DataUrl) : new LinkView(id, OpenDataCatalog.DataUrl);

        var datasets = reuse.Datasets.Select(d => new DatasetView(
            d.Id,
            d.Title,
            d.Description,
            Licence(d.Licence),
            d.LicenceNote,
            DateView.Of(d.Modified),
            DisplayFormat.Count(d.Rows.Count, "row", "rows"),
            [
                new DownloadView("JSON", "/" + d.JsonPath, Size(d.JsonPath)),
                new DownloadView("CSV", "/" + d.CsvPath, Size(d.CsvPath)),
                new DownloadView("JSON Schema", "/" + d.SchemaPath, Size(d.SchemaPath)),
            ],
            d.Fields.Select(f => new DataFieldView(f.Name, f.TypeLabel, f.Description, f.Required)).ToList())).ToList();
        var calendars = new List<DownloadView>
        {
            new("Training sessions (iCalendar)", ReuseOutputs.TrainingCalendarUrl, Size(ReuseOutputs.TrainingCalendarUrl.TrimStart('/'))),
            new("Events (iCalendar)", ReuseOutputs.EventsCalendarUrl, Size(ReuseOutputs.EventsCalendarUrl.TrimStart('/'))),
        };
        var modified = OpenDataCatalog.NewestContentDate(Model);
        var view = new DataCatalogView(
            intro,
            DateView.Of(modified),
            datasets,
            calendars,
            "In CSV files, a list is written in one cell with its values separated by a semicolon (;); a semicolon or backslash inside a value is written with a backslash before it (\\; and \\\\). Lists of records (authors, sessions) become one column per field, in the same order, with an empty value where a record has none.");

        var catalog = new JsonObject
        {
            ["@type"] = "DataCatalog",
            ["@id"] = Settings.AbsoluteUrl(OpenDataCatalog.DataUrl) + "#catalog",
            ["name"] = Settings.Title + " open data",
            ["description"] = intro,
            ["url"] = Settings.AbsoluteUrl(OpenDataCatalog.DataUrl),
            ["dateModified"] = DisplayFormat.IsoDate(modified),
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = ReuseOutputs.PublisherOf(Model) },
        };
        var array = new JsonArray();
        foreach (var d in reuse.Datasets)
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
                ["@id"] = Settings.AbsoluteUrl(OpenDataCatalog.DataUrl) + "#dataset-" + d.Id,
                ["name"] = d.Title + " (" + Settings.Title + ")",
                ["description"] = d.Description,
                ["url"] = Settings.AbsoluteUrl(OpenDataCatalog.DataUrl) + "#dataset-" + d.Id,
                ["dateModified"] = DisplayFormat.IsoDate(d.Modified),
                ["isAccessibleForFree"] = true,
                ["creator"] = new JsonObject { ["@type"] = "Organization", ["name"] = ReuseOutputs.PublisherOf(Model) },
                ["distribution"] = distribution,
            };
            if (DataExports.LicenceUrl(d.Licence) is { Length: > 0 } licenceUrl)
            {
                dataset["license"] = licenceUrl;
            }

            array.Add(dataset);
        }

        catalog["dataset"] = array;
        var meta = views.Meta(OpenDataCatalog.DataUrl, "data", "Open data", intro, [], [catalog]);
        return new PageContent(meta, view, null);
    }
}
