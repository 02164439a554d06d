using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace LpipSite.Core.Rendering.Maps;

/// <summary>A marker on the map: a place page and its approximate centre.</summary>
internal sealed record MapMarker(string Name, string Url, double Latitude, double Longitude, bool Current);

/// <summary>
/// Build-time SVG maps of the UK (with Ireland for context) from the theme's committed outline
/// (<c>data/uk-outline.json</c>, simplified from Natural Earth by
/// <c>scripts/make-uk-outline.js</c>). An equirectangular projection scaled by cos(54.5°) keeps
/// Britain's shape; coordinates are rounded to 0.1 so output never varies. No tiles, no requests.
/// </summary>
internal sealed class UkMap
{
    private const double West = -10.8, East = 2.0, South = 49.8, North = 60.95;
    private const double Width = 300;
    private static readonly double XScale = Math.Cos(54.5 * Math.PI / 180);

    private readonly List<(string Country, string Path)> _outlines;

    private UkMap(List<(string Country, string Path)> outlines) => _outlines = outlines;

    public static double Height => Math.Round((North - South) / ((East - West) * XScale) * Width, 1);

    /// <summary>The map for a theme, or null when no theme in its lineage has the outline file.</summary>
    public static UkMap? Load(IEnumerable<string> themeDirectories)
    {
        var file = themeDirectories.Select(d => Path.Combine(d, "data", "uk-outline.json")).FirstOrDefault(File.Exists);
        if (file is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        var outlines = new List<(string, string)>();
        foreach (var country in document.RootElement.GetProperty("countries").EnumerateArray())
        {
            var path = new StringBuilder();
            foreach (var ring in country.GetProperty("rings").EnumerateArray())
            {
                var first = true;
                foreach (var point in ring.EnumerateArray())
                {
                    var (x, y) = Project(point[1].GetDouble(), point[0].GetDouble());
                    path.Append(first ? 'M' : 'L').Append(Number(x)).Append(',').Append(Number(y));
                    first = false;
                }

                path.Append('Z');
            }

            outlines.Add((country.GetProperty("name").GetString() ?? string.Empty, path.ToString()));
        }

        return new UkMap(outlines);
    }

    public static (double X, double Y) Project(double latitude, double longitude) =>
        ((longitude - West) * XScale / ((East - West) * XScale) * Width, (North - latitude) / (North - South) * Height);

    private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The SVG, with a title and description, and each marker a link named by its place.</summary>
    public string Svg(string id, string title, string description, IReadOnlyList<MapMarker> markers)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var sb = new StringBuilder();
        sb.Append("<svg class=\"uk-map\" id=\"").Append(id).Append("\" viewBox=\"0 0 ").Append(Number(Width)).Append(' ').Append(Number(Height))
            .Append("\" width=\"").Append(Number(Width)).Append("\" height=\"").Append(Number(Height))
            .Append("\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        sb.Append("<title id=\"").Append(id).Append("-title\">").Append(E(title)).Append("</title>\n");
        sb.Append("<desc id=\"").Append(id).Append("-desc\">").Append(E(description)).Append("</desc>\n");
        foreach (var (country, path) in _outlines)
        {
            var css = country == "United Kingdom" ? "land land-uk" : "land land-context";
            sb.Append("<path class=\"").Append(css).Append("\" d=\"").Append(path).Append("\"/>\n");
        }

        foreach (var marker in markers.OrderBy(m => m.Current).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Url, StringComparer.Ordinal))
        {
            var (x, y) = Project(marker.Latitude, marker.Longitude);
            sb.Append("<a class=\"marker").Append(marker.Current ? " marker-current" : string.Empty).Append("\" href=\"").Append(E(marker.Url)).Append("\">")
                .Append("<title>").Append(E(marker.Name)).Append("</title>")
                .Append("<circle cx=\"").Append(Number(x)).Append("\" cy=\"").Append(Number(y)).Append("\" r=\"").Append(marker.Current ? "6" : "4.5").Append("\"/></a>\n");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }
}
