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

namespace LpipSite.Core.ContentTypes.Methods;

/// <summary>The methods index, grouped by family, and each method's page with where it has been used.</summary>
internal sealed class MethodPages(PagePlanning planning) : PageSource(planning)
{
    public override IEnumerable<PageJob> Plan()
    {
        yield return new PageJob(MethodType.Instance.ListingUrl, "methods", null, true, null, MethodsPage);
        foreach (var m in Model.Methods)
        {
            yield return Job(m, "method", () => MethodPage(m));
        }
    }

    public override ReuseView? ReuseFor(PageJob job) => job.Item switch
    {
        Method m => new ReuseView { MetaTags = CitationTags(m), Cite = Cite(m, Keys.Cite.NounMethod), Places = MethodPlaces(m), Explorer = ExplorerLink },
        null when job.Url == MethodType.Instance.ListingUrl => new ReuseView { Explorer = ExplorerLink },
        _ => null,
    };

    private PageContent MethodsPage()
    {
        var intro = Words.Text(MethodTextKeys.Page.Intro);
        var title = Words.Text(Keys.Site.NavMethods);
        var groups = Vocabularies.MethodFamilies.Terms
            .Select(f => new GroupView(Words.Label(Vocabularies.MethodFamilies, f.Id), "family-" + f.Id, null, Model.Methods.Where(m => m.Family == f.Id).OrderBy(m => m.Title, StringComparer.Ordinal).Select(Views.MethodCard).ToList()))
            .Where(g => g.Items.Count > 0)
            .ToList();
        var meta = Views.Meta(MethodType.Instance.ListingUrl, "methods", title, intro, [], [JsonLd.Node("CollectionPage", Settings, MethodType.Instance.ListingUrl, title, intro)]);
        return new PageContent(meta, new GroupedListView(intro, groups), null);
    }

    private PageContent MethodPage(Method m)
    {
        var (body, markdown) = Views.Body(m, m.Body, topLevel: 3);
        var facts = new List<SummaryRowView>();
        Row(facts, Words.Text(Keys.Row.Family), [Text(Words.Label(Vocabularies.MethodFamilies, m.Family))]);
        Row(facts, Words.Count(Keys.Row.Stages, m.Stages.Count), m.Stages.Select(s => Text(Words.Label(Vocabularies.MethodStages, s))));
        Row(facts, Words.Text(Keys.Row.TimeNeeded), [Text(m.Resources?.Time)]);
        Row(facts, Words.Text(Keys.Row.Cost), [Text(m.Resources?.Cost is { } cost ? Words.Label(Vocabularies.Costs, cost) : null)]);
        Row(facts, Words.Text(Keys.Row.SkillsNeeded), [Text(m.Resources?.Skills)]);

        var uses = SiteRelations.Get(Relations.CaseStudiesByMethod, m.Id);
        var usedIn = uses.Select(c => new MethodUseView(
                new LinkView(c.Title, c.Url),
                Views.DateOf(c.Date),
                Views.Links(c.PlaceIds, Views.PlaceLink),
                Views.PartnershipLink(c.PartnershipId)))
            .ToList();
        var places = uses.SelectMany(c => c.PlaceIds).Distinct(StringComparer.Ordinal)
            .Select(Views.PlaceLink).OfType<LinkView>().OrderBy(l => l.Text, StringComparer.Ordinal).ToList();
        var partnerships = uses.Select(c => c.PartnershipId).Distinct(StringComparer.Ordinal)
            .Select(Views.PartnershipLink).OfType<LinkView>().OrderBy(l => l.Text, StringComparer.Ordinal).ToList();
        var summary = uses.Count == 0
            ? Words.Text(MethodTextKeys.Page.Unused)
            : Words.Text(
                MethodTextKeys.Page.UsedSummary,
                ("case_studies", Words.Count(Keys.Count.CaseStudies, uses.Count)),
                ("places", Words.Count(Keys.Count.Places, places.Count)),
                ("partnerships", Words.Count(Keys.Count.Partnerships, partnerships.Count)));

        var view = new MethodView(
            m.Title,
            m.Summary,
            facts,
            m.WhenToUse,
            m.WhenNotToUse,
            body,
            summary,
            usedIn,
            places,
            partnerships,
            m.FurtherReading.Select(l => ViewBuilder.SafeUrl(l.Url) is { } url ? new LinkView(l.Title, url) : null).OfType<LinkView>().ToList(),
            SiteRelations.Get(Relations.TrainingByMethod, m.Id).Select(t => new LinkView(t.Title, t.Url)).ToList());

        var article = JsonLd.Node("Article", Settings, m.Url, m.Title, m.Summary);
        article["headline"] = m.Title;
        var meta = Views.Meta(m.Url, "method", m.Title, m.Summary, [new BreadcrumbView(Words.Text(Keys.Site.NavMethods), MethodType.Instance.ListingUrl)], [article], m, "article");
        return new PageContent(meta, view, markdown);
    }

    private TransferTableView? MethodPlaces(Method m)
    {
        var uses = PublishedCaseStudies.Where(c => c.MethodIds.Contains(m.Id, StringComparer.Ordinal)).ToList();
        var rows = new List<(Place Place, TransferUseView Use)>();
        var triedHereSince = Words.Text(Keys.Transfer.TriedHereSince);
        foreach (var c in uses)
        {
            rows.AddRange(c.PlaceIds.Select(id => Relations.PlacesById.GetValueOrDefault(id)).OfType<Place>().Select(p => (p, Use(c, null))));
            rows.AddRange(c.Transferability.TriedInPlaceIds.Select(id => Relations.PlacesById.GetValueOrDefault(id)).OfType<Place>().Select(p => (p, Use(c, triedHereSince))));
        }

        if (rows.Count == 0)
        {
            return null;
        }

        var table = rows.GroupBy(r => r.Place.Id, StringComparer.Ordinal)
            .Select(g => new TransferRowView(new LinkView(g.First().Place.Name, g.First().Place.Url), Words.Label(Vocabularies.Nations, g.First().Place.Nation), [new TransferCellView(g.Select(r => r.Use).ToList())]))
            .OrderBy(r => r.Header.Text, StringComparer.Ordinal)
            .ToList();
        return new TransferTableView("method-places", Words.Text(MethodTextKeys.Page.PlacesTable, ("method", m.Title)), Words.Text(Keys.Transfer.PlaceColumn), [new LinkView(Words.Text(MethodTextKeys.Page.PlacesTableLink), m.Url + "#where-used")], table);
    }

    private LinkView ExplorerLink => new(Words.Text(MethodTextKeys.Page.ExplorerLink), Routes.Transferability);
}
