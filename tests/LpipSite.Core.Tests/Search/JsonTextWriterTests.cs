using System.Text;
using LpipSite.Core.Search;

namespace LpipSite.Core.Tests.Search;

public class JsonTextWriterTests
{
    private static string Write(Action<JsonTextWriter> write)
    {
        using var memory = new MemoryStream();
        using (var writer = new JsonTextWriter(memory, 16)) write(writer);
        return Encoding.UTF8.GetString(memory.ToArray());
    }

    [Fact]
    public void Strings_escape_exactly_what_JSON_stringify_escapes()
    {
        string value = "a\"b\\c\b\f\n\r\t\u0001\u001f\u007f<>&\u2028\u2029é😀\ud800x\udc00";
        string expected = "\"a\\\"b\\\\c\\b\\f\\n\\r\\t\\u0001\\u001f\u007f<>&\u2028\u2029é😀\\ud800x\\udc00\"";
        Assert.Equal(expected, Write(w => w.String(value)));
    }

    [Fact]
    public void Long_strings_cross_buffer_boundaries_intact()
    {
        string value = string.Concat(Enumerable.Repeat("ŵŷ😀\"", 50));
        string expected = "\"" + value.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        Assert.Equal(expected, Write(w => w.String(value)));
    }

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(981L, "0.981")]
    [InlineData(470L, "0.47")]
    [InlineData(9808L, "9.808")]
    [InlineData(4700L, "4.7")]
    [InlineData(1000L, "1")]
    [InlineData(1L, "0.001")]
    [InlineData(-1034L, "-1.034")]
    [InlineData(-5L, "-0.005")]
    [InlineData(123456789012345L, "123456789012.345")]
    public void Rounded_scores_are_written_as_JS_writes_n_over_1000(long thousandths, string expected)
    {
        Assert.Equal(expected, Write(w => w.Thousandths(thousandths)));
        Assert.Equal(JsNumber.ToJsString(thousandths / 1000d), expected);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_numbers_are_written_as_null(double value) => Assert.Equal("null", Write(w => w.Number(value)));

    [Fact]
    public void Negative_zero_is_written_as_zero() => Assert.Equal("0", Write(w => w.Number(-0d)));
}
