using LpipSite.Site.Tests.Support;
using LpipSite.Testing;

namespace LpipSite.Site.Tests;

/// <summary>
/// 'lpip build' on the hostile contributor content in tests/fixtures/sites/xss: the build succeeds
/// (the payloads only warn) and no page it writes can run script. The browser tests load the same
/// fixture in Chromium.
/// </summary>
public class XssFixtureTests
{
    [Fact]
    public void Built_pages_of_the_xss_fixture_cannot_run_script()
    {
        using var site = SiteTree.FromFixture("xss");
        var run = site.Build();
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("warning LPIP0301", run.Stderr, StringComparison.Ordinal);
        foreach (var page in new[] { "case-studies/xss-raw-html/index.html", "case-studies/xss-links/index.html", "news/2025-04-03-html-looking-news/index.html" })
        {
            Assert.True(site.OutputExists(page), page + " was not built");
        }

        var problems = HtmlSafety.ProblemsInFolder(site.Output);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Check_of_the_xss_fixture_fails_with_located_errors()
    {
        using var site = SiteTree.FromFixture("xss");
        var run = site.Check();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/case-studies/xss-links.md:25:1: error LPIP0405: links may only use https:, http:, mailto: and tel: addresses, not 'javascript:'", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("content/case-studies/xss-raw-html.md:16:1: warning LPIP0301:", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("LPIP9004", run.Stdout, StringComparison.Ordinal);
    }
}
