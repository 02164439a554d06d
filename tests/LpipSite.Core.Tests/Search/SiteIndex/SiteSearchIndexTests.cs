using System.Text.Json;
using System.Text.Json.Nodes;
using LpipSite.Core.Model;
using LpipSite.Core.Outputs.Search;
using LpipSite.Core.Search;
using LpipSite.Testing;
using LpipSite.Core.Tests.Rendering;
using LpipSite.Core.Tests.Support;

namespace LpipSite.Core.Tests.Search.SiteIndex;

public class SiteSearchIndexTests
{
    private static JsonArray Docs(SiteSearchFiles files) =>
        JsonNode.Parse(files.Documents.Content.Span)!["docs"]!.AsArray();

    [Fact]
    public void Every_published_page_type_is_indexed_and_unpublished_items_are_not()
    {
        var model = FixtureSite.Sample.Model();
        var files = SiteSearchIndex.Build(model, DefaultThemeText.English);
        var urls = Docs(files).Select(d => (string)d![0]!).ToHashSet(StringComparer.Ordinal);

        var expected = model.CaseStudies.Cast<ContentItem>().Concat(model.Places).Concat(model.Partnerships)
            .Concat(model.Methods).Concat(model.Training).Concat(model.News).Concat(model.Pages).Select(i => i.Url).ToList();
        Assert.Equal(expected.Count, urls.Count);
        Assert.All(expected, url => Assert.Contains(url, urls));

        var unpublished = FixtureSite.Sample.Content.CaseStudies.Cast<ContentItem>().Concat(FixtureSite.Sample.Content.News)
            .Where(i => i.Publication.StateOn(FixtureSite.Sample.Today) != PublishState.Published).ToList();
        Assert.NotEmpty(unpublished);
        Assert.All(unpublished, item => Assert.DoesNotContain(item.Url, urls));
        var documents = System.Text.Encoding.UTF8.GetString(files.Documents.Content.Span);
        Assert.All(unpublished, item => Assert.DoesNotContain(item.DisplayName, documents, StringComparison.Ordinal));
    }

    [Fact]
    public void Document_store_carries_type_title_url_summary_and_the_type_labels()
    {
        var files = SiteSearchIndex.Build(FixtureSite.Sample.Model(), DefaultThemeText.English);
        var store = JsonNode.Parse(files.Documents.Content.Span)!;
        Assert.Equal("Case study", (string)store["types"]!["case-study"]!);
        var first = store["docs"]![0]!.AsArray();
        Assert.Equal(5, first.Count);
        Assert.StartsWith("/case-studies/", (string)first[0]!, StringComparison.Ordinal);
        Assert.Equal("case-study", (string)first[1]!);
    }

