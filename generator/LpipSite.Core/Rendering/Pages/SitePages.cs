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
using LpipSite.Core.ContentTypes.CaseStudies;
using LpipSite.Core.ContentTypes.Places;

namespace LpipSite.Core.Rendering.Pages;

/// <summary>The pages every site has whatever its content: home, evidence levels, search and the 404 page.</summary>
internal sealed class SitePages(PagePlanning planning) : PageSource(planning)
{
    public override IEnumerable<PageJob> Plan()
    {
        yield return new PageJob(Routes.Home, "home", null, true, Model.CaseStudies.Cast<ContentItem>().Concat(Model.News).Select(LastModified).Max(), HomePage);
        yield return new PageJob(Routes.EvidenceLevels, "evidence-levels", null, true, null, EvidenceLevelsPage);
        yield return new PageJob(Routes.Search, "search", null, false, null, SearchPage);
        yield return new PageJob(Routes.NotFound, "404", null, false, null, NotFoundPage, FixedOutputPath: Routes.NotFound.TrimStart('/'));
    }

    private PageContent HomePage()
    {
        var themes = Model.Themes.Terms
            .Select(t => new CountedLinkView(t.Label, Routes.Theme(t.Id), SiteRelations.Get(Relations.CaseStudiesByTheme, t.Id).Count))
            .ToList();
        var byNation = Vocabularies.Nations.Terms
            .Select(n => new GroupView(
                n.Label,
                n.Id,
                null,
                Model.Partnerships.Where(p => p.Nation == n.Id).Select(Views.PartnershipCard).ToList()))
            .Where(g => g.Items.Count > 0)
            .ToList();
        var view = new HomeView(
            Settings.Description,
            themes,
            byNation,
            Model.CaseStudies.Take(6).Select(Views.CaseStudyCard).ToList(),
            Model.News.Take(4).Select(Views.NewsCard).ToList(),
            Model.CaseStudies.Count,
            Views.PageUrl("contribute", "contributing"),
            ContentTypeRegistry.All.Select(t => t.Pages(Planning)?.HomeSection()).OfType<HomeSectionView>().ToList());
        var meta = Views.Meta("/", "home", Settings.Title, Settings.Description, [], [JsonLd.WebSite(Settings, Views.Site.Publisher)]);
        return new PageContent(meta, view, null);
    }

    private PageContent EvidenceLevelsPage()
    {
        const string intro = "Each case study says how strong its evidence of impact is, on one of two recognised scales. This page explains the levels.";
        var levels = Vocabularies.EvidenceLevels.Terms.Select(t => new EvidenceLevelView(t.Id, t.Label, t.Description)).ToList();
        var scales = new List<EvidenceScaleView>
        {
            new("Not assessed", "scale-none", "The case study has not been assessed against a standard of evidence.", levels.Where(l => l.Id == "not-assessed").ToList()),
            new("Nesta standards of evidence", "scale-nesta", "Nesta's five levels run from a clear account of what a project does and why it matters to evidence that it works at scale.", levels.Where(l => l.Id.StartsWith("nesta-", StringComparison.Ordinal)).ToList()),
            new("Maryland Scientific Methods Scale", "scale-sms", "The Maryland scale rates how well an evaluation shows that an intervention caused its outcomes, from a simple correlation to a randomised trial.", levels.Where(l => l.Id.StartsWith("sms-", StringComparison.Ordinal)).ToList()),
        };
        var meta = Views.Meta(Routes.EvidenceLevels, "evidence-levels", "Evidence levels", intro, [], [JsonLd.Node("WebPage", Settings, Routes.EvidenceLevels, "Evidence levels", intro)]);
        return new PageContent(meta, new EvidenceLevelsView(intro, scales.Where(s => s.Levels.Count > 0).ToList()), null);
    }

    private PageContent SearchPage()
    {
        const string intro = "Search case studies, places, methods, training and news.";
        var themes = Model.Themes.Terms
            .Select(t => new CountedLinkView(t.Label, Routes.Theme(t.Id), SiteRelations.Get(Relations.CaseStudiesByTheme, t.Id).Count))
            .ToList();
        var meta = Views.Meta(Routes.Search, "search", "Search", intro, [], [JsonLd.Node("SearchResultsPage", Settings, Routes.Search, "Search", intro)]);
        var types = Outputs.Search.SearchTypes.All.Select(t => new SearchTypeView(t.Key, t.Label)).ToList();
        return new PageContent(
            meta,
            new SearchView(intro, themes, types, "/" + Outputs.Search.SiteSearchIndex.IndexPath, "/" + Outputs.Search.SiteSearchIndex.DocumentsPath),
            null);
    }

    private PageContent NotFoundPage()
    {
        const string description = "The page you were looking for could not be found.";
        var suggestions = new List<LinkView>
        {
            new("Home page", "/"),
            new("Case studies", CaseStudyType.Instance.ListingUrl),
            new("Places", PlaceType.Instance.ListingUrl),
            new("Search", Routes.Search),
        };
        var meta = Views.Meta(Routes.NotFound, "404", "Page not found", description, []) with
        {
            Breadcrumbs = [],
            CanonicalUrl = null,
            JsonLd = Templates.HtmlString.Empty,
            NoIndex = true,
        };
        return new PageContent(meta, new NotFoundView(suggestions), null);
    }
}
