using LpipSite.Site.Tests.Support;
using LpipSite.Testing;

namespace LpipSite.Site.Tests;

/// <summary>lpip index as a person checking the builder uses it: lunr.js's own example in, lunr.js's own index out.</summary>
public class IndexCommandTests
{
    private static readonly string Fixtures = Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "lunr");

    // JSON.stringify's output; the fixture file adds a newline at the end.
    private static string Expected => File.ReadAllText(Path.Combine(Fixtures, "example.json")).TrimEnd('\n');

    [Fact]
    public void Writes_the_index_lunr_js_builds_from_the_same_documents()
    {
        using var site = new SiteTree();
        var output = Path.Combine(site.Root, "index.json");
        var run = Lpip.Run(site.Root, "index", Path.Combine(Fixtures, "example-docs.json"), "-o", output);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(Expected), File.ReadAllBytes(output));
        Assert.Equal(["index.json"], Directory.GetFiles(site.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void With_language_cy_the_index_is_built_with_the_Welsh_pipeline()
    {
        using var site = new SiteTree();
        var input = Path.Combine(site.Root, "docs.json");
        File.WriteAllText(input, "[{\"id\":\"1\",\"body\":\"Cynhadledd yng Nghaerdydd a Bangor\"}]");
        var run = Lpip.Run(site.Root, "index", input, "--language", "cy");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("\"pipeline\":[\"trimmer-cy\",\"stopWordFilter-cy\",\"mutations-cy\"]", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("[\"caerdydd\",", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("[\"nghaerdydd\",", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\"stemmer\"", run.Stdout, StringComparison.Ordinal);

        Assert.Equal(2, Lpip.Run(site.Root, "index", input, "--language", "fr").ExitCode);
    }

    [Fact]
    public void Without_an_output_file_the_index_goes_to_standard_output()
    {
        using var site = new SiteTree();
        var run = Lpip.Run(site.Root, "index", Path.Combine(Fixtures, "example-docs.json"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(Expected, run.Stdout);
    }

    [Fact]
    public void Bad_input_is_one_located_error_and_exit_code_1_like_content_errors_in_build()
    {
        using var site = new SiteTree();
        var input = Path.Combine(site.Root, "broken.json");
        File.WriteAllText(input, "[\n  {\"id\": \"a\", \"title\": \"x\"},\n  {\"id\": \n]\n");
        var output = Path.Combine(site.Root, "index.json");
        var run = Lpip.Run(site.Root, "index", input, "-o", output);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("lpip index: error:", run.Stderr, StringComparison.Ordinal);
        Assert.Matches("line 4|:4:", run.Stderr);
        Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_exit_code_2_and_leaves_nothing_behind()
    {
        using var site = new SiteTree();
        var folder = Path.Combine(site.Root, "taken");
        Directory.CreateDirectory(folder);
        var run = Lpip.Run(site.Root, "index", Path.Combine(Fixtures, "example-docs.json"), "-o", folder);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot write", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(site.Root));
    }
}
