using LpipSite.Core.Search;

namespace LpipSite.Core.Tests.Search;

public class JsTextTests
{
    [Theory]
    [InlineData("İ", "i\u0307")]
    [InlineData("ΟΔΟΣ", "οδος")]
    [InlineData("ΣΑΣ", "σας")]
    [InlineData("ὈΔΥΣΣΕΎΣ", "ὀδυσσεύς")]
    [InlineData("Σ", "σ")]
    [InlineData("aΣ.", "aς.")]            // '.' is case-ignorable
    [InlineData("aΣ.b", "aσ.b")]
    [InlineData("aΣʰ", "aςʰ")]           // ʰ is cased but also case-ignorable: ICU skips it
    [InlineData("ʰΣ", "ʰσ")]
    [InlineData("1Σ", "1σ")]
    [InlineData("ŴŶ Ŵales", "ŵŷ ŵales")]
    [InlineData("\uA7CBA", "\u0264a")]   // Unicode 16 mapping that .NET's own tables lack
    [InlineData("ABC", "abc")]
    [InlineData("\ud800X", "\ud800x")]   // a lone surrogate passes through
    public void Lowercases_like_JavaScript_toLowerCase(string value, string expected) =>
        Assert.Equal(expected, JsText.ToLowerCase(value));

    [Fact]
    public void Separator_set_matches_V8_exactly()
    {
        var separators = new HashSet<int> { 0x9, 0xA, 0xB, 0xC, 0xD, 0x20, 0x2D, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF };
        for (int c = 0x2000; c <= 0x200A; c++) separators.Add(c);
        for (int c = 0; c <= 0xFFFF; c++) Assert.True(separators.Contains(c) == JsText.IsSeparator((char)c), $"U+{c:X4}");
    }

    [Fact]
    public void Word_characters_are_ASCII_only()
    {
        for (int c = 0; c <= 0xFFFF; c++)
        {
            bool expected = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';
            Assert.True(expected == JsText.IsWordChar((char)c), $"U+{c:X4}");
        }
    }
}
