using System.Text.Json.Nodes;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Seo;
using LpipSite.Core.Rendering.Templates;
using LpipSite.Core.Rendering.Views;

namespace LpipSite.Core.Rendering.Pages;

/// <summary>
/// Lists every page of the site, in a fixed order, with a function that builds its view. The
/// URLs are the site's public contract (see pages.md).
/// </summary>
internal sealed partial class PagePlanner(ViewBuilder views, Reuse.ReuseOutputs? reuse = null)
{
    private SiteModel Model => views.Model;
    private SiteRelations Relations => views.Relations;
    private SiteSettings Settings => views.Settings;
    private int PageSize => Math.Max(1, views.Options.PageSize);

    public List<PageJob> Plan()
    {
        var jobs = new List<PageJob>
        {
            new("/", "home", null, true, Model.CaseStudies.Cast<ContentItem>().Concat(Model.News).Select(LastModified).Max(), HomePage),
        };

        jobs.AddRange(CaseStudyListings());
        jobs.AddRange(Model.CaseStudies.Select(c => Job(c, "case-study", () => CaseStudyPage(c))));

        jobs.Add(new(ViewBuilder.PlacesUrl, "places", null, true, null, PlacesPage));
        jobs.AddRange(Model.Places.Select(p => Job(p, "place", () => PlacePage(p))));

        jobs.Add(new(ViewBuilder.PartnershipsUrl, "partnerships", null, true, null, PartnershipsPage));
        jobs.AddRange(Model.Partnerships.Select(p => Job(p, "partnership", () => PartnershipPage(p))));

        jobs.Add(new(ViewBuilder.MethodsUrl, "methods", null, true, null, MethodsPage));
        jobs.AddRange(Model.Methods.Select(m => Job(m, "method", () => MethodPage(m))));

        jobs.Add(new(ViewBuilder.TrainingUrl, "training-list", null, true, null, TrainingListPage));
        jobs.AddRange(Model.Training.Select(t => Job(t, "training", () => TrainingPage(t))));

        jobs.AddRange(NewsListings());
        jobs.AddRange(Model.News.Select(n => Job(n, "news", () => NewsPage(n))));

        jobs.Add(new(ViewBuilder.ThemesUrl, "themes", null, true, null, ThemesPage));
        jobs.AddRange(Model.ThemePages.Select(t => Job(t, "theme", () => ThemePage(t))));

        jobs.AddRange(Model.Pages.Select(p => Job(p, "page", () => StaticPage(p))));

        jobs.Add(new(ViewBuilder.EvidenceLevelsUrl, "evidence-levels", null, true, null, EvidenceLevelsPage));
        jobs.Add(new(ViewBuilder.SearchUrl, "search", null, false, null, SearchPage));
        jobs.Add(new("/404.html", "404", null, false, null, NotFoundPage, FixedOutputPath: "404.html"));
        return WithReuse(jobs);
    }

    private PageJob Job(ContentItem item, string layout, Func<PageContent> build) =>
        new(item.Url, layout, item, item.Publication.StateOn(Model.Today) == PublishState.Published, LastModified(item), build);

    internal static DateOnly? LastModified(ContentItem item) => item switch
    {
        CaseStudy c => c.Updated ?? c.Date,
        NewsItem n => n.Date,
        Page p => p.Updated,
        Place p => p.LastReviewed,
        _ => null,
    };

    // ---- Home -------------------------------------------------------------------------------

    private PageContent HomePage()
    {
        var themes = Model.Themes.Terms
            .Select(t => new CountedLinkView(t.Label, ViewBuilder.ThemesUrl + t.Id + "/", SiteRelations.Get(Relations.CaseStudiesByTheme, t.Id).Count))
            .ToList();
        var byNation = Vocabularies.Nations.Terms
            .Select(n => new GroupView(
                n.Label,
                n.Id,
                null,
                Model.Partnerships.Where(p => p.Nation == n.Id).Select(views.PartnershipCard).ToList()))
            .Where(g => g.Items.Count > 0)
            .ToList();
        var view = new HomeView(
            Settings.Description,
            themes,
            byNation,
            Model.CaseStudies.Take(6).Select(views.CaseStudyCard).ToList(),
            Model.News.Take(4).Select(views.NewsCard).ToList(),
            Model.CaseStudies.Count,
            views.PageUrl("contribute", "contributing"));
        var meta = views.Meta("/", "home", Settings.Title, Settings.Description, [], [JsonLd.WebSite(Settings, views.Site.Publisher)]);
        return new PageContent(meta, view, null);
    }

    // ---- Case study listings and facets -----------------------------------------------------

