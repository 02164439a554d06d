using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LpipSite.Site.Tests.Support;
using LpipSite.Testing;

namespace LpipSite.Site.Tests;

public class SearchOutputTests
{
    [Fact]
    public void Build_writes_the_index_the_document_store_and_lunr_and_the_search_page_loads_them()
    {
        using var site = SiteTree.FromFixture("minimal");
        var run = site.Build();
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Matches(@"Search index: [0-9.,]+ KB \([0-9.,]+ KB gzipped\)\.", run.Stdout);

        var index = JsonNode.Parse(site.ReadOutput("search/index.json"))!;
        Assert.Equal("2.3.9", (string)index["version"]!);
        Assert.Equal(["title", "summary", "tags", "body"], index["fields"]!.AsArray().Select(f => (string)f!));
        var docs = JsonNode.Parse(site.ReadOutput("search/documents.json"))!["docs"]!.AsArray();
        Assert.Contains(docs, d => (string)d![0]! == "/case-studies/leeds-panel/");

        var page = site.ReadOutput("search/index.html");
        var scripts = Regex.Matches(page, "<script src=\"(/assets/js/[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(scripts, s => Regex.IsMatch(s, @"^/assets/js/lunr\.[0-9a-f]{8}\.js$"));
        Assert.Contains(scripts, s => Regex.IsMatch(s, @"^/assets/js/search\.[0-9a-f]{8}\.js$"));
        Assert.Contains(scripts, s => Regex.IsMatch(s, @"^/assets/js/lunr-shards\.[0-9a-f]{8}\.js$"));
        Assert.All(scripts, s => Assert.True(site.OutputExists(s.TrimStart('/')), s + " is referenced but not written"));
        Assert.Contains("lunr.shards.open", File.ReadAllText(Path.Combine(site.Output, scripts.First(s => s.Contains("/search.", StringComparison.Ordinal)).TrimStart('/'))), StringComparison.Ordinal);

        // The page loads the manifest, which names the term shards written beside it.
        Assert.Contains("data-manifest=\"/search/manifest.json\"", page, StringComparison.Ordinal);
        var manifest = JsonNode.Parse(site.ReadOutput("search/manifest.json"))!;
        var shards = manifest["shards"]!.AsArray().Count;
        Assert.True(shards > 0);
        Assert.All(Enumerable.Range(0, shards), i => Assert.True(site.OutputExists($"search/terms/{i}.json")));
        Assert.False(site.OutputExists($"search/terms/{shards}.json"));
        Assert.All(Enumerable.Range(0, docs.Count), i => Assert.True(site.OutputExists($"search/docs/{i}.json")));
        Assert.True(site.OutputExists("search/filters.json") && site.OutputExists("search/vocabulary.json") && site.OutputExists("search/dates.json"));
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_lunr_package_is_a_clear_error_naming_the_install_command()
    {
        using var site = SiteTree.FromFixture("minimal");
        var theme = Path.Combine(site.Root, "themes", "default");
        SiteTree.CopyDirectory(RepositoryRoot.DefaultTheme, theme, skip: "node_modules");
        var run = Lpip.Run(site.Root, "build", "--content", site.Content, "--theme", theme, "--output", site.Output);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("themes/default/theme.yml:", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("run 'npm ci --prefix themes/default'", run.Stderr, StringComparison.Ordinal);
    }
}
