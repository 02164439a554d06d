using System.Text;
using LpipSite.Core.Search;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Search;

/// <summary>Expected strings are JSON.stringify output of lunr.js 2.3.9 for the same calls.</summary>
public class LunrIndexBuilderTests
{
    private static LunrDocument Doc(string reference, params (string Field, LunrValue Value)[] fields) =>
        new(reference, fields.ToDictionary(f => f.Field, f => f.Value, StringComparer.Ordinal));

    private static string Golden(string name) => File.ReadAllText(RepositoryRoot.PathOf("tests", "fixtures", "lunr", name)).TrimEnd('\n');

    [Fact]
    public void Default_example_matches_lunrs_golden_output_byte_for_byte()
    {
        LunrIndex index = LunrInputReader.ReadFile(RepositoryRoot.PathOf("tests", "fixtures", "lunr", "example-docs.json")).BuildIndex();
        Assert.Equal(Encoding.UTF8.GetBytes(Golden("example.json")), index.ToUtf8Bytes());
    }

    [Fact]
    public void Boosted_example_with_position_metadata_matches_lunrs_golden_output_byte_for_byte()
    {
        LunrIndex index = LunrInputReader.ReadFile(RepositoryRoot.PathOf("tests", "fixtures", "lunr", "example-input-boost.json")).BuildIndex();
        Assert.Equal(Encoding.UTF8.GetBytes(Golden("example-boost-meta.json")), index.ToUtf8Bytes());
    }

    [Fact]
    public void Builder_api_reproduces_the_golden_example()
    {
        var builder = new LunrIndexBuilder();
        builder.AddField("title", boost: 10);
        builder.AddField("body");
        builder.MetadataWhitelist = ["position"];
        builder.Add(Doc("1", ("title", "Running with Lunr"), ("body", "Lunr is a small, full-text search library for use in the browser.")));
        builder.Add(Doc("2", ("title", "Search indexes"), ("body", "Pre-built indexes load quickly; building indexes in the browser is slow.")));
        builder.Add(Doc("3", ("title", "C# builders"), ("body", "A builder written in C# must match lunr's scores exactly.")) with { Boost = 2 });
        Assert.Equal(Golden("example-boost-meta.json"), builder.Build().ToJson());
    }

    [Fact]
    public void An_index_without_documents_has_empty_vectors_and_postings()
    {
        var builder = new LunrIndexBuilder();
        builder.AddField("t");
        Assert.Equal(
            "{\"version\":\"2.3.9\",\"fields\":[\"t\"],\"fieldVectors\":[],\"invertedIndex\":[],\"pipeline\":[\"stemmer\"]}",
            builder.Build().ToJson());
    }

    [Fact]
    public void Index_like_field_names_and_refs_come_first_in_numeric_order()
    {
        var builder = new LunrIndexBuilder();
        builder.AddField("x");
        builder.AddField("2");
        builder.Add(Doc("b", ("x", "alpha"), ("2", "beta")));
        builder.Add(Doc("10", ("x", "alpha")));
        builder.Add(Doc("9", ("x", "alpha gamma")));
        Assert.Equal(
            "{\"version\":\"2.3.9\",\"fields\":[\"2\",\"x\"],\"fieldVectors\":[[\"2/b\",[0,0.539]],[\"x/b\",[1,0.149]],[\"2/10\",[]],[\"x/10\",[1,0.149]],[\"2/9\",[]],[\"x/9\",[1,0.111,2,0.814]]],\"invertedIndex\":[[\"alpha\",{\"2\":{},\"_index\":1,\"x\":{\"9\":{},\"10\":{},\"b\":{}}}],[\"beta\",{\"2\":{\"b\":{}},\"_index\":0,\"x\":{}}],[\"gamma\",{\"2\":{},\"_index\":2,\"x\":{\"9\":{}}}]],\"pipeline\":[\"stemmer\"]}",
            builder.Build().ToJson());
    }

