using LpipSite.Site.Tests.Support;

namespace LpipSite.Site.Tests;

/// <summary>aliases: old addresses keep working through _redirects and a static redirect page.</summary>
public class AliasTests
{
    [Fact]
    public void Alias_produces_a_netlify_301_and_a_script_free_redirect_page()
    {
        using var site = SiteTree.FromFixture("minimal");
        site.Write("case-studies/leeds-panel.md", File.ReadAllText(Path.Combine(site.Content, "case-studies/leeds-panel.md"))
            .Replace("evidence_level:", "aliases:\n  - /case-studies/old-leeds-panel/\nevidence_level:", StringComparison.Ordinal));
        var run = site.Build("--no-cache");
        Assert.True(run.ExitCode == 0, run.Stderr);

        Assert.Contains("/case-studies/old-leeds-panel/ /case-studies/leeds-panel/ 301", site.ReadOutput("_redirects"), StringComparison.Ordinal);
        var page = site.ReadOutput("case-studies/old-leeds-panel/index.html");
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/case-studies/leeds-panel/\">", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/case-studies/leeds-panel/\">A panel in Leeds</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Site_without_aliases_has_no_redirects_file()
    {
        using var site = SiteTree.FromFixture("minimal");
        Assert.Equal(0, site.Build("--no-cache").ExitCode);
        Assert.False(site.OutputExists("_redirects"));
    }

    [Fact]
    public void Alias_that_is_an_existing_address_is_LPIP0210()
    {
        using var site = SiteTree.FromFixture("minimal");
        site.Write("case-studies/second.md", Content.CaseStudy("Second", "aliases: [/case-studies/leeds-panel/]\n"));
        var run = site.Build("--no-cache");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/case-studies/second.md:14:", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("error LPIP0210: the alias '/case-studies/leeds-panel/' is the address of a page", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Alias_claimed_by_two_files_is_LPIP0210()
    {
        using var site = SiteTree.FromFixture("minimal");
        site.Write("case-studies/second.md", Content.CaseStudy("Second", "aliases: [/case-studies/gone/]\n"));
        site.Write("news/third.md", Content.News("Third", "aliases: [/case-studies/gone/]\n"));
        var run = site.Build("--no-cache");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error LPIP0210: the alias '/case-studies/gone/' is also an alias of content/case-studies/second.md", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("case-studies/old/")]
    [InlineData("/case-studies/old")]
    [InlineData("/Case-Studies/old/")]
    [InlineData("/case-studies/../x/")]
    [InlineData("https://example.org/x/")]
    public void Alias_that_is_not_a_site_path_is_LPIP0123(string alias)
    {
        using var site = SiteTree.FromFixture("minimal");
        site.Write("case-studies/second.md", Content.CaseStudy("Second", $"aliases: ['{alias}']\n"));
        var run = site.Build("--no-cache");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error LPIP0123:", run.Stderr, StringComparison.Ordinal);
    }
}
