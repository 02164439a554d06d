using System.Text.RegularExpressions;

namespace LpipSite.Core.Languages;

/// <summary>
/// Edits the <c>translation:</c> block of a translation file in place, line by line, so the rest
/// of the file (its wording, comments and layout) is left exactly as the translator wrote it.
/// </summary>
public static partial class TranslationFileEditor
{
    [GeneratedRegex(@"^translation:\s*(#.*)?$")]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"^(?<indent>\s+)(?<key>[a-z_]+):")]
    private static partial Regex BlockField();

    /// <summary>The file's text with the block's <paramref name="field"/> set to <paramref name="value"/> (the field, or the block, added when missing).</summary>
    public static string SetField(string text, string field, string value)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split(newline).ToList();
        var (first, last) = FrontMatterRange(lines);
        var start = -1;
        for (var i = first; i < last; i++)
        {
            if (BlockStart().IsMatch(lines[i]))
            {
                start = i;
                break;
            }
        }

        if (start < 0)
        {
            // A translation the web editor wrote has no block yet: it goes at the end of the YAML, saying
            // (until someone says otherwise) that no speaker of the language has reviewed it.
            var at = last;
            while (at > first && lines[at - 1].Trim().Length == 0)
            {
                at--;
            }

            lines.InsertRange(at, field == TranslationSchemas.ReviewedField
                ? ["translation:", "  " + field + ": " + value]
                : ["translation:", "  " + field + ": " + value, "  " + TranslationSchemas.ReviewedField + ": false"]);
            return string.Join(newline, lines);
        }

        var indent = "  ";
        var lastField = start;
        for (var i = start + 1; i < last && (lines[i].Trim().Length == 0 || lines[i].TrimStart().StartsWith('#') || char.IsWhiteSpace(lines[i][0])); i++)
        {
            if (BlockField().Match(lines[i]) is { Success: true } match)
            {
                indent = match.Groups["indent"].Value;
                lastField = i;
                if (match.Groups["key"].Value == field)
                {
                    lines[i] = indent + field + ": " + value;
                    return string.Join(newline, lines);
                }
            }
        }

        // A new field goes after the block's last one.
        lines.Insert(lastField + 1, indent + field + ": " + value);
        return string.Join(newline, lines);
    }

    /// <summary>The lines that hold YAML: between the '---' lines of a Markdown file, or the whole of a YAML file.</summary>
    private static (int First, int Last) FrontMatterRange(List<string> lines)
    {
        if (lines.Count > 0 && lines[0].TrimEnd() == "---")
        {
            var close = lines.FindIndex(1, l => l.TrimEnd() == "---");
            return (1, close < 0 ? lines.Count : close);
        }

        return (0, lines.Count);
    }
}
