using System.Globalization;
using LpipSite.Core.Rendering.Text;

namespace LpipSite.Core.Rendering.Templates;

/// <summary>
/// Culture-free formats (ISO dates for <c>&lt;time datetime&gt;</c> and data) and the built-in
/// British English dates and times of <see cref="Localiser.English"/>, for the citation styles and
/// tests. Pages take their words (counts, lists, file sizes, dates) from the theme's <see cref="Localiser"/>.
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
}
