using System.Text.Json;
using LpipSite.Core.Search;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Search;

/// <summary>
/// Builds a small Welsh index in C# (LunrIndexBuilder with SearchLanguage.Welsh) and has
/// tests/tools/lunr-cy-difftest.js build the same one in lunr.js 2.3.9 with lunr-cy.js: the JSON must be
/// byte-identical, and queries with mutated forms must give the same results on both and find every form of
/// the word.
/// </summary>
public sealed class WelshDifferentialTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("lunr-cy-difftest-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static readonly (string Id, string Title, string Body)[] Corpus =
    [
        ("1", "Caerdydd", "Caerdydd"),
        ("2", "Newyddion", "Cynhadledd yng Nghaerdydd."),
        ("3", "Prifysgol Aberystwyth", "Mae’r tŷ yn y dref, ger y môr (Ceredigion)."),
        ("4", "Taith i Gaerdydd", "O Fangor i Gaerdydd a Chaerdydd i Fôn: 250 milltir!"),
        ("5", "Ynys Môn", "Gŵyl Fawr ym Mangor; ei henw hi yw «Gŵyl yr Haf»."),
        ("6", "Llety yn Nhref", "Rhaglen: lety, raglen — 'r gwaith yn y wlad; tŷ’r dref."),
        ("7", "English words", "The Rural Wales LPIP is led by Aberystwyth University."),
        ("10", "", "Bara, fara, mara; phrosiect a'r prosiect."),
    ];

    private static readonly string[] Queries =
    [
        "nghaerdydd", "gaerdydd", "chaerdydd", "caerdydd", "bangor", "mangor", "fangor", "môn", "fôn", "tŷ", "tref",
        "nhref", "thref", "llety", "lety", "rhaglen", "enw", "henw", "gŵyl", "wyl", "bara", "prosiect", "prifysgol",
        "aberystwyth", "+gaerdydd +bangor", "caerdydd -newyddion", "title:caerdydd", "caer*", "yr", "university",
        "(caerdydd),", "i’r",
    ];

    private static LunrIndex CorpusIndex()
    {
        var builder = new LunrIndexBuilder(SearchLanguage.Welsh);
        builder.AddField("title", 10);
        builder.AddField("body");
        foreach ((string id, string title, string body) in Corpus)
        {
            builder.Add(new LunrDocument(id, new Dictionary<string, LunrValue> { ["title"] = title, ["body"] = body }));
        }

        return builder.Build();
    }

    /// <summary>
    /// tests/fixtures/welsh-search/corpus-index.json is what the separate WelshIndexBuilder wrote for the
    /// corpus before it was folded into LunrIndexBuilder.
    /// </summary>
    [Fact]
    public void Welsh_index_from_the_one_builder_is_byte_identical_to_the_former_Welsh_builders()
    {
        byte[] former = File.ReadAllBytes(RepositoryRoot.PathOf("tests", "fixtures", "welsh-search", "corpus-index.json"));
        Assert.Equal(former, CorpusIndex().ToUtf8Bytes());
    }

    [Fact]
    public void Welsh_index_is_byte_identical_to_lunr_js_with_lunr_cy_and_any_mutated_form_finds_every_form()
    {
        string docsPath = Path.Combine(_work, "docs.json"), candidatePath = Path.Combine(_work, "candidate.json"), queriesPath = Path.Combine(_work, "queries.json");
        File.WriteAllText(docsPath, JsonSerializer.Serialize(new
        {
            fields = new object[] { new { name = "title", boost = 10 }, new { name = "body" } },
            documents = Corpus.Select(d => new { id = d.Id, title = d.Title, body = d.Body }),
        }));
        File.WriteAllBytes(candidatePath, CorpusIndex().ToUtf8Bytes());
        File.WriteAllText(queriesPath, JsonSerializer.Serialize(Queries));

        (int exit, string output) = WelshNode.Run(RepositoryRoot.PathOf("tests", "tools", "lunr-cy-difftest.js"), docsPath, candidatePath, queriesPath);
        Assert.True(exit == 0, $"lunr-cy-difftest.js exit {exit}:\n{output}");

        JsonElement results = JsonDocument.Parse(output).RootElement.GetProperty("results");
        string[] Refs(string query) => [.. results.GetProperty(query).EnumerateArray().Select(r => r.GetString()!)];

        // Document 1 says only "Caerdydd"; document 2 only "yng Nghaerdydd".
        foreach (string mutated in new[] { "nghaerdydd", "gaerdydd", "chaerdydd" })
        {
            Assert.Contains("1", Refs(mutated));
            Assert.Contains("2", Refs(mutated));
        }

        Assert.Contains("2", Refs("caerdydd"));
        Assert.Equal(["1", "2", "4"], Refs("caerdydd").Order(StringComparer.Ordinal));
        Assert.Contains("5", Refs("bangor"));   // "ym Mangor"
        Assert.Contains("4", Refs("bangor"));   // "O Fangor"
        Assert.Contains("5", Refs("enw"));      // "ei henw"
        Assert.Contains("6", Refs("llety"));    // "lety"
        Assert.Contains("4", Refs("môn"));      // "i Fôn"
        Assert.Contains("3", Refs("tŷ"));       // kept whole by the Welsh trimmer
        Assert.Contains("1", Refs("(caerdydd),")); // the query is trimmed too
        Assert.Empty(Refs("yr"));               // a stop word
    }

    [Fact]
    public void Welsh_index_with_positions_duplicate_refs_and_array_fields_is_byte_identical_to_lunr_js()
    {
        // Each form of a mutated word is an occurrence of its own carrying the word's position, as in lunr.
        object[] documents =
        [
            new { id = "a", title = "Yng Nghaerdydd", body = "Caerdydd, Gaerdydd; tŷ’r dref." },
            new { id = "b", title = "Ynys Môn", body = new[] { "Ym Mangor", "fara" } },
            new { id = "a", title = "Yn Abertawe", body = "ei henw — !!! i'r" },
        ];
        var builder = new LunrIndexBuilder(SearchLanguage.Welsh) { MetadataWhitelist = ["position", "index"] };
        builder.AddField("title", 3);
        builder.AddField("body");
        builder.Add(new LunrDocument("a", new Dictionary<string, LunrValue> { ["title"] = "Yng Nghaerdydd", ["body"] = "Caerdydd, Gaerdydd; tŷ’r dref." }));
        builder.Add(new LunrDocument("b", new Dictionary<string, LunrValue> { ["title"] = "Ynys Môn", ["body"] = LunrValue.FromArray(["Ym Mangor", "fara"]) }));
        builder.Add(new LunrDocument("a", new Dictionary<string, LunrValue> { ["title"] = "Yn Abertawe", ["body"] = "ei henw — !!! i'r" }));

        string docsPath = Path.Combine(_work, "docs.json"), candidatePath = Path.Combine(_work, "candidate.json"), queriesPath = Path.Combine(_work, "queries.json");
        File.WriteAllText(docsPath, JsonSerializer.Serialize(new
        {
            fields = new object[] { new { name = "title", boost = 3 }, new { name = "body" } },
            documents,
            metadataWhitelist = new[] { "position", "index" },
        }));
        File.WriteAllBytes(candidatePath, builder.Build().ToUtf8Bytes());
        File.WriteAllText(queriesPath, JsonSerializer.Serialize(new[] { "caerdydd", "nghaerdydd", "bangor", "mangor", "enw", "abertawe", "bara" }));

        (int exit, string output) = WelshNode.Run(RepositoryRoot.PathOf("tests", "tools", "lunr-cy-difftest.js"), docsPath, candidatePath, queriesPath);
        Assert.True(exit == 0, $"lunr-cy-difftest.js exit {exit}:\n{output}");
    }

    [Fact]
    public void Welsh_index_serialises_the_welsh_pipeline_labels()
    {
        var builder = new LunrIndexBuilder(SearchLanguage.Welsh);
        builder.AddField("body");
        builder.Add(new LunrDocument("1", new Dictionary<string, LunrValue> { ["body"] = "yng Nghaerdydd" }));
        string json = builder.Build().ToJson();
        Assert.EndsWith(",\"pipeline\":[\"trimmer-cy\",\"stopWordFilter-cy\",\"mutations-cy\"]}", json, StringComparison.Ordinal);
        Assert.Contains("[\"caerdydd\",{\"_index\":1,\"body\":{\"1\":{}}}]", json, StringComparison.Ordinal);
    }
}