    [Fact]
    public void Duplicate_refs_keep_stale_postings_and_take_the_last_vector()
    {
        var builder = new LunrIndexBuilder();
        builder.AddField("t");
        builder.Add(Doc("a", ("t", "one two")));
        builder.Add(Doc("b", ("t", "two")));
        builder.Add(Doc("a", ("t", "three")));
        Assert.Equal(
            "{\"version\":\"2.3.9\",\"fields\":[\"t\"],\"fieldVectors\":[[\"t/a\",[2,0.981]],[\"t/b\",[1,0.47]]],\"invertedIndex\":[[\"on\",{\"_index\":0,\"t\":{\"a\":{}}}],[\"three\",{\"_index\":2,\"t\":{\"a\":{}}}],[\"two\",{\"_index\":1,\"t\":{\"a\":{},\"b\":{}}}]],\"pipeline\":[\"stemmer\"]}",
            builder.Build().ToJson());
    }

    [Fact]
    public void Array_fields_store_null_position_and_the_empty_term_is_indexed()
    {
        var builder = new LunrIndexBuilder { MetadataWhitelist = ["position", "index", "fields"] };
        builder.AddField("t");
        builder.Add(Doc("x", ("t", LunrValue.FromArray(["Foo Bar", null, 42]))));
        builder.Add(Doc("undefined", ("t", "!!! ok")));
        Assert.Equal(
            "{\"version\":\"2.3.9\",\"fields\":[\"t\"],\"fieldVectors\":[[\"t/x\",[0,0.641,1,0.169,2,0.641]],[\"t/undefined\",[1,0.199,3,0.755]]],\"invertedIndex\":[[\"\",{\"_index\":1,\"t\":{\"x\":{\"position\":[null],\"index\":[null],\"fields\":[[\"t\"]]},\"undefined\":{\"position\":[[0,3]],\"index\":[0],\"fields\":[[\"t\"]]}}}],[\"42\",{\"_index\":2,\"t\":{\"x\":{\"position\":[null],\"index\":[null],\"fields\":[[\"t\"]]}}}],[\"foo bar\",{\"_index\":0,\"t\":{\"x\":{\"position\":[null],\"index\":[null],\"fields\":[[\"t\"]]}}}],[\"ok\",{\"_index\":3,\"t\":{\"undefined\":{\"position\":[[4,2]],\"index\":[1],\"fields\":[[\"t\"]]}}}]],\"pipeline\":[\"stemmer\"]}",
            builder.Build().ToJson());
    }

    [Fact]
    public void B_is_clamped_k1_is_not_and_a_zero_document_boost_counts_as_one()
    {
        var builder = new LunrIndexBuilder { B = 5, K1 = 2 };
        Assert.Equal(1, builder.B);
        builder.AddField("t");
        builder.Add(Doc("1", ("t", "cats and dogs and cats")) with { Boost = 0 });
        builder.Add(Doc("2", ("t", "dogs")) with { Boost = 3 });
        Assert.Equal(
            "{\"version\":\"2.3.9\",\"fields\":[\"t\"],\"fieldVectors\":[[\"t/1\",[0,0.832,1,0.137]],[\"t/2\",[1,0.82]]],\"invertedIndex\":[[\"cat\",{\"_index\":0,\"t\":{\"1\":{}}}],[\"dog\",{\"_index\":1,\"t\":{\"1\":{},\"2\":{}}}]],\"pipeline\":[\"stemmer\"]}",
            builder.Build().ToJson());
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("_index")]
    [InlineData("constructor")]
    [InlineData("toString")]
    public void Field_names_lunr_cannot_handle_are_rejected(string name)
    {
        var builder = new LunrIndexBuilder();
        Assert.Throws<ArgumentException>(() => builder.AddField(name));
    }

    [Fact]
    public void Configuration_after_the_first_document_and_reuse_after_build_are_rejected()
    {
        var builder = new LunrIndexBuilder();
        builder.AddField("t");
        builder.Add(Doc("1", ("t", "x")));
        Assert.Throws<InvalidOperationException>(() => builder.AddField("u"));
        Assert.Throws<InvalidOperationException>(() => builder.MetadataWhitelist = ["position"]);
        builder.Build();
        Assert.Throws<InvalidOperationException>(() => builder.Add(Doc("2", ("t", "y"))));
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    [Fact]
    public void Serialising_twice_gives_identical_bytes()
    {
        LunrIndex index = LunrInputReader.ReadFile(RepositoryRoot.PathOf("tests", "fixtures", "lunr", "example-input-boost.json")).BuildIndex();
        Assert.Equal(index.ToUtf8Bytes(), index.ToUtf8Bytes());
        Assert.Equal(3, index.DocumentCount);
        Assert.Equal(23, index.TermCount);
    }
}
