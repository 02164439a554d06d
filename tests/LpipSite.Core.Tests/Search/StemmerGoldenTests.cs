using LpipSite.Core.Search;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Search;

public class StemmerGoldenTests
{
    [Fact]
    public void Stemmer_reproduces_every_line_of_lunrs_golden_vocabulary()
    {
        string[] lines = File.ReadAllLines(RepositoryRoot.PathOf("tests", "fixtures", "lunr", "stemmer-golden.tsv"));
        Assert.Equal(80_987, lines.Length);
        var failures = new List<string>();
        foreach (string line in lines)
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            string word = line[..tab], expected = line[(tab + 1)..];
            string actual = PorterStemmer.Stem(word);
            if (actual != expected && failures.Count < 30) failures.Add($"{word} → {actual} (lunr: {expected})");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("running", "run")]
    [InlineData("generalization", "gener")]
    [InlineData("hopefulness", "hope")]
    [InlineData("relational", "relat")]
    [InlineData("agreed", "agre")]
    [InlineData("feed", "feed")]
    [InlineData("lying", "ly")]
    [InlineData("yes", "ye")]
    [InlineData("syzygy", "syzygi")]
    [InlineData("sky", "ski")]
    [InlineData("say", "say")]
    [InlineData("naïve", "naïv")]
    [InlineData("cafés", "café")]
    [InlineData("12345s", "12345")]
    [InlineData("lunr's", "lunr'")]
    [InlineData("filing", "file")]
    [InlineData("hopping", "hop")]
    [InlineData("ies", "ie")]
    [InlineData("is", "is")]
    public void Stemmer_applies_lunrs_quirks(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("a\nsses", "a\nsses")] // ^(.+?) cannot cross a line terminator, so no suffix rule applies
    [InlineData("x\u2028ing", "x\u2028ing")]
    [InlineData("hopping\n", "hopping\n")]
    public void Stemmer_treats_line_terminators_like_js_dot(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));
}
