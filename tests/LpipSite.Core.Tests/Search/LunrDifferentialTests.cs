using System.Text;
using LpipSite.Core.Search;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Search;

/// <summary>
/// Builds indexes in C# and has lunr-difftest.js compare them with lunr.js 2.3.9 itself: structure,
/// byte-identical text (--text), and the results of every generated query.
/// </summary>
public sealed class LunrDifferentialTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("lunr-difftest-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 48)];

    [Theory]
    [InlineData("example-docs.json")]
    [InlineData("example-input-boost.json")]
    public void Golden_inputs_are_equivalent_to_lunr_js(string fixture) =>
        AssertEquivalent(File.ReadAllBytes(RepositoryRoot.PathOf("tests", "fixtures", "lunr", fixture)), fixture);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_corpus_is_equivalent_to_lunr_js(int seed) =>
        AssertEquivalent(Encoding.UTF8.GetBytes(LunrCorpusGenerator.Generate(seed)), $"seed-{seed}.json");

    [Fact]
    public void Larger_generated_corpus_with_long_fields_is_equivalent_to_lunr_js() =>
        AssertEquivalent(Encoding.UTF8.GetBytes(LunrCorpusGenerator.Generate(1000, documents: 150, maxWords: 120)), "large.json");

    private void AssertEquivalent(byte[] input, string name)
    {
        NodeLunr.EnsureInstalled();
        string inputPath = Path.Combine(_work, name);
        string candidatePath = Path.Combine(_work, "candidate-" + name);
        File.WriteAllBytes(inputPath, input);
        LunrIndex index = LunrInputReader.ReadFile(inputPath).BuildIndex();
        using (FileStream stream = File.Create(candidatePath)) index.WriteTo(stream);

        (int exitCode, string output) = NodeLunr.DiffTest(inputPath, candidatePath);
        Assert.True(exitCode == 0, $"lunr-difftest.js exit {exitCode} for {name}:\n{output}\ninput:\n{Truncate(Encoding.UTF8.GetString(input))}");
    }

    private static string Truncate(string text) => text.Length <= 4000 ? text : text[..4000] + "…";
}
