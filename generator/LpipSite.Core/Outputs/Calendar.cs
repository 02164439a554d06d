using System.Globalization;
using System.Text;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Text;

namespace LpipSite.Core.Outputs;

/// <summary>One VEVENT: a training session or a news event.</summary>
internal sealed record CalendarEvent(
    string Uid,
    string Summary,
    string Description,
    EventSession Session,
    string Url,
    DateOnly Stamp);

/// <summary>
/// iCalendar (RFC 5545) files written by hand: CRLF line ends, lines folded at 75 octets without
/// splitting a UTF-8 sequence, TEXT values escaped, times as Europe/London local times with a
/// VTIMEZONE (GMT/BST rules), all-day sessions as VALUE=DATE. DTSTAMP comes from the content
/// (the item's date), never the clock, so the same content gives the same bytes.
/// </summary>
internal static class Calendar
{
    public const string TimeZone = "Europe/London";

    private static readonly string[] TimeZoneBlock =
    [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/London",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100",
        "TZNAME:BST",
        "DTSTART:19810329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000",
        "TZNAME:GMT",
        "DTSTART:19961027T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ];

    /// <summary>A stable UID: the kind and id of the item and the session's start, at the site's host.</summary>
    public static string Uid(string kind, string id, EventSession session, SiteSettings settings) =>
        kind + "-" + id + "-" + session.Start.ToString(session.HasTime ? "yyyyMMdd'T'HHmm" : "yyyyMMdd", CultureInfo.InvariantCulture) + "@" + settings.BaseUrl.Host;

    /// <param name="name">The calendar's name (X-WR-CALNAME).</param>
    /// <param name="events">Its events, in any order.</param>
    /// <param name="words">The theme's text in the site's language, for the words of online locations.</param>
    public static byte[] Write(string name, IEnumerable<CalendarEvent> events, Localiser words)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//LPIP Hub//LpipSite//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Escape(name),
            "X-WR-TIMEZONE:" + TimeZone,
        };
        lines.AddRange(TimeZoneBlock);
        foreach (var e in events.OrderBy(e => e.Session.Start).ThenBy(e => e.Uid, StringComparer.Ordinal))
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add("UID:" + e.Uid);
            lines.Add("DTSTAMP:" + e.Stamp.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "T000000Z");
            var s = e.Session;
            if (s.HasTime)
            {
                lines.Add("DTSTART;TZID=" + TimeZone + ":" + LocalTime(s.Start));
                lines.Add("DTEND;TZID=" + TimeZone + ":" + LocalTime(s.End ?? s.Start.AddHours(1)));
            }
            else
            {
                // All-day: DTEND is the day after the last day (exclusive).
                var end = DateOnly.FromDateTime(s.End ?? s.Start).AddDays(1);
                lines.Add("DTSTART;VALUE=DATE:" + s.Start.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
                lines.Add("DTEND;VALUE=DATE:" + end.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            }

            lines.Add("SUMMARY:" + Escape(e.Summary));
            lines.Add("DESCRIPTION:" + Escape(e.Description + "\n\n" + e.Url));
            var location = (s.Online, string.IsNullOrWhiteSpace(s.Location) ? null : s.Location) switch
            {
                (true, null) => words.Text(GeneratorTextKeys.Calendar.Online),
                (true, { } place) when !string.Equals(place, "Online", StringComparison.OrdinalIgnoreCase) => words.Text(GeneratorTextKeys.Calendar.InPersonAndOnline, ("location", place)),
                (_, { } place) => place,
                _ => null,
            };
            if (location is not null)
            {
                lines.Add("LOCATION:" + Escape(location));
            }

            lines.Add("URL:" + e.Url);
            lines.Add("END:VEVENT");
        }

        lines.Add("END:VCALENDAR");
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(sb, line);
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static string LocalTime(DateTime value) => value.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>Escapes a TEXT value: backslash, semicolon, comma and line breaks.</summary>
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .ReplaceLineEndings("\n")
            .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Writes a content line folded so no physical line exceeds 75 octets (RFC 5545 §3.1).</summary>
    public static void Fold(StringBuilder sb, string line)
    {
        var octets = 0;
        var limit = 75;
        var runes = line.EnumerateRunes();
        foreach (var rune in runes)
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                sb.Append("\r\n ");
                octets = 1;
            }

            sb.Append(rune.ToString());
            octets += size;
        }

        sb.Append("\r\n");
    }
}
