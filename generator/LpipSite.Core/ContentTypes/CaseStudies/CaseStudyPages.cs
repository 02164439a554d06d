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

namespace LpipSite.Core.ContentTypes.CaseStudies;

/// <summary>The case study pages: each study, the listing and its static filter pages (theme, nation, region, method, partnership).</summary>
internal sealed class CaseStudyPages(PagePlanning planning) : PageSource(planning)
{
    public override IEnumerable<PageJob> Plan()
    {
        foreach (var job in CaseStudyListings())
        {
            yield return job;
        }

        foreach (var c in Model.CaseStudies)
        {
            yield return Job(c, "case-study", () => CaseStudyPage(c));
        }
    }

    public override ReuseView? ReuseFor(PageJob job) => job.Item switch
    {
        CaseStudy c => new ReuseView { MetaTags = CitationTags(c), Cite = Cite(c, Keys.Cite.NounCaseStudy) },
        _ => null,
    };

    private BreadcrumbView CaseStudiesCrumb => new(Words.Text(Keys.Site.NavCaseStudies), CaseStudyType.Instance.ListingUrl);

    private IEnumerable<PageJob> CaseStudyListings()
    {
        var jobs = Listing(CaseStudyType.Instance.ListingUrl, Model.CaseStudies, Words.Text(Keys.Site.NavCaseStudies), [], Facets(), null);
        foreach (var facet in FacetPages())
        {
            jobs = jobs.Concat(Listing(facet.Url, facet.Items, facet.Title, [CaseStudiesCrumb], [], facet.Intro));
        }

        return jobs;
    }

    /// <summary>A paginated list of case studies: the listing itself, or one of its filter pages.</summary>
    private IEnumerable<PageJob> Listing(string url, IReadOnlyList<CaseStudy> items, string title, IReadOnlyList<BreadcrumbView> parents, IReadOnlyList<FacetView> facets, string? intro) =>
        Paginated(url, "list", items, items.Count == 0 ? null : items.Max(c => c.Updated ?? c.Date), page =>
        {
            var description = intro ?? Words.Text(CaseStudyTextKeys.Page.Intro);
            var view = new CaseStudyListView(
                description,
                Words.Count(Keys.Count.CaseStudies, items.Count),
                page.Items.Select(Views.CaseStudyCard).ToList(),
                page.Pagination,
                page.Number == 1 ? facets : [],
                url == CaseStudyType.Instance.ListingUrl ? null : new LinkView(Words.Text(CaseStudyTextKeys.Page.All), CaseStudyType.Instance.ListingUrl));
            return new PageContent(ListingMeta(page, "list", page.Title(title), description, page.Breadcrumbs(parents, title, url)), view, null);
        });

    private sealed record FacetPage(string Url, string Title, string Intro, IReadOnlyList<CaseStudy> Items);

    private IEnumerable<FacetPage> FacetPages()
    {
        foreach (var theme in Model.Themes.Terms)
        {
            var items = SiteRelations.Get(Relations.CaseStudiesByTheme, theme.Id);
            if (items.Count > 0)
            {
                yield return new FacetPage(CaseStudyType.ThemeFacetUrl(theme.Id), FacetTitle(theme.Label), Words.Text(CaseStudyTextKeys.Page.FacetThemeIntro, ("theme", theme.Label)), items);
            }
        }

        foreach (var nation in Vocabularies.Nations.Terms)
        {
            var items = SiteRelations.Get(Relations.CaseStudiesByNation, nation.Id);
            if (items.Count > 0)
            {
                var name = Words.Label(Vocabularies.Nations, nation.Id);
                yield return new FacetPage(CaseStudyType.NationFacetUrl(nation.Id), FacetTitle(name), Words.Text(CaseStudyTextKeys.Page.FacetPlaceIntro, ("place", name)), items);
            }
        }

        foreach (var (regionId, items) in Relations.CaseStudiesByRegion.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (items.Count > 0 && Relations.PlacesById.TryGetValue(regionId, out var region))
            {
                yield return new FacetPage(CaseStudyType.RegionFacetUrl(regionId), FacetTitle(region.Name), Words.Text(CaseStudyTextKeys.Page.FacetPlaceIntro, ("place", region.Name)), items);
            }
        }

        foreach (var method in Model.Methods)
        {
            var items = SiteRelations.Get(Relations.CaseStudiesByMethod, method.Id);
            if (items.Count > 0)
            {
                yield return new FacetPage(CaseStudyType.MethodFacetUrl(method.Id), FacetTitle(method.Title), Words.Text(CaseStudyTextKeys.Page.FacetMethodIntro, ("method", method.Title)), items);
            }
        }

        foreach (var partnership in Model.Partnerships)
        {
            var items = SiteRelations.Get(Relations.CaseStudiesByPartnership, partnership.Id);
            if (items.Count > 0)
            {
                yield return new FacetPage(CaseStudyType.PartnershipFacetUrl(partnership.Id), FacetTitle(partnership.ShortName ?? partnership.Name), Words.Text(CaseStudyTextKeys.Page.FacetPartnershipIntro, ("partnership", partnership.Name)), items);
            }
        }
    }