    private IEnumerable<PageJob> CaseStudyListings()
    {
        var facets = Facets();
        var jobs = Paginated(ViewBuilder.CaseStudiesUrl, "list", Model.CaseStudies, "Case studies", [], facets, null);
        foreach (var facet in FacetPages())
        {
            jobs = jobs.Concat(Paginated(facet.Url, "list", facet.Items, facet.Title, [new BreadcrumbView("Case studies", ViewBuilder.CaseStudiesUrl)], [], facet.Intro));
        }

        return jobs;
    }

    private sealed record FacetPage(string Url, string Title, string Intro, IReadOnlyList<CaseStudy> Items);

    private IEnumerable<FacetPage> FacetPages()
    {
        foreach (var theme in Model.Themes.Terms)
        {
            var items = SiteRelations.Get(Relations.CaseStudiesByTheme, theme.Id);
            if (items.Count > 0)
            {
                yield return new FacetPage(ViewBuilder.ThemeFacetUrl(theme.Id), "Case studies: " + theme.Label, $"Case studies on the theme {theme.Label}.", items);
            }
        }

        foreach (var nation in Vocabularies.Nations.Terms)
        {
            var items = SiteRelations.Get(Relations.CaseStudiesByNation, nation.Id);
            if (items.Count > 0)
            {
                yield return new FacetPage(ViewBuilder.NationFacetUrl(nation.Id), "Case studies: " + nation.Label, $"Case studies from places in {nation.Label}.", items);
            }
        }

        foreach (var (regionId, items) in Relations.CaseStudiesByRegion.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (items.Count > 0 && Relations.PlacesById.TryGetValue(regionId, out var region))
            {
                yield return new FacetPage(ViewBuilder.RegionFacetUrl(regionId), "Case studies: " + region.Name, $"Case studies from places in {region.Name}.", items);
            }
        }

        foreach (var method in Model.Methods)
        {
            var items = SiteRelations.Get(Relations.CaseStudiesByMethod, method.Id);
            if (items.Count > 0)
            {
                yield return new FacetPage(ViewBuilder.MethodFacetUrl(method.Id), "Case studies: " + method.Title, $"Case studies that used the method {method.Title}.", items);
            }
        }

        foreach (var partnership in Model.Partnerships)
        {
            var items = SiteRelations.Get(Relations.CaseStudiesByPartnership, partnership.Id);
            if (items.Count > 0)
            {
                yield return new FacetPage(ViewBuilder.PartnershipFacetUrl(partnership.Id), "Case studies: " + (partnership.ShortName ?? partnership.Name), $"Case studies from {partnership.Name}.", items);
            }
        }
    }

    private List<FacetView> Facets()
    {
        static List<CountedLinkView> NonEmpty(IEnumerable<CountedLinkView> links) => links.Where(l => l.Count > 0).ToList();

        var facets = new List<FacetView>
        {
            new("Theme", "facet-theme", NonEmpty(Model.Themes.Terms.Select(t =>
                new CountedLinkView(t.Label, ViewBuilder.ThemeFacetUrl(t.Id), SiteRelations.Get(Relations.CaseStudiesByTheme, t.Id).Count)))),
            new("Nation", "facet-nation", NonEmpty(Vocabularies.Nations.Terms.Select(n =>
                new CountedLinkView(n.Label, ViewBuilder.NationFacetUrl(n.Id), SiteRelations.Get(Relations.CaseStudiesByNation, n.Id).Count)))),
            new("Region", "facet-region", NonEmpty(Relations.CaseStudiesByRegion
                .Where(kv => Relations.PlacesById.ContainsKey(kv.Key))
                .Select(kv => new CountedLinkView(Relations.PlacesById[kv.Key].Name, ViewBuilder.RegionFacetUrl(kv.Key), kv.Value.Count))
                .OrderBy(l => l.Text, StringComparer.Ordinal))),
            new("Method", "facet-method", NonEmpty(Model.Methods
                .Select(m => new CountedLinkView(m.Title, ViewBuilder.MethodFacetUrl(m.Id), SiteRelations.Get(Relations.CaseStudiesByMethod, m.Id).Count))
                .OrderBy(l => l.Text, StringComparer.Ordinal))),
            new("Partnership", "facet-partnership", NonEmpty(Model.Partnerships
                .Select(p => new CountedLinkView(p.ShortName ?? p.Name, ViewBuilder.PartnershipFacetUrl(p.Id), SiteRelations.Get(Relations.CaseStudiesByPartnership, p.Id).Count))
                .OrderBy(l => l.Text, StringComparer.Ordinal))),
        };
        return facets.Where(f => f.Links.Count > 0).ToList();
    }

