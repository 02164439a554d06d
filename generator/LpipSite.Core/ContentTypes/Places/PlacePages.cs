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

namespace LpipSite.Core.ContentTypes.Places;

/// <summary>The places index, grouped by nation and region, and each place's page with its map, indicators and case studies.</summary>
internal sealed class PlacePages(PagePlanning planning) : PageSource(planning)
{
    public override IEnumerable<PageJob> Plan()
    {
        yield return new PageJob(PlaceType.Instance.ListingUrl, "places", null, true, null, PlacesPage);
        foreach (var p in Model.Places)
        {
            yield return Job(p, "place", () => PlacePage(p));
        }
    }

    public override ReuseView? ReuseFor(PageJob job) => job.Item switch
    {
        Place p => new ReuseView { Map = PlaceMap(p), TriedHere = TriedHere(p) },
        null when job.Url == PlaceType.Instance.ListingUrl => new ReuseView { Map = Map("map-places", Words.Text(Keys.Map.AllPlaces), Model.Places.Where(x => x.Type != "nation").Select(x => x.Id), null) },
        _ => null,
    };

    private Dictionary<string, List<Place>>? _areasContaining;

    private PageContent PlacesPage()
    {
        PlaceEntryView Entry(Place p)
        {
            var count = SiteRelations.Get(Relations.CaseStudiesByPlace, p.Id).Count;
            return new(p.Name, p.Url, Words.Label(Vocabularies.PlaceTypes, p.Type), count, Words.Count(Keys.Count.CaseStudies, count));
        }

        var nations = new List<NationGroupView>();
        foreach (var nation in Vocabularies.Nations.Terms)
        {
            var inNation = Model.Places.Where(p => p.Nation == nation.Id).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
            if (inNation.Count == 0)
            {
                continue;
            }

            var regions = inNation.Where(p => p.Type == "region").ToList();
            var regionIds = regions.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var direct = inNation.Where(p => p.Type != "region" && (p.RegionId is null || !regionIds.Contains(p.RegionId))).Select(Entry).ToList();
            var groups = regions
                .Select(r => new RegionGroupView(r.Name, r.Url, inNation.Where(p => p.RegionId == r.Id && p.Type != "region").Select(Entry).ToList()))
                .ToList();
            var nationUrl = Relations.CaseStudiesByNation.ContainsKey(nation.Id) ? CaseStudyType.NationFacetUrl(nation.Id) : null;
            nations.Add(new NationGroupView(Words.Label(Vocabularies.Nations, nation.Id), "nation-" + nation.Id, nationUrl, direct, groups));
        }

        var intro = Words.Text(PlaceTextKeys.Page.Intro);
        var title = Words.Text(Keys.Site.NavPlaces);
        var view = new PlacesIndexView(Words.Count(Keys.Count.Places, Model.Places.Count), nations);
        var meta = Views.Meta(PlaceType.Instance.ListingUrl, "places", title, intro, [], [JsonLd.Node("CollectionPage", Settings, PlaceType.Instance.ListingUrl, title, intro)]);
        return new PageContent(meta, view, null);
    }

    private PageContent PlacePage(Place p)
    {
        var facts = new List<SummaryRowView>();
        Row(facts, Words.Text(Keys.Row.Type), [Text(Words.Label(Vocabularies.PlaceTypes, p.Type))]);
        Row(facts, Words.Text(Keys.Row.Nation), [Text(Words.Label(Vocabularies.Nations, p.Nation))]);
        Row(facts, Words.Text(Keys.Row.Region), [p.RegionId is null ? null : LinkItem(Views.PlaceLink(p.RegionId))]);
        Row(facts, Words.Text(Keys.Row.GssCode), [p.Gss is null ? null : new ItemView(p.Gss, "https://statistics.data.gov.uk/id/statistical-geography/" + Uri.EscapeDataString(p.Gss), Words.Text(Keys.Row.GssPublisher))]);
        Row(facts, Words.Text(Keys.Row.LastReviewed), [p.LastReviewed is { } reviewed ? DateItem(reviewed) : null]);

        var caseStudies = SiteRelations.Get(Relations.CaseStudiesByPlace, p.Id);
        var facetUrl = p.Type == "nation" && Relations.CaseStudiesByNation.ContainsKey(p.Nation) ? CaseStudyType.NationFacetUrl(p.Nation)
            : p.Type == "region" && Relations.CaseStudiesByRegion.ContainsKey(p.Id) ? CaseStudyType.RegionFacetUrl(p.Id)
            : null;
        var shown = facetUrl is null ? caseStudies : caseStudies.Take(ShortListSize).ToList();

        var parents = new List<LinkView>();
        if (p.ParentId is not null && Views.PlaceLink(p.ParentId) is { } parent)
        {
            parents.Add(parent);
        }

        parents.AddRange(AreasContaining(p.Id).Select(a => new LinkView(a.Name, a.Url)));

        var view = new PlaceView(
            p.Name,
            p.AltNames.Select(a => new AltNameView(a.Name, a.Lang, LanguageName(a.Lang))).ToList(),
            p.Summary,
            facts,
            SiteRelations.Get(Relations.PartnershipsByPlace, p.Id).Select(x => new LinkView(x.Name, x.Url)).ToList(),
            shown.Select(Views.CaseStudyCard).ToList(),
            SiteRelations.Get(Relations.MethodsByPlace, p.Id).Select(m => new LinkView(m.Title, m.Url)).ToList(),
            SiteRelations.Get(Relations.CaseStudiesTriedInPlace, p.Id).Select(Views.CaseStudyCard).ToList(),
            p.Indicators.Select(Indicator).ToList(),
            Views.Links(p.ConstituentIds, Views.PlaceLink),
            parents,
            SiteRelations.Get(Relations.ChildPlaces, p.Id).OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new LinkView(c.Name, c.Url)).ToList(),
            facetUrl is null || caseStudies.Count <= shown.Count ? null
                : new LinkView(Words.Count(PlaceTextKeys.Page.AllCaseStudies, caseStudies.Count, ("name", p.Name)), facetUrl));