    private string FacetTitle(string name) => Words.Text(CaseStudyTextKeys.Page.FacetTitle, ("name", name));

    private List<FacetView> Facets()
    {
        static List<CountedLinkView> NonEmpty(IEnumerable<CountedLinkView> links) => links.Where(l => l.Count > 0).ToList();

        var facets = new List<FacetView>
        {
            new(Words.Text(CaseStudyTextKeys.Page.FacetTheme), "facet-theme", NonEmpty(Model.Themes.Terms.Select(t =>
                new CountedLinkView(t.Label, CaseStudyType.ThemeFacetUrl(t.Id), SiteRelations.Get(Relations.CaseStudiesByTheme, t.Id).Count)))),
            new(Words.Text(CaseStudyTextKeys.Page.FacetNation), "facet-nation", NonEmpty(Vocabularies.Nations.Terms.Select(n =>
                new CountedLinkView(Words.Label(Vocabularies.Nations, n.Id), CaseStudyType.NationFacetUrl(n.Id), SiteRelations.Get(Relations.CaseStudiesByNation, n.Id).Count)))),
            new(Words.Text(CaseStudyTextKeys.Page.FacetRegion), "facet-region", NonEmpty(Relations.CaseStudiesByRegion
                .Where(kv => Relations.PlacesById.ContainsKey(kv.Key))
                .Select(kv => new CountedLinkView(Relations.PlacesById[kv.Key].Name, CaseStudyType.RegionFacetUrl(kv.Key), kv.Value.Count))
                .OrderBy(l => l.Text, StringComparer.Ordinal))),
            new(Words.Text(CaseStudyTextKeys.Page.FacetMethod), "facet-method", NonEmpty(Model.Methods
                .Select(m => new CountedLinkView(m.Title, CaseStudyType.MethodFacetUrl(m.Id), SiteRelations.Get(Relations.CaseStudiesByMethod, m.Id).Count))
                .OrderBy(l => l.Text, StringComparer.Ordinal))),
            new(Words.Text(CaseStudyTextKeys.Page.FacetPartnership), "facet-partnership", NonEmpty(Model.Partnerships
                .Select(p => new CountedLinkView(p.ShortName ?? p.Name, CaseStudyType.PartnershipFacetUrl(p.Id), SiteRelations.Get(Relations.CaseStudiesByPartnership, p.Id).Count))
                .OrderBy(l => l.Text, StringComparer.Ordinal))),
        };
        return facets.Where(f => f.Links.Count > 0).ToList();
    }

