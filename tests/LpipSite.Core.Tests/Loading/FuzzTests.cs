using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;
using LpipSite.Core.Tests.Support;
using LpipSite.Core.Validation;

namespace LpipSite.Core.Tests.Loading;

/// <summary>Randomly mutated front matter must never make loading or validation throw.</summary>
public class FuzzTests
{
    private static readonly string[] Insertions =
    [
        ":", "- ", "[", "]", "{", "}", "\t", "&a ", "*a", "!!str ", "'", "\"", "|", "> ", "#", "---", "\n", "  ", "%YAML 1.2\n",
        "\u0000", "\uFEFF", "é", "😀", "? ", ",", "~", "null", "2025-13-45", "E08000035", "0000-0002-1825-0097",
    ];

    [Fact]
    public void Thousands_of_mutated_front_matter_blocks_never_throw()
    {
        var random = new Random(20261125);
        var seeds = ContentTree.ValidFiles.Where(f => f.Key.EndsWith(".md", StringComparison.Ordinal) || f.Key.EndsWith(".yml", StringComparison.Ordinal)).ToList();
        var failures = new List<string>();
        for (var i = 0; i < 4_000; i++)
        {
            var (path, text) = seeds[random.Next(seeds.Count)];
            var mutated = Mutate(text, random);
            try
            {
                var bag = new DiagnosticBag();
                var kind = path.StartsWith("case-studies", StringComparison.Ordinal) ? ContentKind.CaseStudy
                    : path.StartsWith("methods", StringComparison.Ordinal) ? ContentKind.Method
                    : path.StartsWith("pages", StringComparison.Ordinal) ? ContentKind.Page
                    : path.StartsWith("places", StringComparison.Ordinal) ? ContentKind.Place
                    : path.StartsWith("partnerships", StringComparison.Ordinal) ? ContentKind.Partnership
                    : ContentKind.Organisation;
                YamlNode? node;
                if (path.EndsWith(".md", StringComparison.Ordinal))
                {
                    var parts = FrontMatter.Split(mutated, path, bag);
                    node = parts is { } p ? YamlReader.Read(p.Yaml, path, p.YamlFirstLine, bag) : null;
                }
                else
                {
                    node = YamlReader.Read(mutated, path, 1, bag);
                }

                if (node is not null && LpipSite.Core.Validation.Schema.ContentSchemas.For(kind) is { } schema)
                {
                    new SchemaBinder(bag).BindObject(node, schema);
                }
            }
            catch (Exception e)
            {
                failures.Add($"{e.GetType().Name}: {e.Message}\n--- input ---\n{mutated}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} inputs threw; first:\n{failures.FirstOrDefault()}");
    }

    [Fact]
    public void Mutated_files_in_a_whole_tree_never_throw()
    {
        var random = new Random(7);
        for (var i = 0; i < 60; i++)
        {
            using var tree = new ContentTree();
            foreach (var (path, text) in ContentTree.ValidFiles.Where(_ => random.Next(3) == 0))
            {
                tree.Write(path, Mutate(text, random));
            }

            var exception = Record.Exception(() => tree.Validate());
            Assert.Null(exception);
        }
    }

    private static string Mutate(string text, Random random)
    {
        var chars = text.ToList();
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits && chars.Count > 0; e++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0:
                    chars.InsertRange(at, Insertions[random.Next(Insertions.Length)]);
                    break;
                case 1:
                    chars.RemoveRange(at, Math.Min(random.Next(1, 8), chars.Count - at));
                    break;
                case 2:
                    var from = random.Next(chars.Count);
                    var length = Math.Min(random.Next(1, 20), chars.Count - from);
                    chars.InsertRange(at, chars.GetRange(from, length));
                    break;
                default:
                    chars[at] = (char)random.Next(32, 127);
                    break;
            }
        }

        return new string(chars.ToArray());
    }
}
