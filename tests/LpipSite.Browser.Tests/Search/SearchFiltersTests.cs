using System.Text.RegularExpressions;
using LpipSite.Browser.Tests.Support;
using Microsoft.Playwright;

namespace LpipSite.Browser.Tests.Search;

/// <summary>
/// The sharded search page in Chromium on the shipped site: facets with counts that narrow results and live
/// in the address, a sort order, ten results at a time with excerpts, "Did you mean", searches without a
/// reload, and only the files a query needs fetched.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SearchFiltersTests(SiteFixture sites)
{
    private async Task<IPage> SearchAsync(IBrowserContext context, string query)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Shipped.Url(query));
        await PageSamples.WaitUntilReadyAsync(page, query);
        return page;
    }

    private static async Task<int> StatusCountAsync(IPage page) =>
        int.Parse(CountAtStart().Match(await page.Locator("#search-status").TextContentAsync() ?? string.Empty).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Each_facet_value_shows_how_many_results_it_leaves_and_choosing_it_with_the_keyboard_narrows_to_that_many()
    {
        await using var context = await sites.NewContextAsync();
        var probe = await PageProbe.AttachAsync(context);
        var page = await SearchAsync(context, "/search/?q=partnership");

        var theme = page.Locator("fieldset[data-facet=theme]");
        Assert.Equal("Theme", await theme.Locator("legend").TextContentAsync());
        var option = theme.Locator(".search-option:visible").First;
        var label = await option.Locator("label").TextContentAsync() ?? string.Empty;
        var match = LabelWithCount().Match(label);
        Assert.True(match.Success, $"'{label}' has no count");
        var value = await option.Locator("input").GetAttributeAsync("value");

        await option.Locator("input").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.WaitForFunctionAsync("v => location.search.includes('theme=' + v) && !document.getElementById('search-status').textContent.startsWith('Searching')", value);

        Assert.Equal(int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), await StatusCountAsync(page));
        Assert.Contains(" in " + match.Groups[1].Value.Trim(), await page.Locator("#search-status").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#search-clear").IsVisibleAsync());
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task Filters_and_order_in_the_address_are_restored_and_newest_comes_first()
    {
        await using var context = await sites.NewContextAsync();
        var page = await SearchAsync(context, "/search/?q=wales&nation=wales&type=case-study&sort=newest");

        Assert.True(await page.IsCheckedAsync("#facet-nation-wales"));
        Assert.True(await page.IsCheckedAsync("#type-case-study"));
        Assert.Equal("newest", await page.InputValueAsync("#search-sort"));
        var types = await page.Locator("#search-results .result-type").AllTextContentsAsync();
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("Case study", t));

        // Case studies' meta lines end with their dates; newest first means they never go up.
        var dates = (await page.Locator("#search-results .result-meta").AllTextContentsAsync())
            .Select(m => DateOnly.ParseExact(m.Split(" · ")[^1], "d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public async Task A_misspelt_query_shows_results_for_similar_words_and_offers_the_word_it_meant()
    {
        await using var context = await sites.NewContextAsync();
        var page = await SearchAsync(context, "/search/?q=partnrship");

        Assert.StartsWith("No results for “partnrship”.", await page.Locator("#search-status").TextContentAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(await SearchResults.LinksAsync(page));
        Assert.Equal("Did you mean partnership?", await page.Locator("#search-suggestion").TextContentAsync());

        await page.Locator("#search-suggestion a").ClickAsync();
        await SearchResults.WaitForAsync(page, "partnership");
        Assert.Matches("^[0-9]+ results for “partnership”", await page.Locator("#search-status").TextContentAsync());
        Assert.Contains("q=partnership", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("#search-suggestion").IsHiddenAsync());
    }

    [Fact]
    public async Task Results_come_ten_at_a_time_with_excerpts_and_show_more_moves_focus_to_the_first_new_one()
    {
        await using var context = await sites.NewContextAsync();
        var page = await SearchAsync(context, "/search/?q=partnership");
        Assert.True(await StatusCountAsync(page) > 10);
        Assert.Equal(10, await page.Locator("#search-results > li").CountAsync());
        Assert.Contains("(showing the first 10)", await page.Locator("#search-status").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#search-results .result-excerpt mark").CountAsync() > 0);

        await page.Locator("#search-more").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#search-results > li').length > 10 && document.getElementById('search-results').getAttribute('aria-busy') !== 'true'");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        Assert.Equal(await page.Locator("#search-results > li >> nth=10").Locator(".result-title a").GetAttributeAsync("href"), focused);
    }

    [Fact]
    public async Task A_new_search_replaces_the_results_without_a_reload_and_back_returns_to_the_last_one()
    {
        await using var context = await sites.NewContextAsync();
        var page = await SearchAsync(context, "/search/?q=retrofit");
        await page.EvaluateAsync("() => { window.stillThisPage = true; }");

        await page.FillAsync("#search-q", "skills");
        await page.PressAsync("#search-q", "Enter");
        await SearchResults.WaitForAsync(page, "skills");
        Assert.True(await page.EvaluateAsync<bool>("() => window.stillThisPage === true"), "the page reloaded");
        Assert.EndsWith("?q=skills", page.Url, StringComparison.Ordinal);

        await page.GoBackAsync();
        await SearchResults.WaitForAsync(page, "retrofit");
        Assert.Equal("retrofit", await page.InputValueAsync("#search-q"));
    }

    [Fact]
    public async Task A_query_fetches_only_its_term_shards_the_filters_and_the_documents_on_screen()
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) =>
        {
            lock (requested)
            {
                requested.Add(new Uri(request.Url).AbsolutePath);
            }
        };
        await page.GotoAsync(sites.Shipped.Url("/search/?q=retrofit"));
        await PageSamples.WaitUntilReadyAsync(page, "/search/?q=retrofit");

        var search = requested.Where(p => p.StartsWith("/search/", StringComparison.Ordinal) && p != "/search/").ToList();
        Assert.DoesNotContain("/search/index.json", search);
        Assert.DoesNotContain("/search/documents.json", search);
        Assert.DoesNotContain("/search/vocabulary.json", search);
        Assert.Contains("/search/manifest.json", search);
        Assert.Contains("/search/filters.json", search);
        Assert.InRange(search.Count(p => p.StartsWith("/search/terms/", StringComparison.Ordinal)), 1, 2);
        Assert.Equal(await page.Locator("#search-results > li").CountAsync(), search.Count(p => p.StartsWith("/search/docs/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_Welsh_page_labels_its_filters_and_suggests_a_word_in_Welsh()
    {
        await using var context = await sites.NewContextAsync();
        var page = await SearchAsync(context, "/cy/search/?q=cymru");
        Assert.Equal("Thema", await page.Locator("fieldset[data-facet=theme] legend").TextContentAsync());
        Assert.Equal("Gwlad", await page.Locator("fieldset[data-facet=nation] legend").TextContentAsync());
        Assert.Contains("Cymru (", await page.Locator("fieldset[data-facet=nation]").InnerTextAsync(), StringComparison.Ordinal);

        var misspelt = await SearchAsync(context, "/cy/search/?q=caerdidd");
        Assert.StartsWith("Dim canlyniadau ar gyfer “caerdidd”.", await misspelt.Locator("#search-status").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("Oeddech chi'n golygu caerdydd?", await misspelt.Locator("#search-suggestion").TextContentAsync());
        Assert.All(await SearchResults.LinksAsync(misspelt), href => Assert.StartsWith("/cy/", href, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^(.*) \(([0-9]+)\)$")]
    private static partial Regex LabelWithCount();

    [GeneratedRegex("^([0-9]+) ")]
    private static partial Regex CountAtStart();
}
