using System.Text.Json;
using LpipSite.Site.Tests.Support;
using LpipSite.Testing;

namespace LpipSite.Site.Tests;

/// <summary>'lpip check' as contributors and CI run it: exit codes, formats, and limiting it to changed files.</summary>
public class CheckCommandTests
{
    private const string BrokenBody = "## Challenge\n\nSee [click here](https://example.org/report) and [Leeds](/places/leds/).\n";

    private static SiteTree MinimalWithBrokenCaseStudy()
    {
        var site = SiteTree.FromFixture("minimal");
        site.Write("case-studies/leeds-panel.md", site.ReadContent("case-studies/leeds-panel.md").Split("## Challenge")[0] + BrokenBody);
        return site;
    }

    [Fact]
    public void Shipped_content_passes_with_exit_code_zero_from_the_repository_folder()
    {
        var run = Lpip.Run(RepositoryRoot.Path, "check", "--today", "2026-11-25");
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Matches(@"^Checked \d+ files: no errors, \d+ warnings?\.", run.Stdout.Split('\n').Last(l => l.Length > 0));
    }

    [Fact]
    public void Minimal_fixture_passes_and_nothing_is_written()
    {
        using var site = SiteTree.FromFixture("minimal");
        var run = site.Check();
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.StartsWith("Checked 11 files: no errors, 0 warnings.", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(["content"], Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void Errors_exit_with_one_and_print_one_line_each_then_a_summary()
    {
        using var site = MinimalWithBrokenCaseStudy();
        var run = site.Check();
        Assert.Equal(1, run.ExitCode);
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(
        [
            "content/case-studies/leeds-panel.md:18:5: error LPIP0305: the link text 'click here' does not say where the link goes; use words that make sense on their own, such as the title of the page: [Annual report 2025](…)",
            "content/case-studies/leeds-panel.md:18:50: error LPIP0401: the link '/places/leds/' goes to a page that does not exist; did you mean '/places/leeds/'?",
        ], lines[..^1]);
        Assert.StartsWith("Checked 11 files: 2 errors, 0 warnings.", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_alone_exit_with_zero()
    {
        using var site = SiteTree.FromFixture("minimal");
        site.Write("methods/unused.md", "---\ntitle: Unused\nsummary: Nobody uses it.\nfamily: evaluation\nwhen_to_use: Never.\n---\n## How to do it\n\nText.\n");
        var run = site.Check();
        Assert.True(run.ExitCode == 0, run.Stdout);
        Assert.Contains("content/methods/unused.md:1:1: warning LPIP0206:", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_is_a_list_with_path_line_column_severity_code_message_and_suggestion()
    {
        using var site = MinimalWithBrokenCaseStudy();
        var run = site.Check("--format", "json");
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        var first = items[1];
        Assert.Equal(["path", "line", "column", "severity", "code", "message", "suggestion"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("content/case-studies/leeds-panel.md", first.GetProperty("path").GetString());
        Assert.Equal(18, first.GetProperty("line").GetInt32());
        Assert.Equal(50, first.GetProperty("column").GetInt32());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("LPIP0401", first.GetProperty("code").GetString());
        Assert.Equal("the link '/places/leds/' goes to a page that does not exist", first.GetProperty("message").GetString());
        Assert.Equal("did you mean '/places/leeds/'?", first.GetProperty("suggestion").GetString());
    }

    [Fact]
    public void Json_format_of_clean_content_is_an_empty_list()
    {
        using var site = SiteTree.FromFixture("minimal");
        var run = site.Check("--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("[]", run.Stdout.Trim());
    }

    [Fact]
    public void Github_format_prints_annotations_and_escapes_properties_and_data()
    {
        using var site = MinimalWithBrokenCaseStudy();
        var content = Path.Combine(site.Root, "con,tent:x");
        Directory.Move(site.Content, content);
        File.AppendAllText(Path.Combine(content, "case-studies", "leeds-panel.md"), "\nSee [the 100% report](/places/100%25/).\n");
        var run = Lpip.Run(site.Root, "check", "--content", content, "--theme", RepositoryRoot.DefaultTheme, "--today", "2026-11-25", "--format", "github");
        Assert.Equal(1, run.ExitCode);
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(
            "::error file=con%2Ctent%3Ax/case-studies/leeds-panel.md,line=18,col=5,title=LPIP0305::the link text 'click here' does not say where the link goes; use words that make sense on their own, such as the title of the page: [Annual report 2025](…)",
            lines[0]);
        Assert.Equal(
            "::error file=con%2Ctent%3Ax/case-studies/leeds-panel.md,line=20,col=5,title=LPIP0401::the link '/places/100%2525/' goes to /places/100%25/, a page that does not exist; check the address; item pages look like /case-studies/<id>/ and /places/<id>/",
            lines[2]);
        Assert.StartsWith("Checked 11 files: 3 errors, 0 warnings.", lines[^1], StringComparison.Ordinal);
    }

    private static SiteTree MinimalWithVagueLinkText()
    {
        var site = SiteTree.FromFixture("minimal");
        site.Write("case-studies/leeds-panel.md", site.ReadContent("case-studies/leeds-panel.md") + "\nSee [here](https://example.org/).\n");
        return site;
    }

    [Fact]
    public void Changed_limits_file_level_checks_to_the_named_files()
    {
        using var site = MinimalWithVagueLinkText();
        site.Write("methods/community-panel.md", site.ReadContent("methods/community-panel.md") + "\n#### Skipped level\n");

        var all = site.Check();
        Assert.Contains("content/methods/community-panel.md", all.Stdout, StringComparison.Ordinal);

        var changed = site.Check("--changed", Path.Combine(site.Content, "methods", "community-panel.md"));
        Assert.Equal(1, changed.ExitCode);
        var lines = changed.Stdout.TrimEnd('\n').Split('\n');
        Assert.Single(lines[..^1]);
        Assert.StartsWith("content/methods/community-panel.md:", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Checked 1 file changed (links and references across the whole site): 1 error, 0 warnings.", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_accepts_several_files_and_files_outside_the_content()
    {
        using var site = MinimalWithVagueLinkText();
        var run = site.Check("--changed", Path.Combine(site.Content, "places", "leeds.yml"), Path.Combine(site.Root, "README.md"));
        Assert.True(run.ExitCode == 0, run.Stdout);
        Assert.StartsWith("Checked 1 file changed", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_still_reports_links_that_the_change_breaks_in_other_files()
    {
        using var site = SiteTree.FromFixture("minimal");
        site.Write("case-studies/leeds-panel.md", site.ReadContent("case-studies/leeds-panel.md") + "\nSee [the panel method](/methods/community-panel/).\n");
        Assert.Equal(0, site.Check().ExitCode);
        File.Move(Path.Combine(site.Content, "methods", "community-panel.md"), Path.Combine(site.Content, "methods", "resident-panel.md"));
        site.Write("case-studies/leeds-panel.md", site.ReadContent("case-studies/leeds-panel.md").Replace("methods: [community-panel]", "methods: [resident-panel]", StringComparison.Ordinal));

        var run = site.Check("--changed", Path.Combine(site.Content, "methods", "community-panel.md"), Path.Combine(site.Content, "methods", "resident-panel.md"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/case-studies/leeds-panel.md:20:5: error LPIP0401: the link '/methods/community-panel/' goes to a page that does not exist", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--no-such-option")]
    [InlineData("--changed")]
    public void Usage_errors_exit_with_two(params string[] args)
    {
        using var site = SiteTree.FromFixture("minimal");
        var run = site.Check(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("lpip --help", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_content_folder_is_a_usage_error()
    {
        using var site = new SiteTree();
        var run = Lpip.Run(site.Root, "check", "--content", Path.Combine(site.Root, "nowhere"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the content folder", run.Stderr, StringComparison.Ordinal);
    }
}