    private IEnumerable<PageJob> Paginated(
        string baseUrl,
        string layout,
        IReadOnlyList<CaseStudy> items,
        string title,
        IReadOnlyList<BreadcrumbView> parents,
        IReadOnlyList<FacetView> facets,
        string? intro)
    {
        var total = Math.Max(1, (items.Count + PageSize - 1) / PageSize);
        var lastModified = items.Count == 0 ? (DateOnly?)null : items.Max(c => c.Updated ?? c.Date);
        for (var number = 1; number <= total; number++)
        {
            var pageNumber = number;
            var url = PageUrl(baseUrl, pageNumber);
            yield return new PageJob(url, layout, null, true, lastModified, () =>
            {
                var slice = items.Skip((pageNumber - 1) * PageSize).Take(PageSize).Select(views.CaseStudyCard).ToList();
                var pagination = Pagination(baseUrl, pageNumber, total);
                var pageTitle = total > 1 && pageNumber > 1 ? $"{title} (page {pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)} of {total.ToString(System.Globalization.CultureInfo.InvariantCulture)})" : title;
                var crumbs = pageNumber > 1 ? parents.Append(new BreadcrumbView(title, baseUrl)).ToList() : parents;
                var description = intro ?? "Case studies of local policy innovation from the partnerships across the UK, newest first.";
                var view = new CaseStudyListView(
                    description,
                    DisplayFormat.Count(items.Count, "case study", "case studies"),
                    slice,
                    pagination,
                    pageNumber == 1 ? facets : [],
                    baseUrl == ViewBuilder.CaseStudiesUrl ? null : new LinkView("All case studies", ViewBuilder.CaseStudiesUrl));
                var meta = views.Meta(url, layout, pageTitle, description, crumbs, [JsonLd.Node("CollectionPage", Settings, url, pageTitle, description)]) with
                {
                    PrevUrl = pagination?.PrevUrl is { } prev ? Settings.AbsoluteUrl(prev) : null,
                    NextUrl = pagination?.NextUrl is { } next ? Settings.AbsoluteUrl(next) : null,
                };
                return new PageContent(meta, view, null);
            });
        }
    }

    internal static string PageUrl(string baseUrl, int number) =>
        number == 1 ? baseUrl : baseUrl + "page/" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/";

    /// <summary>Page links: the first, the last, and two either side of the current one.</summary>
    internal static PaginationView? Pagination(string baseUrl, int current, int total)
    {
        if (total <= 1)
        {
            return null;
        }

        var pages = new List<PageNumberView>();
        var previous = 0;
        for (var n = 1; n <= total; n++)
        {
            if (n == 1 || n == total || Math.Abs(n - current) <= 2)
            {
                pages.Add(new PageNumberView(n, PageUrl(baseUrl, n), n == current, previous != 0 && n - previous > 1));
                previous = n;
            }
        }

        return new PaginationView(
            current,
            total,
            current > 1 ? PageUrl(baseUrl, current - 1) : null,
            current < total ? PageUrl(baseUrl, current + 1) : null,
            pages);
    }

    // ---- News listing -----------------------------------------------------------------------

    private IEnumerable<PageJob> NewsListings()
    {
        var items = Model.News;
        var total = Math.Max(1, (items.Count + PageSize - 1) / PageSize);
        for (var number = 1; number <= total; number++)
        {
            var pageNumber = number;
            var url = PageUrl(ViewBuilder.NewsUrl, pageNumber);
            yield return new PageJob(url, "news-list", null, true, items.Count == 0 ? null : items[0].Date, () =>
            {
                const string intro = "News, events, funding calls and publications from the Hub and the partnerships.";
                var pagination = Pagination(ViewBuilder.NewsUrl, pageNumber, total);
                var title = pageNumber > 1 ? $"News (page {pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)} of {total.ToString(System.Globalization.CultureInfo.InvariantCulture)})" : "News";
                var crumbs = pageNumber > 1 ? new List<BreadcrumbView> { new("News", ViewBuilder.NewsUrl) } : [];
                var view = new ListView(intro, items.Skip((pageNumber - 1) * PageSize).Take(PageSize).Select(views.NewsCard).ToList(), pagination);
                var meta = views.Meta(url, "news-list", title, intro, crumbs, [JsonLd.Node("CollectionPage", Settings, url, title, intro)]) with
                {
                    PrevUrl = pagination?.PrevUrl is { } prev ? Settings.AbsoluteUrl(prev) : null,
                    NextUrl = pagination?.NextUrl is { } next ? Settings.AbsoluteUrl(next) : null,
                };
                return new PageContent(meta, view, null);
            });
        }
    }
}
