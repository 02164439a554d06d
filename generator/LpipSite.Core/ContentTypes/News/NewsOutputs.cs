using LpipSite.Core.Model;
using LpipSite.Core.Writing;
using LpipSite.Core.Outputs;
using LpipSite.Core.Rendering.Seo;
using LpipSite.Core.Outputs.Search;
using static LpipSite.Core.Outputs.Search.SearchEntryContext;

namespace LpipSite.Core.ContentTypes.News;

/// <summary>What news items give the output producers.</summary>
public sealed partial class NewsType
{
    internal override string? SearchLabelKey => "search.types.news";

    internal override IEnumerable<Func<SearchEntry>> SearchEntries(SearchEntryContext context)
    {
        foreach (var n in context.Model.News)
        {
            yield return () => new SearchEntry(n.Url, "news", n.Title, n.Summary,
                Join([context.Label(Vocabularies.NewsKinds, n.Kind), context.Date(n.Date)], " · "),
                Join([context.Label(Vocabularies.NewsKinds, n.Kind), context.Themes(n.ThemeIds), context.Places(n.PlaceIds)]),
                context.Text(n.Body))
            {
                Facets = SearchFacets.Of((SearchFacets.Theme, n.ThemeIds), (SearchFacets.Nation, context.NationsOf(n.PlaceIds))),
                Date = n.Date,
            };
        }
    }

    internal override IEnumerable<FeedEntry> FeedEntries(SiteModel model, Rendering.Text.Localiser text) =>
        model.News.Where(n => n.Publication.StateOn(model.Today) == PublishState.Published)
            .Select(n => new FeedEntry(n.Title, n.Url, n.Summary, n.Date, n.Date, text.Label(Vocabularies.NewsKinds, n.Kind), n.Authors.Select(a => a.Name).ToList()));

    /// <summary>Each event's calendar, and every published event in one calendar.</summary>
    internal override IEnumerable<OutputFile> Calendars(SiteModel model, Rendering.Text.Localiser text)
    {
        var events = new List<CalendarEvent>();
        foreach (var n in model.News.Where(n => n.Event is not null))
        {
            var e = Event(n, model);
            yield return new OutputFile(n.Url.TrimStart('/') + "event.ics", Calendar.Write(n.Title, [e], text));
            if (OpenDataCatalog.IsPublished(n, model))
            {
                events.Add(e);
            }
        }

        yield return new OutputFile(EventsCalendarUrl.TrimStart('/'), Calendar.Write(text.Text(Rendering.Text.GeneratorTextKeys.Calendar.EventsName, ("site", model.Settings.Title)), events, text));
    }

    /// <summary>A news event; DTSTAMP is the news item's date.</summary>
    private static CalendarEvent Event(NewsItem n, SiteModel model) =>
        new(Calendar.Uid("news", n.Id, n.Event!, model.Settings), n.Title, n.Summary, n.Event!, model.Settings.AbsoluteUrl(n.Url), n.Date);

    internal override IEnumerable<DateOnly> ContentDates(SiteModel model) =>
        model.News.Where(n => OpenDataCatalog.IsPublished(n, model)).Select(n => n.Date);

    internal override IEnumerable<(string LabelKey, string Url)> ListingCalendars => [(Rendering.Text.GeneratorTextKeys.Reuse.EventsCalendar, EventsCalendarUrl)];
}
