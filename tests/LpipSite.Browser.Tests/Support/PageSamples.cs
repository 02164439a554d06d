namespace LpipSite.Browser.Tests.Support;

/// <summary>
/// One page of every template (and every facet kind, a paginated page 2, search with and
/// without results, the 404 page) from the full fixture, and the same templates on the shipped
/// site in both its languages: English at the usual addresses and Welsh under /cy/.
/// <see cref="Templates.PageSampleCoverageTests"/> proves no layout is left out.
/// </summary>
public static class PageSamples
{
    public const string NoResultsQuery = "/search/?q=zzqxvw";
    public const string ResultsQuery = "/search/?q=panel";
    public const string MissingPage = "/no-such-page/";

    /// <summary>The prefix of the shipped site's Welsh edition.</summary>
    public const string WelshPrefix = "/cy";

    /// <summary>A Welsh search with results: "Cymru" is in the Welsh text of many pages (and mutated, as Nghymru, Gymru, Chymru, in more).</summary>
    public const string WelshResultsQuery = "/cy/search/?q=cymru";

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

    /// <summary>The shipped site's English samples.</summary>
    public static readonly string[] ShippedEnglish =
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

    /// <summary>
    /// The Welsh edition of every English sample of the shipped site: the same page under /cy/, a
    /// Welsh search with results, the same search without results, and a missing /cy/ page (served
    /// /cy/404.html, as _redirects tells Netlify).
    /// </summary>
    public static readonly string[] ShippedWelsh = [.. ShippedEnglish.Select(InWelsh)];

    /// <summary>Both languages of the shipped site.</summary>
    public static readonly string[] Shipped = [.. ShippedEnglish, .. ShippedWelsh];

    /// <summary>The Welsh sample that stands for an English one.</summary>
    public static string InWelsh(string path) => path == ResultsQuery ? WelshResultsQuery : WelshPrefix + path;

    public static bool IsWelsh(string path) => path.StartsWith(WelshPrefix + "/", StringComparison.Ordinal);

    /// <summary>The samples that are served a 404 page (with status 404).</summary>
    public static bool IsMissing(string path) => path == MissingPage || path == WelshPrefix + MissingPage;

    public static bool IsSearch(string path) => path.Split('?')[0].EndsWith("/search/", StringComparison.Ordinal) && path.Contains("?q=", StringComparison.Ordinal);

    /// <summary>The search samples (with and without results, in every language) a built site has a search page for.</summary>
    public static IEnumerable<string> SearchSamples(BuiltSite site) =>
        Full.Concat(Shipped).Where(IsSearch).Distinct().Where(p => File.Exists(FileFor(site, p)));

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
    /// A JavaScript predicate that holds once the search page has answered: its status line is
    /// neither empty nor the "searching" message, in whatever language the page is (the message is
    /// the one the page's own text table gave the script, in the status line's data-messages).
    /// </summary>
    public const string SearchAnswered = """
        () => {
          const s = document.getElementById('search-status');
          if (!s || s.textContent === '') return false;
          const messages = JSON.parse(s.getAttribute('data-messages') || '{}');
          return typeof messages.searching === 'string' && s.textContent !== messages.searching;
        }
        """;

    /// <summary>
    /// Waits until a page has finished what its scripts do on load: on a search page (in any
    /// language), until the results (or the advice shown when nothing matches) are on screen.
    /// </summary>
    public static async Task WaitUntilReadyAsync(Microsoft.Playwright.IPage page, string path)
    {
        if (IsSearch(path))
        {
            await page.WaitForFunctionAsync(
                SearchAnswered,
                null,
                new Microsoft.Playwright.PageWaitForFunctionOptions { Timeout = 15_000 });
        }
    }

    /// <summary>The output file a sample path is served from.</summary>
    public static string FileFor(BuiltSite site, string path)
    {
        var clean = path.Split('?')[0];
        if (IsMissing(clean))
        {
            // The 404 page of the missing page's language: /404.html, or /cy/404.html under /cy/.
            return Path.Combine(site.Output, clean[..^MissingPage.Length].TrimStart('/'), "404.html");
        }

        return Path.Combine(site.Output, clean.TrimStart('/'), "index.html");
    }
}
