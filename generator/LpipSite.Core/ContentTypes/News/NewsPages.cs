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
        NewsItem { Event: not null } n => new ReuseView { Calendars = [new LinkView("Add this event to your calendar (.ics)", n.Url + "event.ics")] },
        null when job.Url == NewsType.Instance.ListingUrl => new ReuseView { Calendars = [new LinkView("All events as a calendar (.ics)", NewsType.EventsCalendarUrl)] },
        _ => null,
    };

    private IEnumerable<PageJob> NewsListings() =>
        Paginated(NewsType.Instance.ListingUrl, "news-list", Model.News, Model.News.Count == 0 ? null : Model.News[0].Date, page =>
        {
            const string intro = "News, events, funding calls and publications from the Hub and the partnerships.";
            var title = page.Title("News");
            var view = new ListView(intro, page.Items.Select(Views.NewsCard).ToList(), page.Pagination);
            return new PageContent(ListingMeta(page, "news-list", title, intro, page.Breadcrumbs([], "News", NewsType.Instance.ListingUrl)), view, null);
        });

    private PageContent NewsPage(NewsItem n)
    {
        var (body, markdown) = Views.Body(n, n.Body);
        var facts = new List<SummaryRowView>();
        Row(facts, n.PartnershipIds.Count == 1 ? "Partnership" : "Partnerships", n.PartnershipIds.Select(id => LinkItem(Views.PartnershipLink(id))));
        Row(facts, n.PlaceIds.Count == 1 ? "Place" : "Places", n.PlaceIds.Select(id => LinkItem(Views.PlaceLink(id))));
        Row(facts, n.ThemeIds.Count == 1 ? "Theme" : "Themes", n.ThemeIds.Select(id => LinkItem(Views.ThemeLink(id))));

        var view = new NewsView(
            n.Title,
            n.Summary,
            n.Kind,
            Vocabularies.NewsKinds.LabelOf(n.Kind),
            DateView.Of(n.Date),
            n.Authors.Select(Views.PersonItem).ToList(),
            n.Event is null ? null : Session(n.Event),
            n.Deadline is { } deadline ? DateView.Of(deadline) : null,
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

        var meta = Views.Meta(n.Url, "news", n.Title, n.Summary, [new BreadcrumbView("News", NewsType.Instance.ListingUrl)], nodes, n, "article");
        return new PageContent(meta, view, markdown);
    }
}
