using System.Globalization;
using LpipSite.Core.Rendering.Text;

namespace LpipSite.Core.Rendering.Templates;

/// <summary>
/// British English display formats, written out explicitly so the machine's culture never matters:
/// "25 November 2026", "2:30pm", "1.4 MB". Dates and times are <see cref="Localiser.English"/>'s;
/// code that renders a page in a theme's language should use the theme's <see cref="Localiser"/>.
/// </summary>
public static class DisplayFormat
{
    /// <summary>"25 November 2026".</summary>
    public static string Date(DateOnly date) => Localiser.English.Date(date);

    /// <summary>"Wednesday 25 November 2026".</summary>
    public static string DateWithDay(DateOnly date) => Localiser.English.DateWithDay(date);

    /// <summary>ISO 8601 calendar date, for <c>&lt;time datetime&gt;</c> and machine-readable data.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 local date and time without seconds (valid in <c>&lt;time datetime&gt;</c>).</summary>
    public static string IsoDateTime(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>GOV.UK style times: "9am", "2:30pm", "midday", "midnight".</summary>
    public static string Time(DateTime value) => Localiser.English.Time(value);

    /// <summary>"340 KB", "1.4 MB": decimal units, one decimal place above a megabyte.</summary>
    public static string FileSize(long bytes)
    {
        if (bytes < 1000)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
        }

        if (bytes < 1_000_000)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Round(bytes / 1000.0, MidpointRounding.AwayFromZero))} KB");
        }

        return bytes < 1_000_000_000
            ? (bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
            : (bytes / 1_000_000_000.0).ToString("0.0", CultureInfo.InvariantCulture) + " GB";
    }

    /// <summary>"1 case study", "3 case studies", with invariant digits.</summary>
    public static string Count(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

    /// <summary>"a, b and c".</summary>
    public static string JoinAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
