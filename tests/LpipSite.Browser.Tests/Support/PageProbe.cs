using Microsoft.Playwright;

namespace LpipSite.Browser.Tests.Support;

/// <summary>
/// Watches a page for what must never happen: a request to another host (aborted and
/// recorded), a console error, an uncaught exception, a dialog (alert/confirm/prompt), and a
/// Content-Security-Policy violation (seen through a <c>securitypolicyviolation</c> listener
/// installed before any page script, and Chromium's console report).
/// </summary>
public sealed class PageProbe
{
    public const string InitScript = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', function (e) {
          window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
        });
        """;

    private readonly List<string> _problems = [];

    private PageProbe()
    {
    }

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return _problems.ToList();
            }
        }
    }

    private void Add(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }

    public void Clear()
    {
        lock (_problems)
        {
            _problems.Clear();
        }
    }

    /// <summary>Installs the probe on a context: every page opened in it is watched.</summary>
    public static async Task<PageProbe> AttachAsync(IBrowserContext context, bool expectConsoleErrorsFor404 = false)
    {
        var probe = new PageProbe();
        await context.AddInitScriptAsync(InitScript);
        await context.RouteAsync("**/*", async route =>
        {
            var uri = new Uri(route.Request.Url);
            if (uri.Scheme is "http" or "https" && !uri.IsLoopback)
            {
                probe.Add("request to another host: " + route.Request.Url);
                await route.AbortAsync();
                return;
            }

            await route.ContinueAsync();
        });
        context.Page += (_, page) => Watch(page, probe, expectConsoleErrorsFor404);
        return probe;
    }

    private static void Watch(IPage page, PageProbe probe, bool expect404)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !(expect404 && message.Text.Contains("404", StringComparison.Ordinal)))
            {
                probe.Add($"console error on {page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => probe.Add($"uncaught exception on {page.Url}: {error}");
        page.Dialog += async (_, dialog) =>
        {
            probe.Add($"a {dialog.Type} dialog opened on {page.Url}: {dialog.Message}");
            await dialog.DismissAsync();
        };
    }

    /// <summary>CSP violations the page itself saw.</summary>
    public static async Task<IReadOnlyList<string>> CspViolationsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("() => window.__cspViolations || []");
}
