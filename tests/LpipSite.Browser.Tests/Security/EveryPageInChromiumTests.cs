using System.Text;
using LpipSite.Browser.Tests.Support;
using Microsoft.Playwright;

namespace LpipSite.Browser.Tests.Security;

/// <summary>
/// Every page of every built site (the shipped site in both its languages), loaded in Chromium with
/// JavaScript on and netlify.toml's Content-Security-Policy applied by the loopback server: no
/// request leaves the machine, no console error, no uncaught exception, no CSP violation, and (on
/// the XSS corpus) no payload runs.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EveryPageInChromiumTests(SiteFixture sites)
{
    /// <summary>The real content, the fixture with every optional field, and both XSS corpora.</summary>
    public static TheoryData<string> SiteNames() => new(["shipped", "full", .. SiteFixture.XssFixtureNames]);

    public static TheoryData<string> XssSiteNames() => new(SiteFixture.XssFixtureNames);

    [Theory]
    [MemberData(nameof(SiteNames))]
    public async Task Every_page_loads_nothing_from_another_host_logs_no_error_and_breaks_no_CSP_rule(string name)
    {
        var site = sites.Site(name);
        var problems = await LoadEveryPageAsync(site, checkXss: false);
        Assert.True(problems.Length == 0, problems.ToString());
    }

    [Theory]
    [MemberData(nameof(XssSiteNames))]
    public async Task No_script_payload_from_the_xss_corpus_runs_in_the_browser(string name)
    {
        var site = sites.Site(name);

        // Any report fails: a dialog, the payload flag, an exception, a CSP violation.
        var problems = await LoadEveryPageAsync(site, checkXss: true);
        Assert.True(problems.Length == 0, problems.ToString());
    }

    [Fact]
    public void The_pages_loaded_from_the_shipped_site_include_its_Welsh_edition_and_Welsh_searches()
    {
        var paths = sites.Shipped.PagePaths().Concat(PageSamples.SearchSamples(sites.Shipped)).ToList();
        var missing = PageSamples.ShippedWelsh.Where(p => !PageSamples.IsMissing(p)).Except(paths, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Welsh samples the every-page check does not load: " + string.Join(", ", missing));
        Assert.Contains("/cy/404.html", paths);
    }

    [Fact]
    public async Task The_loopback_server_sends_the_netlify_toml_policy_that_the_browser_enforces()
    {
        await using var context = await sites.NewContextAsync();
        await PageProbe.AttachAsync(context);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(sites.Full.Url("/"));
        Assert.NotNull(response);
        var headers = await response.AllHeadersAsync();
        Assert.Equal(NetlifyHeaders.For(sites.HeaderRules, "/")["Content-Security-Policy"], headers["content-security-policy"]);

        // A control: an inline script injected into the page is blocked and reported, so a silent pass means something.
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.body.appendChild(s); }");
        await page.WaitForFunctionAsync("() => (window.__cspViolations || []).length > 0", null, new PageWaitForFunctionOptions { Timeout = 5000 });
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__inline"));
        Assert.Contains(await PageProbe.CspViolationsAsync(page), v => v.StartsWith("script-src", StringComparison.Ordinal));
    }

    /// <summary>
    /// Loads every page of a site, in every language it has, and a search with and without results on
    /// each of its search pages (English, and Welsh on the shipped site), two browser tabs at a time.
    /// </summary>
    private async Task<StringBuilder> LoadEveryPageAsync(BuiltSite site, bool checkXss)
    {
        var paths = site.PagePaths().Concat(PageSamples.SearchSamples(site)).ToList();
        var halves = await Task.WhenAll(
            LoadPagesAsync(site, paths.Where((_, i) => i % 2 == 0).ToList(), checkXss),
            LoadPagesAsync(site, paths.Where((_, i) => i % 2 == 1).ToList(), checkXss));
        return halves[0].Append(halves[1]);
    }

    private async Task<StringBuilder> LoadPagesAsync(BuiltSite site, IReadOnlyList<string> paths, bool checkXss)
    {
        var problems = new StringBuilder();
        await using var context = await sites.NewContextAsync();
        var probe = await PageProbe.AttachAsync(context);
        var page = await context.NewPageAsync();
        foreach (var path in paths)
        {
            probe.Clear();
            var response = await page.GotoAsync(site.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            if (response is null || response.Status != 200)
            {
                problems.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{path}: status {response?.Status}");
            }

            await PageSamples.WaitUntilReadyAsync(page, path);
            var csp = await PageProbe.CspViolationsAsync(page);
            var xss = checkXss ? await page.EvaluateAsync<bool>("() => window.__xss !== undefined || window.xss !== undefined") : false;
            if (checkXss)
            {
                // Give deferred handlers (onload, onerror, ontoggle, timers) a moment, and hover and focus everything.
                await page.Mouse.MoveAsync(200, 200);
                await page.Keyboard.PressAsync("Tab");
                await page.WaitForTimeoutAsync(50);
                xss |= await page.EvaluateAsync<bool>("() => window.__xss !== undefined || window.xss !== undefined");
            }

            foreach (var problem in probe.Problems.Concat(csp.Select(v => "CSP violation: " + v)).Concat(xss ? ["an XSS payload ran (window.__xss or window.xss is set)"] : []))
            {
                problems.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{site.Name} {path}: {problem}");
            }
        }

        return problems;
    }
}
