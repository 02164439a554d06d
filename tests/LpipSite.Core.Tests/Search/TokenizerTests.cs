using LpipSite.Core.Search;

namespace LpipSite.Core.Tests.Search;

public class TokenizerTests
{
    private static string[] Texts(LunrValue? value) => [.. Tokenizer.Tokenize(value).Select(t => t.Text)];

    [Fact]
    public void Positions_refer_to_the_lowercased_string_where_dotted_capital_I_grows()
    {
        IReadOnlyList<LunrToken> tokens = Tokenizer.Tokenize("İstanbul ΟΔΟΣ Σ aΣb");
        Assert.Equal(
            [new("i\u0307stanbul", 0, 9, 0), new("οδος", 10, 4, 1), new("σ", 15, 1, 2), new("aσb", 17, 3, 3)],
            tokens);
    }

    [Fact]
    public void Splits_on_JS_whitespace_and_hyphen_only()
    {
        // U+00A0, U+FEFF and U+3000 separate; U+200B, U+0085 and '_' do not.
        IReadOnlyList<LunrToken> tokens = Tokenizer.Tokenize("pre-built\u00a0x\u200by\u0085z_w\ufeffq\u3000r");
        Assert.Equal(
            [new("pre", 0, 3, 0), new("built", 4, 5, 1), new("x\u200by\u0085z_w", 10, 7, 2), new("q", 18, 1, 3), new("r", 20, 1, 4)],
            tokens);
    }

    [Fact]
    public void Runs_of_separators_emit_no_empty_tokens_and_index_counts_emitted_tokens()
    {
        Assert.Equal([new LunrToken("a", 4, 1, 0)], Tokenizer.Tokenize("  --a--  "));
    }

    [Fact]
    public void Array_elements_become_single_unsplit_tokens_without_position()
    {
        LunrValue value = LunrValue.FromArray(
            ["Foo Bar", null, 42, true, LunrValue.FromArray(["a", LunrValue.Null, "B"]), LunrValue.Object]);
        IReadOnlyList<LunrToken> tokens = Tokenizer.Tokenize(value);
        Assert.Equal(["foo bar", "", "42", "true", "a,,b", "[object object]"], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.False(t.HasPosition));
    }

    [Fact]
    public void Scalars_are_converted_with_JS_String_rules()
    {
        Assert.Equal(["12.5"], Texts(12.50));
        Assert.Equal(["1e+21"], Texts(1e21));
        Assert.Equal(["true"], Texts(true));
        Assert.Equal(["[object", "object]"], Texts(LunrValue.Object));
    }

    [Fact]
    public void Null_and_missing_values_give_no_tokens()
    {
        Assert.Empty(Tokenizer.Tokenize(LunrValue.Null));
        Assert.Empty(Tokenizer.Tokenize(null));
        Assert.Empty(Tokenizer.Tokenize(""));
    }

    [Fact]
    public void Surrogate_pairs_are_lowercased_and_measured_in_UTF16_units()
    {
        Assert.Equal([new("\U00010428bc", 0, 4, 0), new("\U00010428", 5, 2, 1)], Tokenizer.Tokenize("\U00010400BC \U00010400"));
    }
}