        var place = JsonLd.Node(p.Type == "nation" ? "Country" : p.Type is "region" or "county" or "custom-area" ? "Place" : "AdministrativeArea", Settings, p.Url, p.Name, p.Summary);
        if (p.AltNames.Count > 0)
        {
            place["alternateName"] = JsonLd.Names(p.AltNames.Select(a => a.Name));
        }

        if (p.Gss is not null)
        {
            place["identifier"] = p.Gss;
            place["sameAs"] = "https://statistics.data.gov.uk/id/statistical-geography/" + p.Gss;
        }

        if (p.Latitude is { } lat && p.Longitude is { } lon)
        {
            place["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = lat, ["longitude"] = lon };
        }

        var meta = Views.Meta(p.Url, "place", p.Name, p.Summary, [new BreadcrumbView(Words.Text(Keys.Site.NavPlaces), PlaceType.Instance.ListingUrl)], [place], p);
        return new PageContent(meta, view, null);
    }

    private List<Place> AreasContaining(string placeId)
    {
        var map = LazyInitializer.EnsureInitialized(ref _areasContaining, () =>
        {
            var result = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
            foreach (var area in Model.Places)
            {
                foreach (var member in area.ConstituentIds.Distinct(StringComparer.Ordinal))
                {
                    if (!result.TryGetValue(member, out var list))
                    {
                        result[member] = list = [];
                    }

                    list.Add(area);
                }
            }

            return result;
        });
        return map.GetValueOrDefault(placeId) ?? [];
    }

    private string LanguageName(string lang) => lang switch
    {
        "cy" => Words.Text(PlaceTextKeys.Page.LanguageWelsh),
        "gd" => Words.Text(PlaceTextKeys.Page.LanguageScottishGaelic),
        "ga" => Words.Text(PlaceTextKeys.Page.LanguageIrish),
        "kw" => Words.Text(PlaceTextKeys.Page.LanguageCornish),
        "sco" => Words.Text(PlaceTextKeys.Page.LanguageScots),
        "en" => Words.Text(PlaceTextKeys.Page.LanguageEnglish),
        _ => lang,
    };

    private IndicatorView Indicator(Indicator i)
    {
        var value = i.Unit is null ? i.Value : i.Unit is "%" ? i.Value + "%" : i.Value + " " + i.Unit;
        return new IndicatorView(
            i.Label,
            value,
            i.Period,
            i.Comparator,
            new IndicatorSourceView(
                i.Source.Publisher,
                i.Source.Dataset,
                ViewBuilder.SafeUrl(i.Source.Url),
                i.Source.Licence is null ? null : Words.Label(Vocabularies.Licences, i.Source.Licence),
                i.Source.Licence is null ? null : Vocabularies.LicenceUrls.GetValueOrDefault(i.Source.Licence)));
    }

    private MapView? PlaceMap(Place p)
    {
        var ids = new List<string> { p.Id };
        ids.AddRange(p.ConstituentIds);
        ids.AddRange(SiteRelations.Get(Relations.ChildPlaces, p.Id).Select(c => c.Id));
        var heading = Words.Text(p.ConstituentIds.Count > 0 ? Keys.Map.PlacesIn : Keys.Map.Place, ("name", p.Name));
        return Map("map-place", heading, ids, p.Id);
    }

    private TransferTableView? TriedHere(Place p)
    {
        var tried = SiteRelations.Get(Relations.CaseStudiesTriedInPlace, p.Id).Where(c => OpenDataCatalog.IsPublished(c, Model)).ToList();
        var rows = tried.SelectMany(c => c.MethodIds.Select(Views.MethodLink).OfType<LinkView>().Select(method => (Method: method, CaseStudy: c)))
            .GroupBy(x => x.Method.Url, StringComparer.Ordinal)
            .Select(g => new TransferRowView(g.First().Method, null, [new TransferCellView(g.Select(x => Use(x.CaseStudy, Words.Text(Keys.Transfer.FirstIn, ("places", Views.JoinAnd(x.CaseStudy.PlaceIds.Select(id => Relations.PlacesById.GetValueOrDefault(id)?.Name ?? id).ToList()))))).ToList())]))
            .OrderBy(r => r.Header.Text, StringComparer.Ordinal)
            .ToList();
        return rows.Count == 0 ? null
            : new TransferTableView("tried-here-methods", Words.Text(PlaceTextKeys.Page.TriedHereTable, ("name", p.Name)), Words.Text(Keys.Transfer.MethodColumn), [new LinkView(Words.Text(PlaceTextKeys.Page.TriedHereSource), CaseStudyType.Instance.ListingUrl)], rows);
    }
}
