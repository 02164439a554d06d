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

namespace LpipSite.Core.ContentTypes.News;

/// <summary>The news listing, newest first, and each item's page.</summary>
internal sealed class NewsPages(PagePlanning planning) : PageSource(planning)
{
    public override IEnumerable<PageJob> Plan()
    {
        foreach (var job in NewsListings())
        {
            yield return job;
        }

        foreach (var n in Model.News)
        {
            yield return Job(n, "news", () => NewsPage(n));
        }
    }

    public override ReuseView? ReuseFor(PageJob job) => job.Item switch
    {
        NewsItem { Event: not null } n => new ReuseView { Calendars = [new LinkView(Words.Text(NewsTextKeys.Page.AddEventToCalendar), n.Url + "event.ics")] },
        null when job.Url == NewsType.Instance.ListingUrl => new ReuseView { Calendars = [new LinkView(Words.Text(NewsTextKeys.Page.AllEventsCalendar), NewsType.EventsCalendarUrl)] },
        _ => null,
    };

    private IEnumerable<PageJob> NewsListings() =>
        Paginated(NewsType.Instance.ListingUrl, "news-list", Model.News, Model.News.Count == 0 ? null : Model.News[0].Date, page =>
        {
            var intro = Words.Text(NewsTextKeys.Page.Intro);
            var listing = Words.Text(Keys.Site.NavNews);
            var title = page.Title(listing);
            var view = new ListView(intro, page.Items.Select(Views.NewsCard).ToList(), page.Pagination);
            return new PageContent(ListingMeta(page, "news-list", title, intro, page.Breadcrumbs([], listing, NewsType.Instance.ListingUrl)), view, null);
        });

    private PageContent NewsPage(NewsItem n)
    {
        var (body, markdown) = Views.Body(n, n.Body);
        var facts = new List<SummaryRowView>();
        Row(facts, Words.Count(Keys.Row.Partnerships, n.PartnershipIds.Count), n.PartnershipIds.Select(id => LinkItem(Views.PartnershipLink(id))));
        Row(facts, Words.Count(Keys.Row.Places, n.PlaceIds.Count), n.PlaceIds.Select(id => LinkItem(Views.PlaceLink(id))));
        Row(facts, Words.Count(Keys.Row.Themes, n.ThemeIds.Count), n.ThemeIds.Select(id => LinkItem(Views.ThemeLink(id))));

        var view = new NewsView(
            n.Title,
            n.Summary,
            n.Kind,
            Words.Label(Vocabularies.NewsKinds, n.Kind),
            Views.DateOf(n.Date),
            n.Authors.Select(Views.PersonItem).ToList(),
            n.Event is null ? null : Session(n.Event),
            n.Deadline is { } deadline ? Views.DateOf(deadline) : null,
            n.Deadline is { } d && d < Model.Today,
            Views.Image(n.Image),
            facts,
            body);

        var nodes = new List<JsonObject>
        {
            JsonLd.CreativeWork(n.Kind == "blog" ? "BlogPosting" : "NewsArticle", Settings, n.Url, n.Title, n.Summary, n.Date, null, n.Authors, null, Views.Site.Publisher),
        };
        if (n.Event is { } e)
        {
            var ev = new JsonObject
            {
                ["@type"] = "Event",
                ["name"] = n.Title,
                ["description"] = n.Summary,
                ["startDate"] = e.HasTime ? DisplayFormat.IsoDateTime(e.Start) : DisplayFormat.IsoDate(DateOnly.FromDateTime(e.Start)),
                ["eventAttendanceMode"] = e.Online
                    ? string.IsNullOrWhiteSpace(e.Location) ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/MixedEventAttendanceMode"
                    : "https://schema.org/OfflineEventAttendanceMode",
                ["url"] = Settings.AbsoluteUrl(n.Url),
            };
            if (e.End is { } end)
            {
                ev["endDate"] = e.HasTime ? DisplayFormat.IsoDateTime(end) : DisplayFormat.IsoDate(DateOnly.FromDateTime(end));
            }

            if (!string.IsNullOrWhiteSpace(e.Location))
            {
                ev["location"] = new JsonObject { ["@type"] = "Place", ["name"] = e.Location };
            }

            nodes.Add(ev);
        }

        var meta = Views.Meta(n.Url, "news", n.Title, n.Summary, [new BreadcrumbView(Words.Text(Keys.Site.NavNews), NewsType.Instance.ListingUrl)], nodes, n, "article") with { OgImage = Views.OpenGraphImage(n.Image) };
        return new PageContent(meta, view, markdown);
    }
}
