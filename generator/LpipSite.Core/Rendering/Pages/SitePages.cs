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
                Words.Label(Vocabularies.Nations, n.Id),
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
        var intro = Words.Text(Keys.SitePages.EvidenceIntro);
        var title = Words.Text(Keys.SitePages.EvidenceTitle);
        var levels = Vocabularies.EvidenceLevels.Terms.Select(t => new EvidenceLevelView(t.Id, Words.Label(Vocabularies.EvidenceLevels, t.Id), Words.Description(Vocabularies.EvidenceLevels, t.Id) ?? string.Empty)).ToList();
        var scales = new List<EvidenceScaleView>
        {
            new(Words.Text(Keys.SitePages.ScaleNone), "scale-none", Words.Text(Keys.SitePages.ScaleNoneDescription), levels.Where(l => l.Id == "not-assessed").ToList()),
            new(Words.Text(Keys.SitePages.ScaleNesta), "scale-nesta", Words.Text(Keys.SitePages.ScaleNestaDescription), levels.Where(l => l.Id.StartsWith("nesta-", StringComparison.Ordinal)).ToList()),
            new(Words.Text(Keys.SitePages.ScaleSms), "scale-sms", Words.Text(Keys.SitePages.ScaleSmsDescription), levels.Where(l => l.Id.StartsWith("sms-", StringComparison.Ordinal)).ToList()),
        };
        var meta = Views.Meta(Routes.EvidenceLevels, "evidence-levels", title, intro, [], [JsonLd.Node("WebPage", Settings, Routes.EvidenceLevels, title, intro)]);
        return new PageContent(meta, new EvidenceLevelsView(intro, scales.Where(s => s.Levels.Count > 0).ToList()), null);
    }

    /// <summary>How this edition's search index analyses text: its language's pipeline.</summary>
    private Search.SearchLanguage SearchLanguage => Search.SearchLanguage.Of(Settings.Edition.Code);

    private PageContent SearchPage()
    {
        var intro = Words.Text(Keys.SitePages.SearchIntro);
        var title = Words.Text(Keys.SitePages.SearchTitle);
        var themes = Model.Themes.Terms
            .Select(t => new CountedLinkView(t.Label, Routes.Theme(t.Id), SiteRelations.Get(Relations.CaseStudiesByTheme, t.Id).Count))
            .ToList();
        var meta = Views.Meta(Routes.Search, "search", title, intro, [], [JsonLd.Node("SearchResultsPage", Settings, Routes.Search, title, intro)]);
        var types = Outputs.Search.SearchTypes.All.Select(t => new SearchTypeView(t.Key, Words.Text(t.LabelKey))).ToList();
        return new PageContent(
            meta,
            new SearchView(
                intro,
                themes,
                types,
                Outputs.Search.SiteSearchIndex.ManifestUrlOf(SearchLanguage),
                SearchLanguage.Code) { Messages = SearchMessages() },
            null);
    }

    /// <summary>What search.js says, from the text table: it fills the placeholders and picks a plural form with Intl.PluralRules.</summary>
    private string SearchMessages()
    {
        var messages = new System.Text.Json.Nodes.JsonObject
        {
            ["searching"] = Words.Text(Keys.SearchStatus.Searching),
            ["unavailable"] = Words.Text(Keys.SearchStatus.Unavailable),
            ["results"] = Plural(Keys.SearchStatus.Results),
            ["in_types"] = Words.Text(Keys.SearchStatus.InTypes, ("types", "{types}")),
            ["showing_first"] = Words.Text(Keys.SearchStatus.ShowingFirst, ("count", "{count}")),
            ["similar"] = Plural(Keys.SearchStatus.Similar),
            ["did_you_mean"] = Words.Text(Keys.SearchStatus.DidYouMean, ("suggestion", "{suggestion}")),
            ["show_all"] = Words.Text(Keys.SearchStatus.ShowAll, ("count", "{count}")),
            ["show_fewer"] = Words.Text(Keys.SearchStatus.ShowFewer),
        };
        return messages.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        // A plural message as an object of its CLDR categories' forms.
        System.Text.Json.Nodes.JsonObject Plural(string key) =>
            new(Words.PluralForms(key).Select(f => KeyValuePair.Create(f.Key, (System.Text.Json.Nodes.JsonNode?)f.Value)));
    }

    private PageContent NotFoundPage()
    {
        var description = Words.Text(Keys.SitePages.NotFoundDescription);
        var suggestions = new List<LinkView>
        {
            new(Words.Text(Keys.SitePages.NotFoundHome), "/"),
            new(Words.Text(Keys.Site.NavCaseStudies), CaseStudyType.Instance.ListingUrl),
            new(Words.Text(Keys.Site.NavPlaces), PlaceType.Instance.ListingUrl),
            new(Words.Text(Keys.SitePages.SearchTitle), Routes.Search),
        };
        var meta = Views.Meta(Routes.NotFound, "404", Words.Text(Keys.SitePages.NotFoundTitle), description, []) with
        {
            Breadcrumbs = [],
            CanonicalUrl = null,
            JsonLd = Templates.HtmlString.Empty,
            NoIndex = true,
        };
        return new PageContent(meta, new NotFoundView(suggestions), null);
    }
}
