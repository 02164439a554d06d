using LpipSite.Browser.Tests.Support;

namespace LpipSite.Browser.Tests.Search;

/// <summary>The search page (lunr.js) answers a linkable query with results, or with advice when nothing matches, under the strict CSP.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(SiteFixture sites)
{
    [Theory]
    [InlineData("full")]
    [InlineData("shipped")]
    public async Task A_query_that_matches_shows_results_with_the_matched_words_marked(string site)
    {
        await using var context = await sites.NewContextAsync();
        var probe = await PageProbe.AttachAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Site(site).Url(PageSamples.ResultsQuery));
        await PageSamples.WaitUntilReadyAsync(page, PageSamples.ResultsQuery);

        Assert.Matches("^[0-9]+ results? for", await page.Locator("#search-status").TextContentAsync());
        Assert.True(await page.Locator("#search-results > li").CountAsync() > 0);
        Assert.True(await page.Locator("#search-results mark").CountAsync() > 0);
        Assert.True(await page.Locator("#search-empty").IsHiddenAsync());
        Assert.Equal("panel", await page.InputValueAsync("#search-q"));
        Assert.Empty(probe.Problems);
        Assert.Empty(await PageProbe.CspViolationsAsync(page));
    }

    [Theory]
    [InlineData("full")]
    [InlineData("shipped")]
    public async Task A_query_that_matches_nothing_shows_advice(string site)
    {
        await using var context = await sites.NewContextAsync();
        var probe = await PageProbe.AttachAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Site(site).Url(PageSamples.NoResultsQuery));
        await PageSamples.WaitUntilReadyAsync(page, PageSamples.NoResultsQuery);

        Assert.StartsWith("0 results", await page.Locator("#search-status").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#search-empty").IsVisibleAsync());
        Assert.Contains("Check the spelling", await page.Locator("#search-empty").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(probe.Problems);
        Assert.Empty(await PageProbe.CspViolationsAsync(page));
    }

    [Theory]
    [InlineData("full", PageSamples.ResultsQuery, " in ")]
    [InlineData("shipped", PageSamples.WelshResultsQuery, " yn ")]
    public async Task The_type_filters_work_with_the_keyboard_alone(string site, string query, string inTypes)
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Site(site).Url(query));
        await PageSamples.WaitUntilReadyAsync(page, query);
        var all = await page.Locator("#search-results > li").CountAsync();

        await KeyboardSteps.TabToAsync(page, "() => document.activeElement.name === 'type'");
        var type = await page.EvaluateAsync<string>("() => document.activeElement.value");
        await page.Keyboard.PressAsync("Space");
        await page.WaitForFunctionAsync("t => location.search.includes('type=' + t) && (" + PageSamples.SearchAnswered + ")()", type);

        var types = await page.Locator("#search-results .result-type").AllTextContentsAsync();
        Assert.True(types.Count <= all && types.Distinct().Count() <= 1, $"after choosing '{type}' the results show types {string.Join(", ", types.Distinct())}");
        Assert.Contains(inTypes, await page.Locator("#search-status").TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_a_reader_types_before_the_search_script_arrives_is_kept()
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        // Hold the search script back, as a slow connection would, until the reader has typed. Deferred
        // scripts hold back DOMContentLoaded too, so the page is only waited for until it starts to arrive.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync(url => url.Contains("/js/search.", StringComparison.Ordinal), async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(sites.Full.Url("/search/?q=panel"), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Commit });
        await page.FillAsync("#search-q", "community");
        await page.CheckAsync("#search-form input[name=type] >> nth=0");

        release.SetResult();
        await PageSamples.WaitUntilReadyAsync(page, "/search/?q=panel");

        Assert.Equal("community", await page.InputValueAsync("#search-q"));
        Assert.True(await page.IsCheckedAsync("#search-form input[name=type] >> nth=0"));
    }

    private static Task<IReadOnlyList<string>> ResultLinksAsync(Microsoft.Playwright.IPage page) => SearchResults.AllLinksAsync(page);

    [Fact]
    public async Task A_wildcard_query_finds_words_that_start_with_it_on_the_shipped_site()
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        const string query = "/search/?q=retro*";
        await page.GotoAsync(sites.Shipped.Url(query));
        await PageSamples.WaitUntilReadyAsync(page, query);

        // "retro*" matches "retrofit" and "retrofitting", which the query never spells out.
        Assert.Contains("/case-studies/london-lrapp-retrofit-just-transition/", await ResultLinksAsync(page));
        var marks = await page.Locator("#search-results mark").AllTextContentsAsync();
        Assert.Contains(marks, m => m.ToLowerInvariant().StartsWith("retrofit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_welsh_place_name_finds_its_place_first_on_the_shipped_site()
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        var query = "/search/?q=" + Uri.EscapeDataString("Ynys Môn");
        await page.GotoAsync(sites.Shipped.Url(query));
        await PageSamples.WaitUntilReadyAsync(page, query);

        var links = await ResultLinksAsync(page);
        Assert.True(links.Count > 0 && links[0] == "/places/isle-of-anglesey/", "results: " + string.Join(", ", links));
        Assert.Equal("Ynys Môn", await page.InputValueAsync("#search-q"));
    }

    [Fact]
    public async Task The_header_search_box_takes_a_reader_from_any_page_to_linkable_results()
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Shipped.Url("/methods/"));
        await page.FillAsync("#site-search-q", "labour market");
        await page.PressAsync("#site-search-q", "Enter");
        await page.WaitForURLAsync("**/search/?q=labour+market");
        await PageSamples.WaitUntilReadyAsync(page, "/search/?q=labour+market");

        Assert.Matches("^[0-9]+ results? for \u201clabour market\u201d", await page.Locator("#search-status").TextContentAsync());
        Assert.Equal("polite", await page.Locator("#search-status").GetAttributeAsync("aria-live"));
        Assert.NotEmpty(await ResultLinksAsync(page));
    }
}

