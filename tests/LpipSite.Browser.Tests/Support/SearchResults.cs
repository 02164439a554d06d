using Microsoft.Playwright;

namespace LpipSite.Browser.Tests.Support;

/// <summary>The results the search page shows, ten at a time.</summary>
public static class SearchResults
{
    /// <summary>
    /// A JavaScript predicate (taking the query) that holds once all the results the page shows for
    /// that query are on screen: they appear one by one, with aria-busy on the list until the last.
    /// </summary>
    public const string ShownFor = """
        q => {
          const list = document.getElementById('search-results');
          return list.getAttribute('data-query') === q && list.getAttribute('aria-busy') !== 'true';
        }
        """;

    /// <summary>Waits until all the results the page shows for <paramref name="query"/> are on screen.</summary>
    public static Task WaitForAsync(IPage page, string query) => page.WaitForFunctionAsync(ShownFor, query);

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
            await page.WaitForFunctionAsync(
                "n => document.querySelectorAll('#search-results > li').length > n && document.getElementById('search-results').getAttribute('aria-busy') !== 'true'", shown);
        }

        return await LinksAsync(page);
    }
}
