using LpipSite.Site.Tests.Support;
using LpipSite.Testing;

namespace LpipSite.Site.Tests;

/// <summary>The .lpip-cache/ folder makes rebuilds faster without changing a single byte of output.</summary>
public class IncrementalBuildTests
{
    private static LpipRun BuildInto(SiteTree site, string theme, string output, params string[] extra) =>
        Lpip.Run(site.Root, ["build", "--content", site.Content, "--theme", theme, "--output", output, "--today", "2026-11-25", "--threads", "2", .. extra]);

    [Fact]
    public void Incremental_builds_after_editing_one_case_study_are_byte_identical_to_a_clean_build()
    {
        using var site = SiteTree.FromFixture("minimal");
        site.Write("case-studies/second.md", Content.CaseStudy("Second panel"));
        var first = BuildInto(site, RepositoryRoot.DefaultTheme, site.Output);
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.True(Directory.Exists(Path.Combine(site.Root, ".lpip-cache")));

        Assert.Matches(@"Cache: 0 pages reused, [1-9]\d* rendered; 0 files linked from the previous site, [1-9]\d* written", first.Stdout);

        // Two cached builds in a row after edits: each hard-links the files that did not change from
        // the site the build before it wrote (the second one from a site that was itself linked).
        site.Write("case-studies/second.md", Content.CaseStudy("Second panel, renamed", body: "## Challenge\n\nOther text.\n"));
        var incremental = BuildInto(site, RepositoryRoot.DefaultTheme, site.Output);
        Assert.True(incremental.ExitCode == 0, incremental.Stderr);
        Assert.Matches(@"Cache: [1-9]\d* pages reused, [1-9]\d* rendered; [1-9]\d* files linked from the previous site, [1-9]\d* written", incremental.Stdout);

        site.Write("case-studies/second.md", Content.CaseStudy("Second panel, retitled", body: "## Challenge\n\nNew text.\n"));
        incremental = BuildInto(site, RepositoryRoot.DefaultTheme, site.Output);
        Assert.True(incremental.ExitCode == 0, incremental.Stderr);
        Assert.Matches(@"Cache: [1-9]\d* pages reused, [1-9]\d* rendered; [1-9]\d* files linked from the previous site, [1-9]\d* written", incremental.Stdout);

        var clean = Path.Combine(site.Root, "clean");
        var cleanRun = BuildInto(site, RepositoryRoot.DefaultTheme, clean, "--no-cache");
        Assert.True(cleanRun.ExitCode == 0, cleanRun.Stderr);
        Assert.Equal(SiteTree.Fingerprint(clean), SiteTree.Fingerprint(site.Output));
        Assert.Contains("Second panel, retitled", site.ReadOutput("case-studies/second/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Unchanged_rebuild_reuses_every_page_and_links_every_file()
    {
        using var site = SiteTree.FromFixture("minimal");
        Assert.Equal(0, BuildInto(site, RepositoryRoot.DefaultTheme, site.Output).ExitCode);
        var again = BuildInto(site, RepositoryRoot.DefaultTheme, site.Output);
        Assert.Matches(@"Cache: [1-9]\d* pages reused, 0 rendered; [1-9]\d* files linked from the previous site, 0 written", again.Stdout);
    }

    [Fact]
    public void Theme_change_invalidates_the_cache_and_output_matches_a_clean_build()
    {
        using var site = SiteTree.FromFixture("minimal");
        var theme = Path.Combine(site.Root, "themes", "default");
        SiteTree.CopyDirectory(RepositoryRoot.DefaultTheme, theme);
        Assert.Equal(0, BuildInto(site, theme, site.Output).ExitCode);

        var footer = Path.Combine(theme, "partials", "footer.scriban-html");
        File.WriteAllText(footer, File.ReadAllText(footer) + "<!-- footer edited -->\n");
        var incremental = BuildInto(site, theme, site.Output);
        Assert.True(incremental.ExitCode == 0, incremental.Stderr);
        Assert.Matches(@"Cache: 0 pages reused", incremental.Stdout);
        Assert.Contains("footer edited", site.ReadOutput("index.html"), StringComparison.Ordinal);

        var clean = Path.Combine(site.Root, "clean");
        Assert.Equal(0, BuildInto(site, theme, clean, "--no-cache").ExitCode);
        Assert.Equal(SiteTree.Fingerprint(clean), SiteTree.Fingerprint(site.Output));
    }

    [Fact]
    public void No_cache_writes_no_cache_folder()
    {
        using var site = SiteTree.FromFixture("minimal");
        Assert.Equal(0, BuildInto(site, RepositoryRoot.DefaultTheme, site.Output, "--no-cache").ExitCode);
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".lpip-cache")));
    }

    /// <summary>Netlify's build: no page cache (a fresh checkout each time), but resized images kept in a folder its build cache restores.</summary>
    [Fact]
    public void Keep_images_with_no_cache_keeps_only_the_resized_images_and_the_next_build_encodes_none()
    {
        using var site = SiteTree.FromFixture("minimal");
        var photo = Path.Combine(site.Content, "assets", "images", "workshop-photo.jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(photo)!);
        File.Copy(RepositoryRoot.PathOf("tests", "fixtures", "sites", "full", "content", "assets", "images", "workshop-photo.jpg"), photo);
        var caseStudy = Path.Combine(site.Content, "case-studies", "leeds-panel.md");
        File.WriteAllText(caseStudy, File.ReadAllText(caseStudy).Replace(
            "evidence_level: not-assessed\n",
            "evidence_level: not-assessed\nimage:\n  src: assets/images/workshop-photo.jpg\n  alt: A blurred abstract picture standing in for a photograph\n",
            StringComparison.Ordinal));

        var first = BuildInto(site, RepositoryRoot.DefaultTheme, site.Output, "--no-cache", "--keep-images");
        Assert.True(first.ExitCode == 0, first.Stderr);
        // 4 widths × 3 formats and the Open Graph crop.
        Assert.Contains("Images: 13 encoded, 0 reused", first.Stdout, StringComparison.Ordinal);
        var cache = Path.Combine(site.Root, ".lpip-cache");
        Assert.Equal(["images"], Directory.EnumerateFileSystemEntries(cache).Select(Path.GetFileName));

        var clean = Path.Combine(site.Root, "clean");
        var second = BuildInto(site, RepositoryRoot.DefaultTheme, clean, "--no-cache", "--keep-images");
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("Images: 0 encoded, 13 reused", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(SiteTree.Fingerprint(site.Output), SiteTree.Fingerprint(clean));
    }
}