    private PageContent CaseStudyPage(CaseStudy c)
    {
        var (body, markdown) = Views.Body(c, c.Body);
        var facts = new List<SummaryRowView>();
        Row(facts, Words.Count(Keys.Row.Partnerships, 1), [LinkItem(Views.PartnershipLink(c.PartnershipId))]);
        Row(facts, Words.Count(Keys.Row.Places, c.PlaceIds.Count), c.PlaceIds.Select(id =>
            Relations.PlacesById.TryGetValue(id, out var p) ? new ItemView(p.Name, p.Url, NationNote(p)) : null));
        Row(facts, Words.Count(Keys.Row.Themes, c.ThemeIds.Count), c.ThemeIds.Select(id => LinkItem(Views.ThemeLink(id))));
        Row(facts, Words.Count(Keys.Row.Methods, c.MethodIds.Count), c.MethodIds.Select(id => LinkItem(Views.MethodLink(id))));
        Row(facts, Words.Text(Keys.Row.Topics), c.TopicIds.Select(id => Text(Model.Topics.LabelOf(id))));
        Row(facts, Words.Text(Keys.Row.Partners), c.PartnerIds.Select(id => Views.OrganisationItem(id)));
        Row(facts, Words.Text(Keys.Row.Status), [Text(c.Status is null ? null : Words.Label(Vocabularies.CaseStudyStatuses, c.Status))]);
        Row(facts, Words.Text(Keys.Row.Published), [DateItem(c.Date)]);
        Row(facts, Words.Text(Keys.Row.Updated), [c.Updated is { } updated ? DateItem(updated) : null]);
        Row(facts, Words.Text(Keys.Row.EvidenceLevel), [Vocabularies.EvidenceLevels.Contains(c.EvidenceLevel)
            ? new ItemView(Words.Label(Vocabularies.EvidenceLevels, c.EvidenceLevel), Routes.EvidenceLevels + "#" + c.EvidenceLevel)
            : Text(c.EvidenceLevel)]);
        Row(facts, Words.Count(Keys.Row.Authors, c.Authors.Count), c.Authors.Select(Views.PersonItem));
        Row(facts, Words.Text(Keys.Row.Licence), [Views.LicenceItem(c.Licence)]);

        var t = c.Transferability;
        var transferability = new TransferabilityView(
            t.Conditions,
            t.Adaptations,
            t.Assessment is null ? null : Words.Label(Vocabularies.TransferAssessments, t.Assessment),
            t.Assessment is null ? null : Words.Description(Vocabularies.TransferAssessments, t.Assessment),
            Views.Links(t.TriedInPlaceIds, Views.PlaceLink));

        var outputs = c.Outputs
            .Select(o => new OutputView(o.Title, Views.AssetOrLink(o.Url), o.Type is null ? null : Words.Label(Vocabularies.OutputTypes, o.Type)))
            .ToList();
        var doi = c.Doi is null ? null : new LinkView("https://doi.org/" + c.Doi, "https://doi.org/" + Uri.EscapeDataString(c.Doi).Replace("%2F", "/", StringComparison.Ordinal));
        var related = SiteRelations.Get(Relations.RelatedCaseStudies, c.Id).Select(r => Views.CaseStudyCard(r.CaseStudy)).ToList();

        var view = new CaseStudyView(
            c.Title,
            c.Summary,
            facts,
            Views.Image(c.Image),
            body,
            c.Outcomes.Select(o => new OutcomeView(o.Description, Words.Label(Vocabularies.OutcomeTypes, o.Type))).ToList(),
            transferability,
            outputs,
            doi,
            related,
            EditUrl(c));

        var report = JsonLd.CreativeWork("Report", Settings, c.Url, c.Title, c.Summary, c.Date, c.Updated, c.Authors, Vocabularies.LicenceUrls.GetValueOrDefault(c.Licence), Views.Site.Publisher);
        report["about"] = JsonLd.Names(c.ThemeIds.Select(Model.Themes.LabelOf));
        report["spatialCoverage"] = JsonLd.Places(Settings, c.PlaceIds.Select(id => Relations.PlacesById.GetValueOrDefault(id)).OfType<Place>());
        if (doi is not null)
        {
            report["identifier"] = doi.Url;
        }

        var meta = Views.Meta(c.Url, "case-study", c.Title, c.Summary, [CaseStudiesCrumb], [report], c, "article") with { OgImage = Views.OpenGraphImage(c.Image) };
        return new PageContent(meta, view, markdown);
    }

    /// <summary>The nation of a place, unless the place is that nation ("Northern Ireland (Northern Ireland)").</summary>
    private string? NationNote(Place place)
    {
        var nation = Words.Label(Vocabularies.Nations, place.Nation);
        return string.Equals(nation, place.Name, StringComparison.Ordinal) ? null : nation;
    }

    private string? EditUrl(ContentItem item) =>
        Settings.Repository is { Length: > 0 } repository && UrlPolicy(repository)
            ? repository.TrimEnd('/') + "/edit/main/" + item.Source.RelativePath.TrimStart('/')
            : null;

    private static bool UrlPolicy(string url) => Rendering.Markdown.UrlPolicy.Sanitise(url) is not null;
}
