using System.Text.RegularExpressions;
using LpipSite.Site.Tests.Support;
using LpipSite.Testing;

namespace LpipSite.Site.Tests;

/// <summary>What <c>lpip build</c> writes for the web editor at /admin/, and what it keeps out of the site.</summary>
public sealed partial class EditorOutputTests
{
    [Fact]
    public void A_site_with_a_GitHub_repository_gets_the_editor_page_its_configuration_and_Decap_from_the_theme()
    {
        using var site = SiteTree.FromFixture("sample");
        var run = site.Build("--no-cache");
        Assert.True(run.ExitCode == 0, run.Stderr);

        var page = site.ReadOutput("admin/index.html");
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", page, StringComparison.Ordinal);
        Assert.Equal(["/admin/manual-init.js", "/admin/decap-cms.js", "/admin/admin.js"], ScriptSources().Matches(page).Select(m => m.Groups[1].Value));
        Assert.DoesNotMatch("<script>|<script [^>]*>[^<]", page);
        Assert.Matches("data-preview-css=\"/assets/css/site\\.[0-9a-f]{8}\\.css\"", page);
        foreach (var script in new[] { "manual-init.js", "decap-cms.js", "admin.js" })
        {
            Assert.True(site.OutputExists("admin/" + script), script);
        }

        // decap-cms.js loads its chunks from beside itself; none is left behind, and no source map is published.
        var chunks = Directory.GetFiles(Path.Combine(site.Output, "admin"), "*.decap-cms.js");
        Assert.True(chunks.Length > 10, $"{chunks.Length} chunks");
        Assert.Empty(Directory.GetFiles(Path.Combine(site.Output, "admin"), "*.map"));

        var config = site.ReadOutput("admin/config.yml");
        Assert.Contains("repo: \"example/lpip-site\"", config, StringComparison.Ordinal);
        Assert.Contains("folder: \"content/case-studies\"", config, StringComparison.Ordinal);
    }

    [Fact]
    public void The_editor_is_not_in_the_sitemap_the_search_index_or_any_page()
    {
        using var site = SiteTree.FromFixture("sample");
        Assert.Equal(0, site.Build("--no-cache").ExitCode);
        Assert.DoesNotContain("/admin/", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/", site.ReadOutput("search/index.json"), StringComparison.Ordinal);
        var linking = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "admin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("href=\"/admin/", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(linking);
    }

    [Fact]
    public void A_site_without_a_GitHub_repository_has_no_editor()
    {
        using var site = SiteTree.FromFixture("minimal");
        Assert.Equal(0, site.Build("--no-cache").ExitCode);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "admin")));
    }

    [Fact]
    public void The_content_folder_is_named_from_the_repositorys_root()
    {
        using var site = SiteTree.FromFixture("sample");
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        var nested = Path.Combine(site.Root, "site");
        Directory.CreateDirectory(nested);
        Directory.Move(site.Content, Path.Combine(nested, "content"));
        var run = Lpip.Run(site.Root, "build", "--content", Path.Combine(nested, "content"), "--theme", RepositoryRoot.DefaultTheme, "--output", site.Output, "--today", "2026-11-25", "--no-cache", "--quiet");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var config = site.ReadOutput("admin/config.yml");
        Assert.Contains("folder: \"site/content/case-studies\"", config, StringComparison.Ordinal);
        Assert.Contains("media_folder: \"site/content/assets/images\"", config, StringComparison.Ordinal);
    }

    [GeneratedRegex("<script src=\"([^\"]+)\"></script>")]
    private static partial Regex ScriptSources();
}