    [Fact]
    public void Site_index_is_byte_identical_to_what_lunr_js_builds_from_the_same_documents()
    {
        var entries = SearchEntries.From(FixtureSite.Sample.Model(), DefaultThemeText.English);
        var files = SiteSearchIndex.Build(entries, DefaultThemeText.English);
        var folder = Directory.CreateTempSubdirectory("lpip-site-index");
        try
        {
            var input = DifferentialInput(entries);
            input["ref"] = "id";
            var inputPath = Path.Combine(folder.FullName, "input.json");
            var candidatePath = Path.Combine(folder.FullName, "index.json");
            File.WriteAllText(inputPath, input.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            File.WriteAllBytes(candidatePath, files.Index.Content.ToArray());

            var (exitCode, output) = NodeLunr.DiffTest(inputPath, candidatePath);
            Assert.True(exitCode == 0, output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void English_files_keep_their_paths_and_urls()
    {
        var files = SiteSearchIndex.Build(FixtureSite.Sample.Model(), DefaultThemeText.English);
        Assert.Equal(("search/index.json", "search/documents.json"), (files.Index.Path, files.Documents.Path));
        Assert.Equal(("/search/index.json", "/search/documents.json"), (files.IndexUrl, files.DocumentsUrl));
        Assert.Same(SearchLanguage.English, files.Language);
        Assert.Equal(SiteSearchIndex.IndexPath, SiteSearchIndex.IndexPathOf(SearchLanguage.English));
        Assert.Equal(SiteSearchIndex.DocumentsPath, SiteSearchIndex.DocumentsPathOf(SearchLanguage.English));
        Assert.Equal(files.Index.Content.ToArray(), SiteSearchIndex.Build(FixtureSite.Sample.Model(), DefaultThemeText.English, null, SearchLanguage.English).Index.Content.ToArray());
    }

    [Fact]
    public void Welsh_files_are_under_cy_and_their_index_names_the_welsh_pipeline()
    {
        var model = FixtureSite.Sample.Model();
        var files = SiteSearchIndex.Build(model, DefaultThemeText.English, null, SearchLanguage.Welsh);

        Assert.Equal(("cy/search/index.json", "cy/search/documents.json"), (files.Index.Path, files.Documents.Path));
        Assert.Equal(("/cy/search/index.json", "/cy/search/documents.json"), (files.IndexUrl, files.DocumentsUrl));
        Assert.Equal((files.IndexUrl, files.DocumentsUrl), (SiteSearchIndex.IndexUrlOf(SearchLanguage.Welsh), SiteSearchIndex.DocumentsUrlOf(SearchLanguage.Welsh)));
        Assert.Same(SearchLanguage.Welsh, files.Language);
        var index = JsonNode.Parse(files.Index.Content.Span)!;
        Assert.Equal(["trimmer-cy", "stopWordFilter-cy", "mutations-cy"], index["pipeline"]!.AsArray().Select(l => (string)l!));
        Assert.Equal(SiteSearchIndex.Fields.Select(f => f.Name), index["fields"]!.AsArray().Select(f => (string)f!));
        Assert.Equal(SiteSearchIndex.Build(model, DefaultThemeText.English).Documents.Content.ToArray(), files.Documents.Content.ToArray());
    }

    [Fact]
    public void Welsh_index_is_byte_deterministic()
    {
        var first = SiteSearchIndex.Build(FixtureSite.Sample.Model(), DefaultThemeText.English, null, SearchLanguage.Welsh);
        var second = SiteSearchIndex.Build(FixtureSite.Sample.Model(), DefaultThemeText.English, null, SearchLanguage.Welsh);
        Assert.Equal(first.Index.Content.ToArray(), second.Index.Content.ToArray());
        Assert.Equal(first.Documents.Content.ToArray(), second.Documents.Content.ToArray());
        var entries = SearchEntries.From(FixtureSite.Sample.Model(), DefaultThemeText.English);
        Assert.Equal(first.Index.Content.ToArray(), SiteSearchIndex.Build(entries, DefaultThemeText.English, null, SearchLanguage.Welsh).Index.Content.ToArray());
    }

    [Fact]
    public void Welsh_site_index_is_byte_identical_to_what_lunr_js_builds_with_lunr_cy()
    {
        var entries = SearchEntries.From(FixtureSite.Sample.Model(), DefaultThemeText.English);
        var files = SiteSearchIndex.Build(entries, DefaultThemeText.English, null, SearchLanguage.Welsh);
        var folder = Directory.CreateTempSubdirectory("lpip-site-index-cy");
        try
        {
            var input = DifferentialInput(entries);
            var inputPath = Path.Combine(folder.FullName, "docs.json");
            var candidatePath = Path.Combine(folder.FullName, "index.json");
            var queriesPath = Path.Combine(folder.FullName, "queries.json");
            File.WriteAllText(inputPath, input.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            File.WriteAllBytes(candidatePath, files.Index.Content.ToArray());
            File.WriteAllText(queriesPath, "[\"caerdydd\",\"nghaerdydd\",\"gymuned\",\"cymuned\",\"housing\",\"+wales\"]");

            var (exitCode, output) = WelshNode.Run(RepositoryRoot.PathOf("tests", "tools", "lunr-cy-difftest.js"), inputPath, candidatePath, queriesPath);
            Assert.True(exitCode == 0, output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Welsh_alternative_names_are_indexed_as_tags_of_their_place()
    {
        var model = FixtureSite.Sample.Model();
        var place = model.Places.FirstOrDefault(p => p.AltNames.Count > 0);
        Assert.NotNull(place);
        var entry = SearchEntries.From(model, DefaultThemeText.English).Single(e => e.Url == place!.Url);
        Assert.Contains(place!.AltNames[0].Name, entry.Tags, StringComparison.Ordinal);
    }

    /// <summary>The site's entries as the differential testers read them: the index's fields and one document per entry, refs by position.</summary>
    private static JsonObject DifferentialInput(IReadOnlyList<SearchEntry> entries) => new()
    {
        ["fields"] = new JsonArray(SiteSearchIndex.Fields.Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["boost"] = f.Boost }).ToArray()),
        ["documents"] = new JsonArray(entries.Select((e, i) => (JsonNode)new JsonObject
        {
            ["id"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["title"] = e.Title,
            ["summary"] = e.Summary,
            ["tags"] = e.Tags,
            ["body"] = e.Body,
        }).ToArray()),
    };
}
