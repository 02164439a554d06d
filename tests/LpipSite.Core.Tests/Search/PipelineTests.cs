using LpipSite.Core.Search;

namespace LpipSite.Core.Tests.Search;

public class PipelineTests
{
    [Theory]
    [InlineData("hello,", "hello")]
    [InlineData("(the)", "the")]
    [InlineData("it's", "it's")]
    [InlineData("$100", "100")]
    [InlineData("café", "caf")]
    [InlineData("éclair", "clair")]
    [InlineData("über", "ber")]
    [InlineData("日本語", "")]
    [InlineData("!!!", "")]
    [InlineData("😀x", "x")]
    [InlineData("__init__", "__init__")]
    [InlineData("3.14", "3.14")]
    public void Trimmer_strips_ASCII_non_word_characters_at_both_ends(string token, string expected) =>
        Assert.Equal(expected, Trimmer.Trim(token));

    [Fact]
    public void Stop_word_list_has_lunrs_119_words_and_no_prototype_names()
    {
        Assert.Equal(119, StopWordFilter.Count);
        Assert.True(StopWordFilter.IsStopWord("the"));
        Assert.True(StopWordFilter.IsStopWord("twas"));
        Assert.False(StopWordFilter.IsStopWord("constructor"));
        Assert.False(StopWordFilter.IsStopWord("__proto__"));
        Assert.False(StopWordFilter.IsStopWord("The")); // tokens are lowercased before the pipeline
    }

    [Fact]
    public void Pipeline_keeps_the_empty_term_and_drops_stop_words_after_trimming()
    {
        Assert.Equal("", Pipeline.Run("!!!"));
        Assert.Null(Pipeline.Run("(the)"));
        Assert.Equal("run", Pipeline.Run("running."));
        Assert.Equal(["stemmer"], Pipeline.SearchPipelineLabels);
    }
}
