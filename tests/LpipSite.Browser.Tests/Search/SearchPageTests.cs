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

    [Fact]
    public async Task The_type_filters_work_with_the_keyboard_alone()
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Full.Url(PageSamples.ResultsQuery));
        await PageSamples.WaitUntilReadyAsync(page, PageSamples.ResultsQuery);
        var all = await page.Locator("#search-results > li").CountAsync();

        await KeyboardSteps.TabToAsync(page, "() => document.activeElement.name === 'type'");
        var type = await page.EvaluateAsync<string>("() => document.activeElement.value");
        await page.Keyboard.PressAsync("Space");
        await page.WaitForFunctionAsync("t => location.search.includes('type=' + t) && !document.getElementById('search-status').textContent.startsWith('Searching')", type);

        var types = await page.Locator("#search-results .result-type").AllTextContentsAsync();
        Assert.True(types.Count <= all && types.Distinct().Count() <= 1, $"after choosing '{type}' the results show types {string.Join(", ", types.Distinct())}");
        Assert.Contains(" in ", await page.Locator("#search-status").TextContentAsync(), StringComparison.Ordinal);
    }
}
