using LpipSite.Site.Tests.Support;
using LpipSite.Testing;

namespace LpipSite.Site.Tests;

/// <summary>The build command as a user runs it: exit codes, diagnostics, and what happens to _site/.</summary>
public class BuildCommandTests
{
    [Fact]
    public void Valid_fixture_builds_with_exit_code_zero_and_a_summary_line()
    {
        using var site = SiteTree.FromFixture("minimal");
        var run = site.Build();
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Matches(@"^Built \d+ pages \(\d+ files, [0-9.]+ MB\) into .*_site/ in [\d,]+ ms\.", run.Stdout);
        Assert.True(site.OutputExists("index.html"));
    }

    [Fact]
    public void Content_error_exits_with_one_and_prints_a_located_diagnostic_without_a_stack_trace()
    {
        using var site = SiteTree.FromFixture("minimal");
        site.Write("places/leeds.yml", File.ReadAllText(Path.Combine(site.Content, "places/leeds.yml")).Replace("gss: E08000035", "gss: E08000O35", StringComparison.Ordinal));
        var run = site.Build();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/places/leeds.yml:3:6: error LPIP0107:", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Build failed: 1 error, 0 warnings.", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Failed_build_leaves_the_previous_site_exactly_as_it_was()
    {
        using var site = SiteTree.FromFixture("minimal");
        Assert.Equal(0, site.Build().ExitCode);
        var before = SiteTree.Fingerprint(site.Output);

        site.Write("case-studies/broken.md", "---\ntitle: Broken\n");
        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, SiteTree.Fingerprint(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));
    }

    [Fact]
    public void Theme_lacking_a_layout_a_page_needs_exits_with_one_and_names_the_layout_file_without_a_stack_trace()
    {
        using var site = SiteTree.FromFixture("minimal");
        var theme = Path.Combine(site.Root, "themes", "lacking");
        SiteTree.CopyDirectory(RepositoryRoot.DefaultTheme, theme);
        File.Delete(Path.Combine(theme, "layouts", "data.scriban-html"));

        var run = Lpip.Run(site.Root, "build", "--content", site.Content, "--theme", theme, "--output", site.Output, "--today", "2026-11-25");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("themes/lacking/layouts/data.scriban-html:1:1: error LPIP", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("has no layout 'data' (nor does any theme it extends), which the page /data/ needs", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("add themes/lacking/layouts/data.scriban-html", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Usage_error_exits_with_two()
    {
        using var site = SiteTree.FromFixture("minimal");
        var run = Lpip.Run(site.Root, "build", "--no-such-option");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-such-option", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_folder_that_would_overwrite_the_content_is_refused()
    {
        using var site = SiteTree.FromFixture("minimal");
        var run = Lpip.Run(site.Root, "build", "--content", site.Content, "--output", site.Content);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("overlaps the content folder", run.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Content, "site.yml")));
    }

    [Fact]
    public void Build_is_byte_identical_across_runs_thread_counts_and_cultures()
    {
        using var site = SiteTree.FromFixture("minimal");
        var first = Lpip.Run(site.Root, new Dictionary<string, string> { ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8" },
            "build", "--content", site.Content, "--theme", RepositoryRoot.DefaultTheme, "--output", Path.Combine(site.Root, "a"), "--today", "2026-11-25", "--threads", "1");
        var second = Lpip.Run(site.Root, new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" },
            "build", "--content", site.Content, "--theme", RepositoryRoot.DefaultTheme, "--output", Path.Combine(site.Root, "b"), "--today", "2026-11-25", "--threads", "8");
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Equal(SiteTree.Fingerprint(Path.Combine(site.Root, "a")), SiteTree.Fingerprint(Path.Combine(site.Root, "b")));
    }
}
