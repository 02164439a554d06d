using LpipSite.Site.Tests.Support;

namespace LpipSite.Site.Tests;

/// <summary>'lpip new' starts files that pass 'lpip check', and never overwrites anything.</summary>
public class NewCommandTests
{
    public static TheoryData<string, string> Types => new()
    {
        { "case-study", "case-studies/a-pilot-in-leeds-what-worked.md" },
        { "method", "methods/a-pilot-in-leeds-what-worked.md" },
        { "training", "training/a-pilot-in-leeds-what-worked.md" },
        { "news", "news/2026-11-25-a-pilot-in-leeds-what-worked.md" },
        { "place", "places/a-pilot-in-leeds-what-worked.yml" },
        { "partnership", "partnerships/a-pilot-in-leeds-what-worked.yml" },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public void New_file_of_every_type_passes_check(string type, string expectedPath)
    {
        using var site = SiteTree.FromFixture("minimal");
        var run = site.New(type, "A pilot in Leeds: what \"worked\"", "--partnership", "test-lpip", "--place", "leeds");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.StartsWith($"Created {site.Content.Replace('\\', '/')}/{expectedPath}", run.Stdout, StringComparison.Ordinal);
        var text = site.ReadContent(expectedPath);
        Assert.Contains("A pilot in Leeds: what \\\"worked\\\"", text, StringComparison.Ordinal);

        var check = site.Check();
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
        Assert.DoesNotContain(": error ", check.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void New_file_without_partnership_or_place_passes_check_too(string type, string expectedPath)
    {
        using var site = SiteTree.FromFixture("minimal");
        var run = site.New(type, "A pilot in Leeds: what \"worked\"");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(File.Exists(Path.Combine(site.Content, expectedPath)));
        var check = site.Check();
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
    }

    [Fact]
    public void New_case_study_has_the_required_fields_suggested_sections_draft_and_today()
    {
        using var site = SiteTree.FromFixture("minimal");
        Assert.Equal(0, site.New("case-study", "Rural bus pilot", "--partnership", "test-lpip", "--place", "E08000035").ExitCode);
        var text = site.ReadContent("case-studies/rural-bus-pilot.md");
        foreach (var expected in new[]
        {
            "title: \"Rural bus pilot\"\n", "date: 2026-11-25\n", "partnership: test-lpip\n", "places:\n  - leeds\n", "themes:\n  - skills\n",
            "authors:\n", "evidence_level: not-assessed\n", "transferability:\n", "  conditions: >-\n", "draft: true\n",
            "## Challenge\n", "## What we did\n", "## Outcomes\n", "## Lessons for other places\n", "# The id of the partnership",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.True(text.IndexOf("## Challenge", StringComparison.Ordinal) < text.IndexOf("## What we did", StringComparison.Ordinal)
            && text.IndexOf("## Outcomes", StringComparison.Ordinal) < text.IndexOf("## Lessons for other places", StringComparison.Ordinal));
    }

    [Fact]
    public void Existing_file_is_never_overwritten()
    {
        using var site = SiteTree.FromFixture("minimal");
        var before = site.ReadContent("case-studies/leeds-panel.md");
        var run = site.New("case-study", "Leeds panel", "--partnership", "test-lpip", "--place", "leeds");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("case-studies/leeds-panel.md already exists; nothing was changed", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, site.ReadContent("case-studies/leeds-panel.md"));
    }

    [Theory]
    [InlineData("--partnership", "test-lpp", "lpip new: there is no partnership 'test-lpp'; did you mean 'test-lpip'?")]
    [InlineData("--place", "leds", "lpip new: there is no place 'leds'; did you mean 'leeds'?")]
    [InlineData("--place", "atlantis", "lpip new: there is no place 'atlantis'; the ids of places are the file names in content/places/")]
    public void Unknown_partnership_or_place_is_refused_with_a_suggestion(string option, string value, string expected)
    {
        using var site = SiteTree.FromFixture("minimal");
        var run = site.New("case-study", "Rural bus pilot", option, value);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(expected, run.Stderr.Trim());
        Assert.False(File.Exists(Path.Combine(site.Content, "case-studies", "rural-bus-pilot.md")));
    }

    [Fact]
    public void Unknown_type_is_a_usage_error()
    {
        using var site = SiteTree.FromFixture("minimal");
        var run = site.New("blog-post", "Something");
        Assert.Equal(2, run.ExitCode);
    }

    [Theory]
    [InlineData("Môn's café: año 2025!", "mons-cafe-ano-2025")]
    [InlineData("  Rural -- bus   pilot  ", "rural-bus-pilot")]
    [InlineData("£££", "untitled")]
    public void File_name_is_an_ascii_id_made_from_the_title(string title, string id)
    {
        using var site = SiteTree.FromFixture("minimal");
        Assert.Equal(0, site.New("method", title).ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Content, "methods", id + ".md")), string.Join(", ", Directory.GetFiles(Path.Combine(site.Content, "methods"))));
    }
}
