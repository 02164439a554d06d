using System.Text;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Rendering;
using LpipSite.Core.Tests.Support;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Checking;

/// <summary>
/// The hostile contributor content in tests/fixtures/sites/xss renders into pages where nothing can
/// run script; and 'lpip check' turns every hostile link into an error at its line.
/// </summary>
public class XssFixtureRenderTests
{
    private static FixtureSite Xss => FixtureSite.Load("xss", ContentTree.Today);

    private static string Fixture => Xss.ContentRoot;

    private static RenderResult Render()
    {
        var result = Xss.Rendered;
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result;
    }

    [Fact]
    public void Rendered_pages_of_the_xss_fixture_cannot_run_script()
    {
        var result = Render();
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Contains(pages, p => p.Path == "case-studies/xss-raw-html/index.html");
        Assert.Contains(pages, p => p.Path == "case-studies/xss-links/index.html");
        Assert.Contains(pages, p => p.Path == "news/2025-04-03-html-looking-news/index.html");

        var problems = pages.SelectMany(p => HtmlSafety.Problems(p.Path, Encoding.UTF8.GetString(p.Content.Span))).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Hostile_front_matter_and_menu_links_are_escaped_or_removed()
    {
        var page = Encoding.UTF8.GetString(Render().Files.Single(f => f.Path == "case-studies/xss-links/index.html").Content.Span);
        Assert.Contains("<h1>Links &quot; onmouseover=&quot;alert(1)&quot; and 1 &lt; 2 &gt; 0 &amp; &#39;quotes&#39; &lt;\\/script&gt;</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Danger</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Raw_html_from_content_is_shown_as_text()
    {
        var page = Encoding.UTF8.GetString(Render().Files.Single(f => f.Path == "case-studies/xss-raw-html/index.html").Content.Span);
        Assert.Contains("&lt;script&gt;alert('block script')&lt;/script&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_every_hostile_link_of_the_fixture_as_an_error()
    {
        var result = Core.Checking.SiteChecker.Check(new Core.Checking.CheckOptions
        {
            ContentDirectory = Fixture,
            ThemeDirectory = RepositoryRoot.DefaultTheme,
            Today = ContentTree.Today,
        });
        var unsafeLinks = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnsafeLink).Select(d => (d.Location.Path, d.Location.Line)).ToList();
        // Every line 25-38 and 40 of xss-links.md holds a javascript:, data: or vbscript: link.
        foreach (var line in Enumerable.Range(25, 14).Append(40))
        {
            Assert.Contains(("content/case-studies/xss-links.md", line), unsafeLinks);
        }

        Assert.Contains(("content/site.yml", 10), unsafeLinks);
        Assert.Contains(("content/news/2025-04-03-html-looking-news.md", 9), unsafeLinks);
        Assert.True(result.Errors > 0);
    }

    [Theory]
    [InlineData("<p>fine</p><script src=\"/assets/js/site.js\" defer></script>", 0)]
    [InlineData("<script type=\"application/ld+json\">{\"a\":1}</script>", 0)]
    [InlineData("<script>alert(1)</script>", 1)]
    [InlineData("<script src=\"//evil.example/x.js\"></script>", 1)]
    [InlineData("<img src=x onerror=alert(1)>", 1)]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">x</a>", 1)]
    [InlineData("<a href=\" JAVASCRIPT:alert(1)\">x</a>", 1)]
    [InlineData("<img src=\"data:image/svg+xml,x\" alt=\"\">", 1)]
    [InlineData("<form action=\"/search/\"><button formaction=\"vbscript:x\">x</button></form>", 1)]
    [InlineData("<div class=\"prose\"><form action=\"/search/\"></form></div>", 1)]
    [InlineData("<iframe></iframe><object></object><embed><base href=\"/\">", 4)]
    [InlineData("<script type=\"application/ld+json\">{\"a\":\"</script><p>\"}</script>", 1)]
    public void Html_safety_check_finds_what_it_should(string html, int problems)
    {
        Assert.Equal(problems, HtmlSafety.Problems("page.html", "<!doctype html><html><head></head><body>" + html + "</body></html>").Count);
    }
}
