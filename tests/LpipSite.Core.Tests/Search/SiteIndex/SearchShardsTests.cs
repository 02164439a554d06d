using System.Text.Json.Nodes;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Outputs.Search;
using LpipSite.Core.Search;
using LpipSite.Core.Tests.Support;
using LpipSite.Core.Validation;
using LpipSite.Core.Writing;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Search.SiteIndex;

/// <summary>The sharded search files: every term once, in lunr's order, with exactly the whole index's postings and scores; lunr.js answers the same from them.</summary>
public class SearchShardsTests
{
    private static IReadOnlyList<SearchEntry> SampleEntries => SearchEntries.From(FixtureSite.Sample.Model(), DefaultThemeText.English);

    private static IReadOnlyList<OutputFile> Shards(IReadOnlyList<SearchEntry> entries, SearchLanguage language, int shardBytes = SearchShards.ShardBytes) =>
        SearchShards.Write("search/", SiteSearchIndex.LunrIndexOf(entries, language), entries, SearchEntries.Facets(FixtureSite.Sample.Model(), DefaultThemeText.English), shardBytes);

    private static JsonNode Json(IEnumerable<OutputFile> files, string path) => JsonNode.Parse(files.Single(f => f.Path == path).Content.Span)!;

    private static List<OutputFile> TermShards(IEnumerable<OutputFile> files) =>
        files.Where(f => f.Path.StartsWith("search/terms/", StringComparison.Ordinal))
            .OrderBy(f => int.Parse(f.Path["search/terms/".Length..^".json".Length], System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [Theory]
    [InlineData("en")]
    [InlineData("cy")]
    public void Every_term_is_in_one_shard_with_the_whole_index_postings_and_field_vector_entries(string code)
    {
        var entries = SampleEntries;
        var language = SearchLanguage.Of(code);
        var whole = JsonNode.Parse(SiteSearchIndex.LunrIndexOf(entries, language).ToUtf8Bytes())!;
        var files = Shards(entries, language, shardBytes: 1024);
        var fields = whole["fields"]!.AsArray().Select(f => (string)f!).ToList();
        var vectors = whole["fieldVectors"]!.AsArray().ToDictionary(v => (string)v![0]!, v => v![1]!.AsArray().Select(x => (double)x!).ToList(), StringComparer.Ordinal);

        var sharded = TermShards(files).SelectMany(f => JsonNode.Parse(f.Content.Span)!.AsArray()).ToList();
        var terms = whole["invertedIndex"]!.AsArray();
        Assert.Equal(terms.Select(t => (string)t![0]!), sharded.Select(t => (string)t![0]!));
        for (var i = 0; i < terms.Count; i++)
        {
            var (term, posting, entry) = ((string)terms[i]![0]!, terms[i]![1]!, sharded[i]!.AsArray());
            Assert.Equal((int)posting["_index"]!, (int)entry[1]!);
            for (var f = 0; f < fields.Count; f++)
            {
                var expected = posting[fields[f]]!.AsObject().Select(p => p.Key).ToList();
                var flat = entry[2 + f]!.AsArray().Select(x => (long)x!).ToList();
                var refs = new List<string>();
                var previous = 0L;
                for (var p = 0; p < flat.Count; p += 2)
                {
                    previous += flat[p];
                    var docRef = previous.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    refs.Add(docRef);
                    var vector = vectors[fields[f] + "/" + docRef];
                    var at = Enumerable.Range(0, vector.Count / 2).Single(k => vector[2 * k] == (int)posting["_index"]!);
                    Assert.True(vector[(2 * at) + 1] == flat[p + 1] / 1000.0, $"{term} in {fields[f]}/{docRef}: {vector[(2 * at) + 1]} ≠ {flat[p + 1]}/1000");
                }

                Assert.Equal(expected, refs);
            }
        }
    }

    [Fact]
    public void A_shard_closes_once_it_reaches_the_size_limit_and_the_manifest_names_each_shards_first_term()
    {
        var files = Shards(SampleEntries, SearchLanguage.English, shardBytes: 1024);
        var shards = TermShards(files);
        var manifest = Json(files, "search/manifest.json");
        var first = manifest["shards"]!.AsArray().Select(t => (string)t!).ToList();

        Assert.True(shards.Count > 5, $"{shards.Count} shards of 1 KB");
        Assert.Equal(shards.Count, first.Count);
        Assert.Equal(first.Order(StringComparer.Ordinal), first);
        for (var i = 0; i < shards.Count; i++)
        {
            var entries = JsonNode.Parse(shards[i].Content.Span)!.AsArray();
            Assert.Equal(first[i], (string)entries[0]![0]!);
            if (i < shards.Count - 1)
            {
                Assert.True(shards[i].Content.Length >= 1024, $"shard {i} closed early at {shards[i].Content.Length} bytes");
                var withoutLast = shards[i].Content.Length - entries[^1]!.ToJsonString().Length;
                Assert.True(withoutLast < 1024 + 2, $"shard {i} went on past the limit");
            }
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("cy")]
    public void Lunr_js_gives_the_same_results_and_scores_from_small_shards_as_from_the_whole_index(string code)
    {
        var entries = SampleEntries;
        var language = SearchLanguage.Of(code);
        using var folder = new TemporaryFolder("lpip-shards");
        File.WriteAllBytes(Path.Combine(folder.Path, "index.json"), SiteSearchIndex.LunrIndexOf(entries, language).ToUtf8Bytes());
        WriteAll(folder.Path, Shards(entries, language, shardBytes: 2048));

        string[] welsh = code == "cy" ? ["--welsh"] : [];
        var (exit, output) = NodeLunr.Run("lunr-shards-difftest.js", [Path.Combine(folder.Path, "index.json"), Path.Combine(folder.Path, "search", "manifest.json"), "--queries", "25", .. welsh], TimeSpan.FromMinutes(2));
        Assert.True(exit == 0, output);
        Assert.Contains("300 queries", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lunr_js_gives_the_same_results_and_scores_from_the_shards_of_ten_thousand_case_studies()
    {
        using var folder = new TemporaryFolder("lpip-shards-10k");
        var content = Path.Combine(folder.Path, "content");
        SyntheticCorpus.Write(content, 10_000);
        var bag = new DiagnosticBag();
        var today = new DateOnly(2026, 11, 25);
        var validated = ContentValidator.Validate(ContentLoader.Load(content, bag), bag, today);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted().Select(d => d.Format())));
        var model = SiteModelFactory.Create(new ItemMapper(validated).Map(), today, includeUnpublished: false);
        var files = SiteSearchIndex.Build(model, DefaultThemeText.English);
        Assert.True(model.CaseStudies.Count == 10_000);
        WriteAll(folder.Path, files.All);

        var (exit, output) = NodeLunr.Run("lunr-shards-difftest.js", [Path.Combine(folder.Path, "search", "index.json"), Path.Combine(folder.Path, "search", "manifest.json"), "--queries", "20"], TimeSpan.FromMinutes(5));
        Assert.True(exit == 0, output);
        Assert.Contains("240 queries", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_list_the_values_documents_have_in_display_order_and_each_documents_values()
    {
        var model = FixtureSite.Sample.Model();
        var entries = SearchEntries.From(model, DefaultThemeText.English);
        var filters = Json(SiteSearchIndex.Build(model, DefaultThemeText.English).Shards, "search/filters.json")["facets"]!.AsArray();
        var byKey = filters.ToDictionary(f => (string)f!["key"]!, f => f!, StringComparer.Ordinal);

        // Opportunities are not in the sample, so their kind is not offered; every other facet is.
        Assert.Equal(["type", "theme", "nation", "method", "evidence", "partnership"], byKey.Keys);
        Assert.Equal("Evidence level", (string)byKey["evidence"]["legend"]!);
        foreach (var (key, facet) in byKey)
        {
            var values = facet["values"]!.AsArray().Select(v => (string)v![0]!).ToList();
            var docs = facet["docs"]!.AsArray();
            Assert.Equal(entries.Count, docs.Count);
            for (var d = 0; d < entries.Count; d++)
            {
                var expected = key == "type" ? [entries[d].Type] : entries[d].Facets.GetValueOrDefault(key) ?? [];
                var actual = docs[d] switch
                {
                    null => [],
                    JsonArray several => several.Select(i => values[(int)i!]).ToList(),
                    var one => [values[(int)one]],
                };
                Assert.Equal(expected, actual);
            }

            // Every listed value is used, and values keep the facet's display order.
            var all = SearchFacets.All.Single(f => f.Key == key).Values(new SearchEntryContext(model, DefaultThemeText.English, null)).Select(v => v.Id).ToList();
            Assert.Equal(all.Where(values.Contains), values);
            Assert.All(values, v => Assert.Contains(entries, e => (key == "type" ? [e.Type] : e.Facets.GetValueOrDefault(key) ?? []).Contains(v)));
        }

        var leeds = entries.Select((e, i) => (e, i)).First(x => x.e.Type == "case-study");
        Assert.NotEmpty(leeds.e.Facets[SearchFacets.Theme]);
        Assert.NotEmpty(leeds.e.Facets[SearchFacets.Nation]);
    }

    [Fact]
    public void Each_document_file_has_what_its_result_shows_and_dates_count_days_since_1970()
    {
        var entries = SampleEntries;
        var files = Shards(entries, SearchLanguage.English);
        var dates = Json(files, "search/dates.json").AsArray();
        Assert.Equal(entries.Count, dates.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var doc = Json(files, $"search/docs/{i}.json").AsArray().Select(x => (string)x!).ToList();
            var e = entries[i];
            Assert.Equal([e.Url, e.Type, e.Title, e.Summary, e.Meta, e.Body], doc);
            Assert.Equal(e.Date is { } date ? date.DayNumber - new DateOnly(1970, 1, 1).DayNumber : null, (int?)dates[i]);
        }

        Assert.Contains(entries, e => e.Date is not null);
        Assert.Contains(entries, e => e.Date is null);
    }

    [Fact]
    public void The_manifest_describes_the_index_and_its_build_hash_changes_with_any_document()
    {
        var entries = SampleEntries;
        var manifest = Json(Shards(entries, SearchLanguage.English), "search/manifest.json");
        Assert.Equal(1, (int)manifest["format"]!);
        Assert.Equal(["title", "summary", "tags", "body"], manifest["fields"]!.AsArray().Select(f => (string)f!));
        Assert.Equal(["stemmer"], manifest["pipeline"]!.AsArray().Select(f => (string)f!));
        Assert.Equal(entries.Count, (int)manifest["documents"]!);
        Assert.Equal(Json(Shards(entries, SearchLanguage.English), "search/vocabulary.json").AsArray().Count, (int)manifest["terms"]!);

        var edited = entries.Select((e, i) => i == 3 ? e with { Summary = e.Summary + " Edited." } : e).ToList();
        var again = Json(Shards(entries, SearchLanguage.English), "search/manifest.json");
        Assert.Equal((string)manifest["build"]!, (string)again["build"]!);
        Assert.NotEqual((string)manifest["build"]!, (string)Json(Shards(edited, SearchLanguage.English), "search/manifest.json")["build"]!);
        Assert.Matches("^[0-9a-f]{12}$", (string)manifest["build"]!);
    }

    [Fact]
    public void The_same_entries_give_the_same_bytes()
    {
        var first = Shards(SampleEntries, SearchLanguage.English);
        var second = Shards(SampleEntries, SearchLanguage.English);
        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.All(first.Zip(second), pair => Assert.True(pair.First.Content.Span.SequenceEqual(pair.Second.Content.Span), pair.First.Path));
    }

    [Fact]
    public void Shards_need_refs_that_are_the_documents_positions()
    {
        var builder = new LunrIndexBuilder();
        builder.AddField("title");
        builder.Add(new LunrDocument("a", new Dictionary<string, LunrValue>(StringComparer.Ordinal) { ["title"] = "x" }));
        var index = builder.Build();
        Assert.False(index.HasPositionalRefs);
        Assert.Throws<InvalidOperationException>(() => index.TermPostings().ToList());
    }

    private static void WriteAll(string root, IEnumerable<OutputFile> files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content.ToArray());
        }
    }
}
