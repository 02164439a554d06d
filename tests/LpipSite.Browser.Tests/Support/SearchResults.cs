using Microsoft.Playwright;

namespace LpipSite.Browser.Tests.Support;

/// <summary>The results the search page shows, ten at a time.</summary>
public static class SearchResults
{
    /// <summary>The result links on screen.</summary>
    public static async Task<IReadOnlyList<string>> LinksAsync(IPage page) =>
        await page.Locator("#search-results .result-title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

    /// <summary>Presses "Show more results" until every result is on screen, then returns their links.</summary>
    public static async Task<IReadOnlyList<string>> AllLinksAsync(IPage page)
    {
        var more = page.Locator("#search-more");
        while (await more.IsVisibleAsync())
        {
            var shown = await page.Locator("#search-results > li").CountAsync();
            await more.ClickAsync();
            await page.WaitForFunctionAsync("n => document.querySelectorAll('#search-results > li').length > n", shown);
        }

        return await LinksAsync(page);
    }
}
