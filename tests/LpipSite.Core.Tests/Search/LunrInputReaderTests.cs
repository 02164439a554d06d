using System.Text;
using LpipSite.Core.Search;

namespace LpipSite.Core.Tests.Search;

public class LunrInputReaderTests
{
    private static LunrInput Read(string json) => LunrInputReader.Read(Encoding.UTF8.GetBytes(json), "in.json");

    private static string Error(string json) => Assert.Throws<LunrInputException>(() => Read(json)).Message;

    [Fact]
    public void Array_form_uses_id_as_ref_and_every_other_key_as_a_field_in_first_seen_order()
    {
        LunrInput input = Read("""[{"id":"1","b":"x"},{"c":"y","id":"2","a":"z","b":"w"}]""");
        Assert.Equal("id", input.RefField);
        Assert.Equal(["b", "c", "a"], input.Fields.Select(f => f.Name));
        Assert.Equal(["1", "2"], input.Documents.Select(d => d.Ref));
    }

    [Fact]
    public void Object_form_reads_fields_boosts_parameters_and_whitelist()
    {
        LunrInput input = Read("""
            {"ref":"key","fields":[{"name":"title","boost":10},{"name":"body","boost":null}],"b":0.5,"k1":2,
             "metadataWhitelist":["position"],"documentBoosts":{"b":2},"documents":[{"key":"a"},{"key":"b"}]}
            """);
        Assert.Equal("key", input.RefField);
        Assert.Equal([new LunrField("title", 10), new LunrField("body", 1)], input.Fields);
        Assert.Equal(0.5, input.B);
        Assert.Equal(2, input.K1);
        Assert.Equal(["position"], input.MetadataWhitelist);
        Assert.Equal([1d, 2d], input.Documents.Select(d => d.Boost));
    }

    [Fact]
    public void Refs_are_converted_with_JS_String_rules()
    {
        LunrInput input = Read("""[{"id":1.0},{"id":1e21},{"id":true},{"id":null},{"t":"x"},{"id":[1,null,"a"]},{"id":{}},{"id":-0}]""");
        Assert.Equal(["1", "1e+21", "true", "null", "undefined", "1,,a", "[object Object]", "0"], input.Documents.Select(d => d.Ref));
    }

    [Fact]
    public void Escaped_lone_surrogates_survive_as_JS_strings_do()
    {
        LunrInput input = Read("""[{"id":"a\ud800b","t":"\u00e9\ud83d\ude00\n"}]""");
        Assert.Equal("a\ud800b", input.Documents[0].Ref);
        Assert.Equal("é😀\n", input.Documents[0].Fields["t"].ToString());
    }

    [Fact]
    public void A_byte_order_mark_is_tolerated()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""[{"id":"1"}]""")];
        Assert.Single(LunrInputReader.Read(bytes, "bom.json").Documents);
    }

    [Theory]
    [InlineData("[{\"id\":\"1\"},\n  {\"id\": }]", "in.json:2:10: invalid JSON")]
    [InlineData("", "in.json:1:1: invalid JSON")]
    [InlineData("42", "in.json:1:1: expected an array of documents or an object")]
    [InlineData("[{\"id\":\"1\"}, \"x\"]", "in.json:1:14: the top-level array[1] must be an object")]
    [InlineData("{\"documents\":[],\n\"feilds\":[]}", "in.json:2:1: unknown property 'feilds'")]
    [InlineData("{\"fields\":[]}", "in.json: the input object has no 'documents' array")]
    [InlineData("{\"b\":\"0.5\",\"documents\":[]}", "in.json:1:6: 'b' must be a number")]
    [InlineData("{\"fields\":[{\"name\":\"a/b\"}],\"documents\":[]}", "in.json:1:12: Field 'a/b' contains illegal character '/'.")]
    [InlineData("{\"fields\":[{\"boost\":2}],\"documents\":[]}", "in.json:1:12: a field has no 'name'")]
    [InlineData("[{\"id\":\"1\",\"_index\":\"x\"}]", "in.json: A field cannot be named '_index'")]
    [InlineData("[{\"id\":\"1\"}] x", "in.json:1:14: invalid JSON")]
    [InlineData("[{\"id\":\"1\"", "in.json:1:11: invalid JSON")]
    public void Bad_input_gives_a_one_line_message_with_line_and_column(string json, string expected)
    {
        string message = Error(json);
        Assert.StartsWith(expected, message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void Invalid_UTF8_is_reported_not_thrown_raw()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("[{\"id\":\""), 0xFF, .. Encoding.UTF8.GetBytes("\"}]")];
        var e = Assert.Throws<LunrInputException>(() => LunrInputReader.Read(bytes, "bad.json"));
        Assert.StartsWith("bad.json:1:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported_with_its_path()
    {
        var e = Assert.Throws<LunrInputException>(() => LunrInputReader.ReadFile("/nonexistent/input.json"));
        Assert.StartsWith("/nonexistent/input.json: cannot read the file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_an_input_error_not_a_crash()
    {
        string json = "[{\"id\":\"1\",\"t\":" + new string('[', 400) + new string(']', 400) + "}]";
        Assert.StartsWith("in.json:1:", Error(json), StringComparison.Ordinal);
    }
}
