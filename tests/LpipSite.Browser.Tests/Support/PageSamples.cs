namespace LpipSite.Browser.Tests.Support;

/// <summary>
/// One page of every template (and every facet kind, a paginated page 2, search with and
/// without results, the 404 page) from the full fixture, and the same templates on the shipped
/// site. <see cref="Templates.PageSampleCoverageTests"/> proves no layout is left out.
/// </summary>
public static class PageSamples
{
    public const string NoResultsQuery = "/search/?q=zzqxvw";
    public const string ResultsQuery = "/search/?q=panel";
    public const string MissingPage = "/no-such-page/";

    /// <summary>Pages both sample sites have.</summary>
    private static readonly string[] SiteWide =
    [
        "/themes/",
        "/themes/skills/",
        "/about/",
        "/accessibility-statement/",
        "/evidence-levels/",
        "/transferability/",
        "/data/",
        ResultsQuery,
        NoResultsQuery,
        MissingPage,
    ];

    public static readonly string[] Full =
    [
        "/",
        "/case-studies/",
        "/case-studies/page/2/",
        "/case-studies/theme/skills/",
        "/case-studies/nation/wales/",
        "/case-studies/region/yorkshire-and-the-humber/",
        "/case-studies/method/community-panel/",
        "/case-studies/partnership/full-lpip/",
        "/case-studies/full-case-study/",
        "/places/",
        "/places/wales/",
        "/places/leeds/",
        "/places/west-yorkshire-towns/",
        "/partnerships/",
        "/partnerships/full-lpip/",
        "/partnerships/wales-lpip/",
        "/methods/",
        "/methods/community-panel/",
        "/training/",
        "/training/example-podcast/",
        "/news/",
        "/news/2027-01-10-future-event/",
        "/news/2026-03-01-past-event/",
        "/news/2026-10-15-funding-call/",
        "/opportunities/",
        "/opportunities/archive/",
        "/opportunities/kind/funding-call/",
        "/opportunities/example-fund/",
        "/opportunities/example-secondment/",
        .. SiteWide,
    ];

    public static readonly string[] Shipped =
    [
        "/",
        "/case-studies/",
        "/case-studies/theme/skills/",
        "/case-studies/nation/wales/",
        "/case-studies/region/yorkshire-and-the-humber/",
        "/case-studies/method/community-panel/",
        "/case-studies/partnership/ypip/",
        "/case-studies/ypip-communities-innovating-yorkshire-fund/",
        "/case-studies/stirling-water-as-an-asset/",
        "/places/",
        "/places/wales/",
        "/places/forth-water-basin/",
        "/partnerships/",
        "/partnerships/ypip/",
        "/methods/",
        "/methods/community-panel/",
        "/training/",
        "/training/co-producing-research-with-communities/",
        "/training/placecast-podcast/",
        "/news/",
        "/news/2024-02-27-lpip-hub-launched/",
        "/opportunities/",
        "/opportunities/archive/",
        "/opportunities/communities-innovating-yorkshire-fund/",
        .. SiteWide,
    ];

    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in Full)
        {
            data.Add("full", path);
        }

        foreach (var path in Shipped)
        {
            data.Add("shipped", path);
        }

        return data;
    }

    /// <summary>
    /// Waits until a page has finished what its scripts do on load: on the search page, until the
    /// results (or the advice shown when nothing matches) are on screen.
    /// </summary>
    public static async Task WaitUntilReadyAsync(Microsoft.Playwright.IPage page, string path)
    {
        if (path.StartsWith("/search/?q=", StringComparison.Ordinal))
        {
            await page.WaitForFunctionAsync(
                "() => { const s = document.getElementById('search-status'); return s && s.textContent !== '' && !s.textContent.startsWith('Searching'); }",
                null,
                new Microsoft.Playwright.PageWaitForFunctionOptions { Timeout = 15_000 });
        }
    }

    /// <summary>The output file a sample path is served from.</summary>
    public static string FileFor(BuiltSite site, string path)
    {
        var clean = path.Split('?')[0];
        if (clean == MissingPage)
        {
            return Path.Combine(site.Output, "404.html");
        }

        return Path.Combine(site.Output, clean.TrimStart('/'), "index.html");
    }
}
