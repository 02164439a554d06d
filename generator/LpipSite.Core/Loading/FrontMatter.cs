using LpipSite.Core.Diagnostics;
using LpipSite.Core.Model;

namespace LpipSite.Core.Loading;

/// <summary>Splits a Markdown file into its YAML front matter and its body.</summary>
public static class FrontMatter
{
    public readonly record struct Parts(string Yaml, int YamlFirstLine, MarkdownBody Body);

    public static Parts? Split(string text, string path, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        if (!IsFence(lines[0]))
        {
            diagnostics.Error(SourceLocation.File(path), DiagnosticCodes.NoFrontMatter,
                "the file must start with a front matter block: a line '---', the fields, then another '---'",
                "add '---' as the very first line");
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (IsFence(lines[i]))
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new Parts(yaml, 2, new MarkdownBody(body, i + 2));
            }
        }

        diagnostics.Error(SourceLocation.File(path), DiagnosticCodes.UnclosedFrontMatter,
            "the front matter block that starts on line 1 is never closed",
            "add a line containing only '---' after the last field");
        return null;
    }

    private static bool IsFence(string line) => line.TrimEnd() == "---";
}
