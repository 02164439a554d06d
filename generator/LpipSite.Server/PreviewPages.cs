using System.Text;
using LpipSite.Core.Diagnostics;

namespace LpipSite.Server;

/// <summary>
/// What the server adds to pages, and only when serving: a same-origin reload script, and while the
/// content has errors a banner listing them (HTML-escaped). A production build never contains these.
/// </summary>
public static class PreviewPages
{
    public const string Prefix = "/__lpip/";
    public const string EventsPath = "/__lpip/events";
    public const string ReloadScriptPath = "/__lpip/reload.js";
    public const string OverlayStylePath = "/__lpip/overlay.css";
    public const string ErrorsPath = "/__lpip/errors";

    public const string ReloadScriptTag = "<script src=\"/__lpip/reload.js\" defer></script>";

    /// <summary>
    /// Listens for rebuilds over Server-Sent Events and reloads the page when what it shows changed
    /// (the event lists the changed paths; "*" is every page); reconnects by itself.
    /// </summary>
    public const string ReloadScript = """
        // lpip serve: reload this page when a rebuild changes it.
        (function () {
          var version = null;
          var source = new EventSource("/__lpip/events");
          source.addEventListener("hello", function (e) {
            if (version !== null && e.data !== version) { location.reload(); }
            version = e.data;
          });
          source.addEventListener("reload", function (e) {
            var message = JSON.parse(e.data);
            var here = decodeURI(location.pathname);
            version = String(message.version);
            if (message.paths.indexOf("*") !== -1 || message.paths.indexOf(here) !== -1) { location.reload(); }
          });
        })();

        """;

    public const string OverlayStyle = """
        .lpip-overlay{position:fixed;inset:0 0 auto 0;z-index:2147483647;max-height:60vh;overflow:auto;
          margin:0;padding:1rem 1.5rem;background:#fff4f4;color:#1b1b1b;border-bottom:6px solid #b00020;
          font:16px/1.5 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.25)}
        .lpip-overlay h2{margin:0 0 .5rem;font-size:1.25rem;color:#b00020}
        .lpip-overlay ul{margin:.5rem 0 0;padding-left:1.25rem}
        .lpip-overlay code{font:14px/1.4 ui-monospace,monospace;white-space:pre-wrap;word-break:break-word}

        """;

    /// <summary>Adds the reload script (and the stylesheet and banner when there are errors) to a page.</summary>
    public static string Decorate(string html, IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var head = errors.Count > 0
            ? ReloadScriptTag + "<link rel=\"stylesheet\" href=\"" + OverlayStylePath + "\">"
            : ReloadScriptTag;
        html = InsertBefore(html, "</head>", head);
        if (errors.Count == 0)
        {
            return html;
        }

        var body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var bodyEnd = body < 0 ? -1 : html.IndexOf('>', body);
        var overlay = Overlay(diagnostics);
        return bodyEnd < 0 ? overlay + html : html.Insert(bodyEnd + 1, overlay);
    }

    /// <summary>The banner: every diagnostic (file:line:column, code, message), escaped.</summary>
    public static string Overlay(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var text = new StringBuilder();
        text.Append("<section class=\"lpip-overlay\" id=\"lpip-overlay\" role=\"alert\" aria-labelledby=\"lpip-overlay-title\">");
        text.Append("<h2 id=\"lpip-overlay-title\">The site could not be rebuilt: ")
            .Append(errors).Append(errors == 1 ? " error" : " errors").Append("</h2>");
        text.Append("<p>You are seeing the last version that built. Fix the problems below and save; this page reloads by itself.</p><ul>");
        foreach (var d in diagnostics)
        {
            text.Append("<li><code>").Append(Escape(d.Location.ToString())).Append("</code> ")
                .Append(d.Severity == Severity.Error ? "error " : "warning ")
                .Append(Escape(d.Code)).Append(": ").Append(Escape(d.Message));
            if (d.Suggestion is not null)
            {
                text.Append("; ").Append(Escape(d.Suggestion));
            }

            text.Append("</li>");
        }

        return text.Append("</ul></section>").ToString();
    }

    /// <summary>A whole page for when no build has succeeded yet.</summary>
    public static string ErrorPage(IReadOnlyList<Diagnostic> diagnostics) =>
        "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Build errors – lpip serve</title>"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body>"
        + (diagnostics.Count == 0 ? "<p>The site is being built; this page reloads by itself.</p>" : string.Empty)
        + "</body></html>";

    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);

    private static string InsertBefore(string html, string marker, string insert)
    {
        var at = html.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? insert + html : html.Insert(at, insert);
    }
}
