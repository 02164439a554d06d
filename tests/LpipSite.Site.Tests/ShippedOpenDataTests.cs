using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using LpipSite.Site.Tests.Support;
using IcalCalendar = Ical.Net.Calendar;
using LpipSite.Testing;

namespace LpipSite.Site.Tests;

/// <summary>The reuse outputs of the shipped content: what real readers download.</summary>
public partial class ShippedOpenDataTests : IClassFixture<ShippedOpenDataTests.ShippedSite>
{
    public sealed class ShippedSite : IDisposable
    {
        public ShippedSite()
        {
            Tree = new SiteTree();
            Run = Lpip.Run(Tree.Root, "build", "--content", RepositoryRoot.Content, "--theme", RepositoryRoot.DefaultTheme, "--output", Tree.Output, "--today", "2026-11-25");
        }

        public SiteTree Tree { get; }
        public LpipRun Run { get; }

        public void Dispose() => Tree.Dispose();
    }

    private readonly ShippedSite _site;

    public ShippedOpenDataTests(ShippedSite site) => _site = site;

    private string Output => _site.Tree.Output;

    [Fact]
    public void Every_shipped_json_export_validates_against_its_schema()
    {
        Assert.True(_site.Run.ExitCode == 0, _site.Run.Stderr);
        var exports = Directory.GetFiles(Path.Combine(Output, "data"), "*.json");
        Assert.Equal(8, exports.Length);
        foreach (var export in exports)
        {
            var name = Path.GetFileNameWithoutExtension(export);
            var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Output, "data", "schema", name + ".schema.json")));
            using var document = JsonDocument.Parse(File.ReadAllText(export));
            var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
            Assert.True(result.IsValid, name + ": " + JsonSerializer.Serialize(result));
            Assert.True(document.RootElement.GetProperty("count").GetInt32() > 0, name + " is empty");
        }
    }

    [Fact]
    public void Drafts_and_scheduled_items_are_in_no_export_or_site_wide_calendar()
    {
        Assert.True(_site.Run.ExitCode == 0, _site.Run.Stderr);
        var files = Directory.GetFiles(Path.Combine(Output, "data"), "*", SearchOption.AllDirectories)
            .Append(Path.Combine(Output, "training", "sessions.ics"))
            .Append(Path.Combine(Output, "news", "events.ics"));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("example-draft-internal-note", text, StringComparison.Ordinal);
            Assert.DoesNotContain("example-scheduled-post", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_shipped_calendar_parses_and_every_page_has_parseable_json_ld()
    {
        Assert.True(_site.Run.ExitCode == 0, _site.Run.Stderr);
        foreach (var ics in Directory.GetFiles(Output, "*.ics", SearchOption.AllDirectories))
        {
            var calendar = IcalCalendar.Load(File.ReadAllText(ics));
            Assert.NotNull(calendar);
            Assert.All(calendar!.Events, e => Assert.False(string.IsNullOrEmpty(e.Uid), ics));
        }

        var redirects = Redirects.OldPaths(Output);
        foreach (var page in Directory.GetFiles(Output, "index.html", SearchOption.AllDirectories)
            .Where(p => !redirects.Contains("/" + Path.GetRelativePath(Output, Path.GetDirectoryName(p)!).Replace('\\', '/') + "/"))
            // The web editor's page describes nothing for search engines (and is noindex).
            .Where(p => Path.GetRelativePath(Output, p).Replace('\\', '/') != "admin/index.html"))
        {
            var scripts = JsonLd().Matches(File.ReadAllText(page));
            Assert.True(scripts.Count == 1, page);
            var graph = JsonNode.Parse(scripts[0].Groups[1].Value)!["@graph"]!.AsArray();
            Assert.All(graph, node => Assert.NotNull(node!["@type"]));
        }
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
