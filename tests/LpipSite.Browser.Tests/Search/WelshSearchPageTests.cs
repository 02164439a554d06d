using LpipSite.Browser.Tests.Support;
using Microsoft.Playwright;

namespace LpipSite.Browser.Tests.Search;

/// <summary>
/// The shipped site's Welsh search page (/cy/search/, its own index, lunr-cy.js) in Chromium: a word
/// typed in any of its initial mutations finds the pages that have another form of it, the status
/// line speaks Welsh (plural forms included), and every result is a Welsh page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WelshSearchPageTests(SiteFixture sites)
{
    private const string SeneddLaunch = "/cy/case-studies/cymru-wledig-senedd-launch-and-programme/";
    private const string ResponsiveResearch = "/cy/case-studies/cymru-wledig-responsive-research-projects/";
    private const string AccessibilityStatement = "/cy/accessibility-statement/";

    /// <summary>The words of the page's own text (main > article), lower case.</summary>
    private const string ArticleWords = """
        () => (document.querySelector('main > article') || document.querySelector('main')).innerText
          .toLowerCase().split(/[^\p{L}\p{M}]+/u).filter(w => w !== '')
        """;

    [Theory]
    [InlineData("Nghaerdydd", "Caerdydd", SeneddLaunch)] // nasal: yng Nghaerdydd
    [InlineData("Gaerdydd", "Caerdydd", SeneddLaunch)] // soft: i Gaerdydd
    [InlineData("Chaerdydd", "Caerdydd", SeneddLaunch)] // aspirate: a Chaerdydd
    [InlineData("Fangor", "Bangor", SeneddLaunch)] // soft: i Fangor
    [InlineData("Mangor", "Bangor", SeneddLaunch)] // nasal: ym Mangor
    public async Task Typing_a_mutated_form_into_the_Welsh_search_finds_the_page_that_has_only_the_radical_form(string typed, string radical, string expected)
    {
        await using var context = await sites.NewContextAsync();
        var probe = await PageProbe.AttachAsync(context);
        var page = await context.NewPageAsync();

        var links = await TypeAndSearchAsync(page, typed);

        Assert.True(links.Contains(expected), $"searching for {typed} did not find {expected} (which says {radical}); results: {string.Join(", ", links)}");
        await AssertWelshAnswerAsync(page, typed, links);

        // The page found says the radical form and never the typed one: only the mutation rules can have found it.
        var words = await OpenResultAsync(page, expected);
        Assert.Contains(radical.ToLowerInvariant(), words);
        Assert.DoesNotContain(typed.ToLowerInvariant(), words);
        Assert.Empty(probe.Problems);
        Assert.Empty(await PageProbe.CspViolationsAsync(page));
    }

    [Theory]
    [InlineData("Cymraeg", "Gymraeg", ResponsiveResearch)] // soft: y Gymraeg (also in the result's summary)
    [InlineData("Cymru", "Chymru", AccessibilityStatement)] // aspirate: a Chymru
    [InlineData("cyngor", "gyngor", AccessibilityStatement)] // soft: Mae gan AbilityNet gyngor
    public async Task Typing_the_radical_form_into_the_Welsh_search_finds_the_page_that_has_only_a_mutated_form(string typed, string mutated, string expected)
    {
        await using var context = await sites.NewContextAsync();
        var probe = await PageProbe.AttachAsync(context);
        var page = await context.NewPageAsync();

        var links = await TypeAndSearchAsync(page, typed);

        Assert.True(links.Contains(expected), $"searching for {typed} did not find {expected} (which says {mutated}); results: {string.Join(", ", links)}");
        await AssertWelshAnswerAsync(page, typed, links);

        // Where the result's title or summary shows the mutated form, that word is marked as a match.
        var result = page.Locator("#search-results > li").Filter(new LocatorFilterOptions { Has = page.Locator($"a[href='{expected}']") });
        var shown = (await result.InnerTextAsync()).ToLowerInvariant();
        if (shown.Contains(mutated.ToLowerInvariant(), StringComparison.Ordinal))
        {
            var marks = await result.Locator("mark").AllTextContentsAsync();
            Assert.Contains(marks, m => m.ToLowerInvariant().StartsWith(mutated.ToLowerInvariant(), StringComparison.Ordinal));
        }

        var words = await OpenResultAsync(page, expected);
        Assert.Contains(mutated.ToLowerInvariant(), words);
        Assert.DoesNotContain(typed.ToLowerInvariant(), words);
        Assert.Empty(probe.Problems);
        Assert.Empty(await PageProbe.CspViolationsAsync(page));
    }

    [Fact]
    public async Task A_mutated_query_marks_both_the_radical_and_the_mutated_forms_in_the_Welsh_results()
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        const string query = "/cy/search/?q=Nghymru";
        await page.GotoAsync(sites.Shipped.Url(query));
        await PageSamples.WaitUntilReadyAsync(page, query);

        // "Cymru Wledig …" and "… yng Nghymru wledig" are both titles of Welsh case studies.
        var marks = (await page.Locator("#search-results mark").AllTextContentsAsync()).Select(m => m.Trim('.', ',', ':', ';')).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Cymru", marks);
        Assert.Contains("Nghymru", marks);
        await AssertWelshAnswerAsync(page, "Nghymru", await ResultLinksAsync(page));
    }

    [Fact]
    public async Task The_Welsh_search_says_in_Welsh_that_it_is_searching_until_its_own_index_arrives()
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        var requested = new List<string>();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync(url => url.Contains("/search/manifest.json", StringComparison.Ordinal), async route =>
        {
            lock (requested)
            {
                requested.Add(new Uri(route.Request.Url).AbsolutePath);
            }

            await release.Task;
            await route.ContinueAsync();
        });
        const string query = "/cy/search/?q=caerdydd";
        await page.GotoAsync(sites.Shipped.Url(query));

        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent !== ''");
        Assert.Equal(WelshText.Searching, await page.Locator("#search-status").TextContentAsync());

        release.SetResult();
        await PageSamples.WaitUntilReadyAsync(page, query);
        await AssertWelshAnswerAsync(page, "caerdydd", await ResultLinksAsync(page));
        Assert.Equal(new[] { "/cy/search/manifest.json" }, requested);
    }

    [Fact]
    public async Task A_Welsh_query_that_matches_nothing_gets_Welsh_advice()
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        var query = PageSamples.InWelsh(PageSamples.NoResultsQuery);
        await page.GotoAsync(sites.Shipped.Url(query));
        await PageSamples.WaitUntilReadyAsync(page, query);

        Assert.Equal(WelshText.SearchStatus(0, "zzqxvw"), await page.Locator("#search-status").TextContentAsync());
        Assert.True(await page.Locator("#search-empty").IsVisibleAsync());
        Assert.Equal("Dim canlyniadau", await page.Locator("#search-empty h2").InnerTextAsync());
        Assert.Contains("Gwiriwch sillafiad eich geiriau.", await page.Locator("#search-empty").InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>Types a query into the Welsh search box and submits it with Enter, as a reader would; returns the result links.</summary>
    private async Task<IReadOnlyList<string>> TypeAndSearchAsync(IPage page, string typed)
    {
        await page.GotoAsync(sites.Shipped.Url("/cy/search/"));
        await page.FocusAsync("#search-q");
        await page.Keyboard.TypeAsync(typed);
        await Navigation.ToAsync(page, "/cy/search/?q=" + Uri.EscapeDataString(typed), () => page.Keyboard.PressAsync("Enter"));
        await PageSamples.WaitUntilReadyAsync(page, "/cy/search/?q=" + typed);
        Assert.Equal(typed, await page.InputValueAsync("#search-q"));
        return await ResultLinksAsync(page);
    }

    /// <summary>The status line is the Welsh one for the number of results shown, and every result is a page of the Welsh edition.</summary>
    private static async Task AssertWelshAnswerAsync(IPage page, string query, IReadOnlyList<string> links)
    {
        Assert.NotEmpty(links);
        Assert.Equal(WelshText.SearchStatus(links.Count, query), await page.Locator("#search-status").TextContentAsync());
        Assert.All(links, href => Assert.StartsWith("/cy/", href, StringComparison.Ordinal));
        Assert.Equal("cy", await page.Locator("html").GetAttributeAsync("lang"));
    }

    /// <summary>Follows a result's link and returns the words of the page it leads to.</summary>
    private static async Task<string[]> OpenResultAsync(IPage page, string href)
    {
        await Navigation.ToAsync(page, href, () => page.Locator($"#search-results .result-title a[href='{href}']").ClickAsync());
        Assert.Equal("cy", await page.Locator("html").GetAttributeAsync("lang"));
        return await page.EvaluateAsync<string[]>(ArticleWords);
    }

    private static Task<IReadOnlyList<string>> ResultLinksAsync(IPage page) => SearchResults.AllLinksAsync(page);
}
