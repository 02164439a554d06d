using LpipSite.Core.Rendering.Text;

namespace LpipSite.Core.ContentTypes.News;

/// <summary>The text keys of this type's pages, in the theme's table; the build checks the theme has each one.</summary>
internal static class NewsTextKeys
{
    [UsedFor("the news listing and news pages")]
    internal static class Page
    {
        public const string Intro = "news.intro";
        public const string AddEventToCalendar = "news.add_event_to_calendar";
        public const string AllEventsCalendar = "news.all_events_calendar";
    }
}
