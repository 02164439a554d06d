using LpipSite.Browser.Tests.Support;

namespace LpipSite.Browser.Tests.Accessibility;

/// <summary>axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on one page of every template, in Chromium, in English and (on the shipped site) in Welsh.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeTests(SiteFixture sites)
{
    public static TheoryData<string, string> Samples() => PageSamples.All();

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Page_has_no_WCAG_2_2_AA_violations_found_by_axe(string site, string path)
    {
        var result = await sites.AxeResultAsync(site, path);

        Assert.Equal(PageSamples.IsMissing(path) ? 404 : 200, result.Status);
        Assert.True(result.Violations.Count == 0, Axe.Describe($"the {site} site's {path}", result.Violations));
    }
}
