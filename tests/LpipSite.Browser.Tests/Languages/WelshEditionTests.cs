using LpipSite.Browser.Tests.Support;
using Microsoft.Playwright;

namespace LpipSite.Browser.Tests.Languages;

/// <summary>
/// The shipped site in both its languages, in Chromium: the header's language switcher is reached
/// with the keyboard and leads to the same page in the other language, and a Welsh page says, in
/// Welsh, when its text is English only or not yet reviewed, with the English text marked as English;
/// a missing address under /cy/ is answered with the Welsh 404 page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WelshEditionTests(SiteFixture sites)
{
    private const string Untranslated = "/case-studies/ypip-communities-innovating-yorkshire-fund/";
    private const string TranslatedUnreviewed = "/case-studies/cymru-wledig-senedd-launch-and-programme/";

    private const string OnSwitcher = "() => !!document.activeElement.closest('nav.language-switcher')";

    [Theory]
    [InlineData("/")]
    [InlineData(Untranslated)]
    [InlineData("/search/")]
    public async Task The_Cymraeg_link_is_reached_by_keyboard_and_opens_the_same_page_in_Welsh(string path)
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Shipped.Url(path));
        Assert.Equal("en-GB", await page.Locator("html").GetAttributeAsync("lang"));

        await KeyboardSteps.TabToAsync(page, OnSwitcher);
        var link = await FocusedLinkAsync(page);
        Assert.Equal(("Cymraeg", "cy", "cy", "/cy" + path), link);

        await Navigation.ToAsync(page, "/cy" + path, () => page.Keyboard.PressAsync("Enter"));
        Assert.Equal("cy", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData(TranslatedUnreviewed)]
    [InlineData("/search/")]
    public async Task The_English_link_on_a_Welsh_page_is_reached_by_keyboard_and_opens_the_same_page_in_English(string path)
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Shipped.Url("/cy" + path));
        Assert.Equal("cy", await page.Locator("html").GetAttributeAsync("lang"));

        await KeyboardSteps.TabToAsync(page, OnSwitcher);
        var link = await FocusedLinkAsync(page);
        Assert.Equal(("English", "en-GB", "en", path), link);

        await Navigation.ToAsync(page, path, () => page.Keyboard.PressAsync("Enter"));
        Assert.Equal("en-GB", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task An_untranslated_Welsh_page_says_in_Welsh_that_it_is_in_English_only_and_marks_its_English_text_as_English()
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Shipped.Url("/cy" + Untranslated));

        var notice = page.Locator("main div.translation-notice");
        Assert.True(await notice.IsVisibleAsync(), "no translation notice on an untranslated Welsh page");
        Assert.Equal("note", await notice.GetAttributeAsync("role"));
        Assert.Equal(WelshText.SourceOnlyNotice, (await notice.InnerTextAsync()).Trim());
        Assert.Equal("cy", await LanguageOfAsync(notice));

        // The item's own text is English, and says so; the interface around it is Welsh.
        var h1 = page.Locator("h1");
        Assert.Equal("en-GB", await LanguageOfAsync(h1));
        Assert.Equal("Astudiaeth achos", (await page.Locator("main .kicker").TextContentAsync())?.Trim());
        Assert.Equal("cy", await LanguageOfAsync(page.Locator("main .kicker")));

        await page.GotoAsync(sites.Shipped.Url(Untranslated));
        var english = await page.Locator("h1").InnerTextAsync();
        Assert.Equal(0, await page.Locator("div.translation-notice").CountAsync());
        await page.GotoAsync(sites.Shipped.Url("/cy" + Untranslated));
        Assert.Equal(english, await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task A_Welsh_translation_that_no_Welsh_speaker_has_reviewed_says_so_in_Welsh_and_its_text_is_Welsh()
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Shipped.Url("/cy" + TranslatedUnreviewed));

        var notice = page.Locator("main div.translation-notice");
        Assert.True(await notice.IsVisibleAsync(), "no notice on an unreviewed Welsh translation");
        Assert.Equal(WelshText.UnreviewedNotice, (await notice.InnerTextAsync()).Trim());
        Assert.Equal("cy", await LanguageOfAsync(page.Locator("h1")));
        Assert.Equal("cy", await LanguageOfAsync(page.Locator("main > article .lead")));
    }

    [Theory]
    [InlineData("/cy/no-such-page/", "cy", "Heb ddod o hyd i'r dudalen")]
    [InlineData("/cy/case-studies/no-such-case-study/", "cy", "Heb ddod o hyd i'r dudalen")]
    [InlineData("/no-such-page/", "en-GB", "Page not found")]
    public async Task A_missing_address_is_answered_with_status_404_and_the_404_page_of_its_language(string path, string lang, string heading)
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(sites.Shipped.Url(path));

        Assert.Equal(404, response?.Status);
        Assert.Equal(lang, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(heading, await page.Locator("h1").InnerTextAsync());
    }

    /// <summary>The focused link's text, lang, hreflang and path.</summary>
    private static async Task<(string Text, string Lang, string Hreflang, string Path)> FocusedLinkAsync(IPage page)
    {
        var values = await page.EvaluateAsync<string[]>(
            "() => { const a = document.activeElement; return [a.textContent, a.getAttribute('lang'), a.getAttribute('hreflang'), new URL(a.href).pathname]; }");
        return (values[0], values[1], values[2], values[3]);
    }

    /// <summary>The language an element is in: its own lang, or its nearest ancestor's.</summary>
    private static Task<string> LanguageOfAsync(ILocator element) =>
        element.EvaluateAsync<string>("el => el.closest('[lang]').getAttribute('lang')");
}
