using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LpipSite.Testing;

/// <summary>
/// Finds anything in a built page that could run script or take over the page: script other
/// than the theme's own same-origin files and JSON-LD data, event-handler attributes,
/// javascript:/data:/vbscript: addresses, embedded or framing elements, a base element, a
/// refresh, and forms or styles that come from contributor content.
/// </summary>
public static class HtmlSafety
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "cite", "srcset", "ping"];

    private static readonly string[] ForbiddenElements = ["iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"];

    private static readonly string[] DangerousSchemes = ["javascript:", "data:", "vbscript:"];

    /// <summary>Every problem in one page, each naming the file and the offending markup.</summary>
    public static IReadOnlyList<string> Problems(string path, string html)
    {
        var problems = new List<string>();
        using var document = new HtmlParser().ParseDocument(html);
        void Report(IElement element, string why)
        {
            var markup = element.OuterHtml;
            problems.Add($"{path}: {why}: {(markup.Length > 160 ? markup[..160] + "…" : markup)}");
        }

        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (ForbiddenElements.Contains(name))
            {
                Report(element, $"<{name}> element");
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    Report(element, $"event handler attribute '{attribute.Name}'");
                }

                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && IsDangerous(attribute.Value))
                {
                    Report(element, $"dangerous address in '{attribute.Name}'");
                }
            }

            switch (name)
            {
                case "script":
                    CheckScript(element, Report);
                    break;
                case "form" when element.Closest(".prose") is not null || !IsSameOrigin(element.GetAttribute("action") ?? string.Empty):
                    Report(element, "a form that is not the theme's own");
                    break;
                case "meta" when string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase):
                    Report(element, "a refresh");
                    break;
                case "link" when (element.GetAttribute("rel") ?? string.Empty).Contains("stylesheet", StringComparison.OrdinalIgnoreCase)
                                 && !IsSameOrigin(element.GetAttribute("href") ?? string.Empty):
                    Report(element, "a stylesheet from another site");
                    break;
                case "style" when element.Closest(".prose") is not null:
                    Report(element, "a style element from content");
                    break;
            }

            if (element.HasAttribute("style") && element.Closest(".prose") is not null)
            {
                Report(element, "a style attribute from content");
            }
        }

        return problems;
    }

    /// <summary>Every problem in every HTML file under a folder.</summary>
    public static IReadOnlyList<string> ProblemsInFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(f => Problems(Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();

    /// <summary>A browser's reading of the scheme: control characters and spaces are ignored, case does not matter.</summary>
    public static bool IsDangerous(string value)
    {
        var compact = new string(value.Where(c => c > ' ' && c != '\u007f').ToArray()).ToLowerInvariant();
        return DangerousSchemes.Any(s => compact.StartsWith(s, StringComparison.Ordinal) || compact.Contains(", " + s, StringComparison.Ordinal) || compact.Contains("," + s, StringComparison.Ordinal));
    }

    private static bool IsSameOrigin(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private static void CheckScript(IElement script, Action<IElement, string> report)
    {
        var src = script.GetAttribute("src");
        var type = script.GetAttribute("type");
        if (src is not null)
        {
            if (!IsSameOrigin(src))
            {
                report(script, "a script from another site");
            }

            if (script.TextContent.Trim().Length > 0)
            {
                report(script, "a script with both src and inline code");
            }

            return;
        }

        if (!string.Equals(type, "application/ld+json", StringComparison.OrdinalIgnoreCase))
        {
            report(script, "an inline script");
            return;
        }

        try
        {
            using var _ = JsonDocument.Parse(script.TextContent);
        }
        catch (JsonException)
        {
            report(script, "JSON-LD that is not valid JSON (something broke out of it)");
        }
    }
}
