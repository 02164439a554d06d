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

namespace LpipSite.Core.Rendering.Pages;

/// <summary>The programme themes (terms of taxonomies/themes.yml): the index and a page for each.</summary>
internal sealed class ThemePages(PagePlanning planning) : PageSource(planning)
{
    public override IEnumerable<PageJob> Plan()
    {
        yield return new PageJob(Routes.Themes, "themes", null, true, null, ThemesPage);
        foreach (var t in Model.ThemePages)
        {
            yield return Job(t, "theme", () => ThemePage(t));
        }
    }

    private PageContent ThemesPage()
    {
        var intro = Words.Text(Keys.Themes.Intro);
        var title = Words.Text(Keys.Site.NavThemes);
        var cards = Model.ThemePages
            .Select(t => new CardView(t.Term.Label, t.Url, t.Term.Description, Words.Text(Keys.Card.Theme), Words.Count(Keys.Count.CaseStudies, SiteRelations.Get(Relations.CaseStudiesByTheme, t.Id).Count), null, [], [], null))
            .ToList();
        var meta = Views.Meta(Routes.Themes, "themes", title, intro, [], [JsonLd.Node("CollectionPage", Settings, Routes.Themes, title, intro)]);
        return new PageContent(meta, new ThemesIndexView(intro, cards), null);
    }

    private PageContent ThemePage(Model.Theme t)
    {
        var caseStudies = SiteRelations.Get(Relations.CaseStudiesByTheme, t.Id);
        var view = new ThemeView(
            t.Term.Label,
            t.Term.Description,
            Words.Count(Keys.Count.CaseStudies, caseStudies.Count),
            caseStudies.Take(ShortListSize).Select(Views.CaseStudyCard).ToList(),
            caseStudies.Count > 0 ? new LinkView(Words.Count(Keys.Themes.AllCaseStudies, caseStudies.Count, ("theme", t.Term.Label)), CaseStudyType.ThemeFacetUrl(t.Id)) : null,
            Model.Partnerships.Where(p => p.ThemeIds.Contains(t.Id, StringComparer.Ordinal)).Select(p => new LinkView(p.Name, p.Url)).ToList(),
            Model.Training.Where(x => x.ThemeIds.Contains(t.Id, StringComparer.Ordinal)).Select(x => new LinkView(x.Title, x.Url)).ToList());
        var description = t.Term.Description.Length > 0 ? t.Term.Description : Words.Text(Keys.Themes.Description, ("theme", t.Term.Label));
        var meta = Views.Meta(t.Url, "theme", t.Term.Label, description, [new BreadcrumbView(Words.Text(Keys.Site.NavThemes), Routes.Themes)], [JsonLd.Node("CollectionPage", Settings, t.Url, t.Term.Label, description)], t);
        return new PageContent(meta, view, null);
    }
}
