using System.Text;
using System.Text.Json;
using LpipSite.Browser.Tests.Support;
using Microsoft.Playwright;

namespace LpipSite.Browser.Tests.Keyboard;

/// <summary>The site works with the keyboard alone, in English and in Welsh: skip link first, every control reachable by Tab with a visible focus indicator, search and filters usable.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(SiteFixture sites)
{
    public static TheoryData<string, string> Sample() => new()
    {
        { "full", "/" },
        { "full", "/case-studies/" },
        { "full", "/case-studies/page/2/" },
        { "full", "/case-studies/full-case-study/" },
        { "full", "/places/wales/" },
        { "full", "/training/example-podcast/" },
        { "full", "/news/2027-01-10-future-event/" },
        { "full", "/search/" },
        { "shipped", "/" },
        { "shipped", "/methods/community-panel/" },
        { "shipped", "/partnerships/ypip/" },
        { "shipped", "/no-such-page/" },
        { "shipped", "/cy/" },
        { "shipped", "/cy/case-studies/cymru-wledig-senedd-launch-and-programme/" },
        { "shipped", "/cy/methods/community-panel/" },
        { "shipped", "/cy/partnerships/ypip/" },
        { "shipped", "/cy/search/" },
        { "shipped", "/cy/no-such-page/" },
    };

    [Theory]
    [MemberData(nameof(Sample))]
    public async Task The_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(string site, string path)
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Site(site).Url(path));

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        Assert.True(await page.EvaluateAsync<bool>("() => { const r = document.activeElement.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.top >= 0; }"), "the focused skip link is not visible");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        // The next Tab continues inside main, not back at the top of the page.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement === document.body || document.getElementById('main').contains(document.activeElement) || document.querySelector('footer').contains(document.activeElement)"));
    }

    private const string Mark = """
        () => {
          const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
          const visible = el => { const s = getComputedStyle(el); const r = el.getBoundingClientRect(); return s.visibility !== 'hidden' && s.display !== 'none' && (r.width > 0 || r.height > 0) && !el.closest('[hidden]') && !el.closest('details:not([open]) > :not(summary)'); };
          const all = Array.from(document.querySelectorAll(selector)).filter(el => !el.disabled && el.tabIndex >= 0);
          all.forEach((el, i) => el.dataset.kbd = String(i));
          return all.map(el => ({ i: all.indexOf(el), tag: el.tagName, text: (el.textContent || el.id || '').trim().slice(0, 40), visible: visible(el) }));
        }
        """;

    private const string FocusStyle = """
        el => { if (!el) return null; const s = getComputedStyle(el);
          return { i: el.dataset.kbd ?? null, style: s.outlineStyle + '|' + s.outlineWidth + '|' + s.outlineColor + '|' + s.boxShadow + '|' + s.textDecorationLine + '|' + s.backgroundColor,
                   outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2, shadow: s.boxShadow !== 'none' }; }
        """;

    [Theory]
    [MemberData(nameof(Sample))]
    public async Task Every_link_and_control_is_reachable_by_Tab_and_shows_a_visible_focus_indicator(string site, string path)
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Site(site).Url(path));

        var problems = await FocusProblemsAsync(page);

        Assert.True(problems.Length == 0, $"{site} {path}:\n{problems}");
    }

    [Fact]
    public async Task The_focus_check_reports_a_page_whose_focus_outline_is_removed()
    {
        // A control: with the theme's focus styles overridden, the check above must complain.
        await using var context = await sites.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Full.Url("/about/"));
        await page.AddStyleTagAsync(new PageAddStyleTagOptions { Content = "*, *:focus, *:focus-visible { outline: none !important; box-shadow: none !important; background: transparent !important; text-decoration: none !important; }" });

        var problems = await FocusProblemsAsync(page);

        Assert.Contains("no visible focus indicator", problems.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Tabs through the page; reports controls Tab never reaches and focused controls that look the same as unfocused ones.</summary>
    private static async Task<StringBuilder> FocusProblemsAsync(IPage page)
    {
        var targets = (await page.EvaluateAsync<JsonElement>(Mark)).EnumerateArray()
            .Where(t => t.GetProperty("visible").GetBoolean())
            .ToDictionary(t => t.GetProperty("i").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), t => $"{t.GetProperty("tag").GetString()} '{t.GetProperty("text").GetString()}'");

        var focused = new Dictionary<string, (string Style, bool Indicator)>();
        for (var step = 0; step < targets.Count + 10; step++)
        {
            await page.Keyboard.PressAsync("Tab");
            var state = await page.EvaluateAsync<JsonElement>("el => (" + FocusStyle + ")(document.activeElement)", null);
            if (state.ValueKind == JsonValueKind.Null || state.GetProperty("i").ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var i = state.GetProperty("i").GetString()!;
            if (focused.ContainsKey(i))
            {
                break; // wrapped around
            }

            focused[i] = (state.GetProperty("style").GetString()!, state.GetProperty("outline").GetBoolean() || state.GetProperty("shadow").GetBoolean());
        }

        // The same elements without focus.
        await page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");
        var problems = new StringBuilder();
        foreach (var (i, description) in targets)
        {
            if (!focused.TryGetValue(i, out var withFocus))
            {
                problems.AppendLine("not reachable by Tab: " + description);
                continue;
            }

            var without = await page.EvaluateAsync<JsonElement>(FocusStyle, await page.QuerySelectorAsync($"[data-kbd='{i}']"));
            if (!withFocus.Indicator || withFocus.Style == without.GetProperty("style").GetString())
            {
                problems.AppendLine($"no visible focus indicator on {description}: focused '{withFocus.Style}', unfocused '{without.GetProperty("style").GetString()}'");
            }
        }

        return problems;
    }

    [Fact]
    public async Task The_header_search_form_works_with_the_keyboard_alone()
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Full.Url("/case-studies/full-case-study/"));
        await TabToAsync(page, "() => document.activeElement.id === 'site-search-q'");
        await page.Keyboard.TypeAsync("panel");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search/?q=panel");
        Assert.EndsWith("/search/?q=panel", page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
    }

    [Fact]
    public async Task The_Welsh_header_search_form_works_with_the_keyboard_alone_and_answers_in_Welsh()
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Shipped.Url("/cy/methods/community-panel/"));
        await TabToAsync(page, "() => document.activeElement.id === 'site-search-q'");
        await page.Keyboard.TypeAsync("Nghaerdydd");
        await Navigation.ToAsync(page, "/cy/search/?q=Nghaerdydd", () => page.Keyboard.PressAsync("Enter"));
        await PageSamples.WaitUntilReadyAsync(page, "/cy/search/?q=Nghaerdydd");

        Assert.Equal("Nghaerdydd", await page.InputValueAsync("#search-q"));
        var found = await page.Locator("#search-results > li").CountAsync();
        Assert.True(found > 0, "the Welsh search found nothing for Nghaerdydd");
        Assert.Equal(WelshText.SearchStatus(found, "Nghaerdydd"), await page.Locator("#search-status").TextContentAsync());
    }

    [Fact]
    public async Task The_search_page_form_works_with_the_keyboard_alone()
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Full.Url("/search/"));
        await TabToAsync(page, "() => document.activeElement.id === 'search-q'");
        await page.Keyboard.TypeAsync("community panel");
        await TabToAsync(page, "() => document.activeElement.closest('form.search-form') && document.activeElement.type === 'submit'");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search/?q=community+panel");
        Assert.Equal("community panel", await page.InputValueAsync("#search-q"));
    }

    [Fact]
    public async Task The_listing_filters_open_and_follow_with_the_keyboard_alone()
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Full.Url("/case-studies/"));

        // A facet group: Tab to its summary, open it with Enter, Tab to its first link and follow it.
        await TabToAsync(page, "() => document.activeElement.tagName === 'SUMMARY' && document.activeElement.closest('#facet-nation')");
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('facet-nation').open"));
        await page.Keyboard.PressAsync("Tab");
        var href = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        Assert.StartsWith("/case-studies/nation/", href, StringComparison.Ordinal);
        var navigated = page.WaitForURLAsync("**" + href, new PageWaitForURLOptions { Timeout = 60_000 });
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        Assert.StartsWith("Case studies:", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_instant_filter_narrows_the_cards_with_the_keyboard_alone()
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Full.Url("/case-studies/"));
        var before = await page.Locator("ul[data-filterable] > li:visible").CountAsync();
        await TabToAsync(page, "() => document.activeElement.closest('.card-filter') && document.activeElement.tagName === 'INPUT'");
        await page.Keyboard.TypeAsync("every optional field");
        await page.WaitForFunctionAsync("() => document.querySelector('.card-filter [role=status]').textContent.length > 0");
        var after = await page.Locator("ul[data-filterable] > li:visible").CountAsync();
        Assert.True(before >= 5 && after == 1, $"cards before {before}, after {after}");
        Assert.Equal("1 item shown", await page.Locator(".card-filter [role=status]").TextContentAsync());
    }

    private static Task TabToAsync(IPage page, string predicate) => KeyboardSteps.TabToAsync(page, predicate);
}
