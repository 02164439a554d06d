using LpipSite.Browser.Tests.Support;
using Microsoft.Playwright;

namespace LpipSite.Browser.Tests.NoScript;

/// <summary>With JavaScript switched off, navigation, listings, facets, pagination and the language switcher are plain links that lead to real pages, in English and in Welsh.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoJavaScriptTests(SiteFixture sites)
{

    private static async Task<List<string>> LinksAsync(IPage page, string selector) =>
        (await page.Locator(selector).EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))")).Distinct().ToList();

    private static async Task FollowAsync(IPage page, BuiltSite site, IEnumerable<string> hrefs, List<string> problems, HashSet<string> visited)
    {
        foreach (var href in hrefs.Where(h => h.StartsWith('/') && visited.Add(h)))
        {
            var response = await page.GotoAsync(site.Url(href));
            if (response is null || response.Status != 200)
            {
                problems.Add($"{site.Name} {href}: status {response?.Status}");
            }
            else if (await page.Locator("h1").CountAsync() != 1)
            {
                problems.Add($"{site.Name} {href}: no single h1");
            }
        }
    }

    /// <summary>Fetches each link through the no-JavaScript browser context and checks it is a page with one h1.</summary>
    private static async Task FetchAsync(IBrowserContext context, BuiltSite site, IEnumerable<string> hrefs, List<string> problems, HashSet<string> visited)
    {
        foreach (var href in hrefs.Where(h => h.StartsWith('/') && visited.Add(h)))
        {
            var response = await context.APIRequest.GetAsync(site.Url(href));
            var body = await response.TextAsync();
            if (response.Status != 200)
            {
                problems.Add($"{site.Name} {href}: status {response.Status}");
            }
            else if (href.EndsWith('/') && System.Text.RegularExpressions.Regex.Matches(body, "<h1[ >]").Count != 1)
            {
                problems.Add($"{site.Name} {href}: no single h1");
            }
        }
    }

    /// <summary>The sites and editions to browse without JavaScript: the prefix is "" for English, "/cy" for the shipped site's Welsh edition.</summary>
    public static TheoryData<string, string> Editions() => new()
    {
        { "full", "" },
        { "shipped", "" },
        { "shipped", PageSamples.WelshPrefix },
    };

    [Theory]
    [MemberData(nameof(Editions))]
    public async Task Navigation_listings_facets_and_pagination_work_without_JavaScript(string name, string edition)
    {
        var site = sites.Site(name);
        await using var context = await sites.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);

        await page.GotoAsync(site.Url(edition + "/"));
        var nav = await LinksAsync(page, "nav.site-nav a");
        Assert.True(nav.Count >= 7, "the main navigation has fewer than 7 links");
        var home = await LinksAsync(page, "main a");
        StaysInEdition(edition, edition + "/", nav.Concat(home), problems);
        await FollowAsync(page, site, nav.Concat(home), problems, visited);

        // Every link on every listing: the listings are opened in the browser, the pages they link to fetched.
        foreach (var listing in new[] { "/case-studies/", "/places/", "/methods/", "/training/", "/partnerships/", "/news/", "/themes/" }.Select(l => edition + l))
        {
            await page.GotoAsync(site.Url(listing));
            var links = await LinksAsync(page, "main a");
            StaysInEdition(edition, listing, links, problems);
            await FetchAsync(context, site, links, problems, visited);
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>In a translated edition, every link to a page of the site stays in that edition (files under /assets/ are shared).</summary>
    private static void StaysInEdition(string edition, string from, IEnumerable<string> hrefs, List<string> problems)
    {
        if (edition.Length == 0)
        {
            return;
        }

        foreach (var href in hrefs.Where(h => h.StartsWith('/') && !h.StartsWith("/assets/", StringComparison.Ordinal) && !h.StartsWith(edition + "/", StringComparison.Ordinal)))
        {
            problems.Add($"{from} links out of the {edition}/ edition to {href}");
        }
    }

    [Fact]
    public async Task The_language_switcher_leads_to_the_same_page_in_Welsh_and_back_without_JavaScript()
    {
        await using var context = await sites.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        const string path = "/methods/community-panel/";
        await page.GotoAsync(sites.Shipped.Url(path));

        await Navigation.ToAsync(page, "/cy" + path, () => page.Locator("nav.language-switcher a[hreflang=cy]").ClickAsync());
        Assert.Equal("cy", await page.Locator("html").GetAttributeAsync("lang"));

        await Navigation.ToAsync(page, path, () => page.Locator("nav.language-switcher a[hreflang=en]").ClickAsync());
        Assert.Equal("en-GB", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task The_Welsh_search_page_says_in_Welsh_that_search_needs_JavaScript_and_offers_Welsh_links_to_browse()
    {
        await using var context = await sites.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Shipped.Url(PageSamples.WelshResultsQuery));

        var notice = page.Locator("main noscript p.notice");
        Assert.True(await notice.IsVisibleAsync(), "no notice that search needs JavaScript");
        Assert.StartsWith("Mae angen JavaScript ar y chwiliad", await notice.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#search-results").IsHiddenAsync());
        var browse = await LinksAsync(page, "main section[aria-labelledby=browse] a");
        Assert.NotEmpty(browse);
        Assert.All(browse, href => Assert.StartsWith("/cy/", href, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Facet_links_and_pagination_are_followed_by_clicking_without_JavaScript()
    {
        await using var context = await sites.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Full.Url("/case-studies/"));

        // No script ran: the instant filter box is absent, the facets are plain details/summary.
        Assert.Equal(0, await page.Locator(".card-filter").CountAsync());

        await page.Locator("#facet-theme summary").ClickAsync();
        await page.Locator("#facet-theme a").First.ClickAsync();
        await page.WaitForURLAsync("**/case-studies/theme/**");
        Assert.StartsWith("Case studies:", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(sites.Full.Url("/case-studies/"));
        var next = page.Locator("nav.pagination a[rel=next]");
        await next.ClickAsync();
        await page.WaitForURLAsync("**/case-studies/page/2/");
        Assert.Contains("page 2", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("nav.pagination a[rel=prev]").ClickAsync();
        await page.WaitForURLAsync(u => u.EndsWith("/case-studies/", StringComparison.Ordinal));

        await page.GotoAsync(sites.Full.Url("/case-studies/method/community-panel/"));
        await page.Locator("nav.pagination a[rel=next]").ClickAsync();
        await page.WaitForURLAsync("**/case-studies/method/community-panel/page/2/");
    }
}
