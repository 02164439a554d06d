using System.Text;
using AngleSharp.Html.Parser;
using LpipSite.Core.Tests.Support;
using IcalCalendar = Ical.Net.Calendar;

namespace LpipSite.Core.Tests.Reuse;

public class CalendarTests
{
    public static TheoryData<string> CalendarFiles => new()
    {
        "training/sessions.ics",
        "news/events.ics",
        "training/running-a-community-panel/sessions.ics",
        "news/hub-conference/event.ics",
    };

    [Theory]
    [MemberData(nameof(CalendarFiles))]
    public void Calendars_use_crlf_and_fold_lines_at_75_octets(string path)
    {
        var bytes = ReuseFiles.Bytes(path);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var line in text.Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, "line over 75 octets: " + line);
        }

        Assert.Contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London", text, StringComparison.Ordinal);
        Assert.Contains("TZNAME:BST", text, StringComparison.Ordinal);
        Assert.Contains("TZNAME:GMT", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CalendarFiles))]
    public void Calendars_parse_with_ical_net(string path)
    {
        var calendar = IcalCalendar.Load(ReuseFiles.Text(path))!;
        Assert.NotNull(calendar);
        Assert.Contains(calendar.TimeZones, tz => tz.TzId == "Europe/London");
        Assert.All(calendar.Events, e =>
        {
            Assert.False(string.IsNullOrEmpty(e.Uid));
            Assert.NotNull(e.DtStamp);
            Assert.NotNull(e.Start);
            Assert.False(string.IsNullOrEmpty(e.Summary));
        });
    }

    [Fact]
    public void Training_sessions_have_uk_local_times_stable_uids_and_a_content_dtstamp()
    {
        var calendar = IcalCalendar.Load(ReuseFiles.Text("training/running-a-community-panel/sessions.ics"))!;
        var events = calendar.Events.OrderBy(e => e.Start!.Value).ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal("Europe/London", events[0].Start!.TzId);
        Assert.Equal(new DateTime(2025, 3, 4, 14, 0, 0), events[0].Start!.Value);
        Assert.Equal(new DateTime(2025, 3, 4, 16, 30, 0), events[0].End!.Value);
        Assert.Equal(new DateTime(2025, 9, 10, 10, 0, 0), events[1].Start!.Value);
        Assert.Equal("Online", events[1].Location);
        Assert.StartsWith("training-running-a-community-panel-20250304T1400@", events[0].Uid, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2025, 3, 4, 0, 0, 0), events[0].DtStamp!.Value);

        // The site-wide file holds the same events with the same UIDs.
        var all = IcalCalendar.Load(ReuseFiles.Text("training/sessions.ics"))!;
        Assert.Contains(all.Events, e => e.Uid == events[0].Uid);
    }

    [Fact]
    public void News_event_dtstamp_is_the_item_date()
    {
        var e = Assert.Single(IcalCalendar.Load(ReuseFiles.Text("news/hub-conference/event.ics"))!.Events);
        Assert.Equal(new DateTime(2025, 5, 1, 0, 0, 0), e.DtStamp!.Value);
        Assert.Equal(new DateTime(2025, 11, 25, 9, 30, 0), e.Start!.Value);
        Assert.Contains("Birmingham", e.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void All_day_events_are_value_date_with_an_exclusive_end()
    {
        var session = new LpipSite.Core.Model.EventSession(new DateTime(2027, 3, 10), new DateTime(2027, 3, 11), false, "Cardiff, Wales; room 2", false, null);
        var bytes = LpipSite.Core.Outputs.Calendar.Write("Test", [new LpipSite.Core.Outputs.CalendarEvent("uid-1@example.org", "An all-day event", "Two days.", session, "https://example.org/x/", new DateOnly(2027, 1, 1))], DefaultThemeText.English);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("DTSTART;VALUE=DATE:20270310\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTEND;VALUE=DATE:20270312\r\n", text, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Cardiff\\, Wales\\; room 2\r\n", text, StringComparison.Ordinal);
        var e = Assert.Single(IcalCalendar.Load(text)!.Events);
        Assert.False(e.Start!.HasTime);
        Assert.Equal("Cardiff, Wales; room 2", e.Location);
    }

    [Fact]
    public void Long_multibyte_lines_fold_without_splitting_a_character_and_unfold_to_the_original()
    {
        var summary = string.Concat(Enumerable.Repeat("Cymraeg: ŵ ŷ â — ", 12));
        var session = new LpipSite.Core.Model.EventSession(new DateTime(2027, 3, 10, 10, 0, 0), new DateTime(2027, 3, 10, 12, 0, 0), true, null, true, null);
        var bytes = LpipSite.Core.Outputs.Calendar.Write("Test", [new LpipSite.Core.Outputs.CalendarEvent("uid-2@example.org", summary, "d", session, "https://example.org/x/", new DateOnly(2027, 1, 1))], DefaultThemeText.English);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75));
        Assert.DoesNotContain('\uFFFD', text);
        var e = Assert.Single(IcalCalendar.Load(text)!.Events);
        Assert.Equal(summary, e.Summary);
    }

    [Fact]
    public void Pages_link_to_their_calendars()
    {
        string Href(string page, string file) =>
            new HtmlParser().ParseDocument(ReuseFiles.Text(page)).QuerySelector($"a[href='{file}']")?.GetAttribute("href") ?? "missing on " + page;
        Assert.Equal("/training/running-a-community-panel/sessions.ics", Href("training/running-a-community-panel/index.html", "/training/running-a-community-panel/sessions.ics"));
        Assert.Equal("/news/hub-conference/event.ics", Href("news/hub-conference/index.html", "/news/hub-conference/event.ics"));
        Assert.Equal("/training/sessions.ics", Href("training/index.html", "/training/sessions.ics"));
        Assert.Equal("/news/events.ics", Href("news/index.html", "/news/events.ics"));
    }
}
