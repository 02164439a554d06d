using LpipSite.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace LpipSite.Core.Rendering.Text;

/// <summary>
/// Reads one text table, <c>i18n/&lt;language&gt;.yml</c>: nested mappings whose keys join with dots
/// (<c>news: {deadline: Deadline}</c> is the key <c>news.deadline</c>), a text per key; a mapping
/// whose keys are all CLDR plural categories is a plural entry (it needs <c>other</c>); a list is a
/// list of texts. Every problem becomes a located diagnostic; nothing is thrown.
/// </summary>
internal static class TextTableReader
{
    /// <summary>The keys with a fixed shape that formatting dates and times reads.</summary>
    private static readonly Dictionary<string, (TextShape Shape, int Items)> Reserved = new(StringComparer.Ordinal)
    {
        ["date.months"] = (TextShape.List, 12),
        ["date.days"] = (TextShape.List, 7),
        ["date.format"] = (TextShape.Text, 0),
        ["date.format_with_day"] = (TextShape.Text, 0),
        ["time.midday"] = (TextShape.Text, 0),
        ["time.midnight"] = (TextShape.Text, 0),
        ["time.am"] = (TextShape.Text, 0),
        ["time.pm"] = (TextShape.Text, 0),
        ["time.on_the_hour"] = (TextShape.Text, 0),
        ["time.with_minutes"] = (TextShape.Text, 0),
    };

    /// <summary>Reads YAML text; <paramref name="display"/> is how diagnostics name the file.</summary>
    public static Dictionary<string, TextEntry> Read(string yaml, string display, string language, List<Diagnostic> diagnostics)
    {
        var entries = new Dictionary<string, TextEntry>(StringComparer.Ordinal);
        YamlStream stream;
        try
        {
            stream = new YamlStream();
            using var reader = new StringReader(yaml);
            stream.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            diagnostics.Add(Error(new SourceLocation(display, (int)ex.Start.Line, (int)ex.Start.Column), "the text table is not valid YAML: " + ex.Message));
            return entries;
        }
        catch (ArgumentException ex)
        {
            diagnostics.Add(Error(SourceLocation.File(display), "the text table is not valid YAML: " + ex.Message));
            return entries;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return entries;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(Error(At(display, stream.Documents[0].RootNode), "a text table is a mapping of keys to texts, like 'news:' then '  deadline: Deadline'"));
            return entries;
        }

        ReadMapping(root, prefix: "", display, language, entries, diagnostics);
        return entries;
    }

    private static void ReadMapping(YamlMappingNode mapping, string prefix, string display, string language, Dictionary<string, TextEntry> entries, List<Diagnostic> diagnostics)
    {
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value;
            if (name is null || !IsKeyName(name))
            {
                diagnostics.Add(Error(At(display, keyNode), $"'{name ?? keyNode.ToString()}' is not a key name: use lower-case letters, digits and '_' (like 'case_study'), and nest with indentation instead of dots"));
                continue;
            }

            var key = prefix.Length == 0 ? name : prefix + "." + name;
            switch (valueNode)
            {
                case YamlScalarNode scalar:
                    if (scalar.Value is null || (scalar.Value.Length == 0 && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain))
                    {
                        diagnostics.Add(Error(At(display, keyNode), $"'{key}' has no text; write the text after the colon, or \"\" for an empty text"));
                        continue;
                    }

                    Add(new TextEntry(key, scalar.Value, At(display, keyNode), language));
                    break;
                case YamlSequenceNode sequence:
                    var items = new List<string>();
                    foreach (var item in sequence.Children)
                    {
                        if (item is YamlScalarNode { Value: { } text })
                        {
                            items.Add(text);
                        }
                        else
                        {
                            diagnostics.Add(Error(At(display, item), $"every item of the list '{key}' must be a text"));
                        }
                    }

                    Add(new TextEntry(key, items, At(display, keyNode), language));
                    break;
                case YamlMappingNode child when IsPlural(child):
                    var forms = new Dictionary<PluralCategory, string>();
                    foreach (var (formKey, formValue) in child.Children)
                    {
                        if (formValue is YamlScalarNode { Value: { } form })
                        {
                            forms[PluralRules.Parse(((YamlScalarNode)formKey).Value)!.Value] = form;
                        }
                        else
                        {
                            diagnostics.Add(Error(At(display, formValue), $"the '{((YamlScalarNode)formKey).Value}' form of '{key}' must be a text"));
                        }
                    }

                    if (!forms.ContainsKey(PluralCategory.Other))
                    {
                        diagnostics.Add(Error(At(display, keyNode), $"the plural entry '{key}' has no 'other' form; every plural entry needs one (it is used for any count without a form of its own)"));
                        continue;
                    }

                    Add(new TextEntry(key, forms, At(display, keyNode), language));
                    break;
                case YamlMappingNode child:
                    ReadMapping(child, key, display, language, entries, diagnostics);
                    break;
                default:
                    diagnostics.Add(Error(At(display, valueNode), $"'{key}' must be a text, a list of texts or a mapping"));
                    break;
            }
        }

        void Add(TextEntry entry)
        {
            if (Reserved.TryGetValue(entry.Key, out var expected)
                && (entry.Shape != expected.Shape || (expected.Shape == TextShape.List && entry.Items!.Count != expected.Items)))
            {
                diagnostics.Add(Error(entry.Location, expected.Shape == TextShape.List
                    ? $"'{entry.Key}' must be a list of {expected.Items} texts"
                    : $"'{entry.Key}' must be a single text"));
                return;
            }

            if (!entries.TryAdd(entry.Key, entry))
            {
                diagnostics.Add(Error(entry.Location, $"the key '{entry.Key}' is written twice"));
            }
        }
    }

    /// <summary>A mapping whose keys are all plural category names (zero, one, two, few, many, other).</summary>
    private static bool IsPlural(YamlMappingNode mapping) =>
        mapping.Children.Count > 0 && mapping.Children.Keys.All(k => k is YamlScalarNode { Value: var v } && PluralRules.Parse(v) is not null);

    private static bool IsKeyName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');

    private static SourceLocation At(string display, YamlNode node) => new(display, (int)node.Start.Line, (int)node.Start.Column);

    private static Diagnostic Error(SourceLocation at, string message) => new(at, Severity.Error, RenderCodes.TextTableInvalid, message);
}
