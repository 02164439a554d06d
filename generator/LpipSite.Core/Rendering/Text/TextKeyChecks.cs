using LpipSite.Core.Diagnostics;
using LpipSite.Core.Rendering.Theming;
using Scriban.Syntax;

namespace LpipSite.Core.Rendering.Text;

/// <summary>
/// Checks of a theme's text against its templates and across its languages: every key a template
/// looks up with a literal (<c>{{ t 'news.deadline' }}</c>) is in the table, with the right shape
/// and placeholders; and every language has the keys of the default language.
/// </summary>
public static class TextKeyChecks
{
    /// <summary>The template function that looks a key up: <c>t 'key'</c>, <c>t 'key' count</c>, <c>t 'key' name: value</c>.</summary>
    public const string FunctionName = "t";

    /// <summary>A lookup written in a template with a literal key.</summary>
    public sealed record KeyUse(string Key, SourceLocation Location, int PositionalArguments, IReadOnlyList<string> NamedArguments);

    /// <summary>Every <c>t 'literal'</c> call in a template, in source order.</summary>
    public static IReadOnlyList<KeyUse> UsesIn(ThemeTemplate template)
    {
        var finder = new UseFinder(template.DisplayPath);
        finder.Visit(template.Template.Page);
        return finder.Uses;
    }

    /// <summary>Errors for keys the templates use that the default language's table lacks or that are used the wrong way.</summary>
    public static void CheckTemplates(IEnumerable<ThemeTemplate> templates, ThemeText text, List<Diagnostic> diagnostics)
    {
        var table = text.Default;
        foreach (var template in templates)
        {
            foreach (var use in UsesIn(template))
            {
                var entry = table.Find(use.Key);
                if (entry is null)
                {
                    var file = text.NearestFile(ThemeText.DefaultLanguage) ?? "i18n/" + ThemeText.DefaultLanguage + ".yml";
                    diagnostics.Add(new Diagnostic(use.Location, Severity.Error, RenderCodes.TextKeyMissing,
                        $"the template uses the text key '{use.Key}', which {file} does not have",
                        Nearest(use.Key, table.Keys) is { } near ? $"did you mean '{near}'?" : $"add it to {file}"));
                    continue;
                }

                var problem = entry.Shape switch
                {
                    TextShape.List => "is a list, which templates cannot write",
                    TextShape.Plural when use.PositionalArguments < 2 => "has plural forms, so it needs a count: t 'key' count",
                    TextShape.Text when use.PositionalArguments > 1 => "has no plural forms, so it takes no count",
                    _ => null,
                };
                var placeholders = entry.Shape == TextShape.Plural
                    ? entry.PluralForms.OfType<TextForm>().SelectMany(f => f.Placeholders).Where(p => p != "count").Distinct(StringComparer.Ordinal).ToList()
                    : entry.Form?.Placeholders.ToList() ?? [];
                problem ??= placeholders.Except(use.NamedArguments, StringComparer.Ordinal).FirstOrDefault() is { } needed
                    ? $"needs a value for {{{needed}}}: t '{use.Key}' {needed}: …"
                    : use.NamedArguments.Except(placeholders, StringComparer.Ordinal).FirstOrDefault() is { } unused
                        ? $"has no placeholder {{{unused}}}"
                        : null;
                if (problem is not null)
                {
                    diagnostics.Add(new Diagnostic(use.Location, Severity.Error, RenderCodes.TextKeyMissing, $"the text '{use.Key}' {problem} (it is at {entry.Location})"));
                }
            }
        }
    }

    /// <summary>
    /// Warnings where a language's table and the default language's disagree: a key of the default
    /// language that another language lacks (its readers see the default language there), and a key
    /// only another language has (a misspelling, or a key since removed).
    /// </summary>
    public static void CompareLanguages(ThemeText text, List<Diagnostic> diagnostics)
    {
        var reference = text.Default;
        var referenceKeys = reference.OwnKeys.ToHashSet(StringComparer.Ordinal);
        foreach (var (language, localiser) in text.Languages.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            if (language == ThemeText.DefaultLanguage)
            {
                continue;
            }

            var file = text.NearestFile(language)!;
            var own = localiser.OwnKeys.ToHashSet(StringComparer.Ordinal);
            foreach (var key in referenceKeys.Where(k => !own.Contains(k)).Order(StringComparer.Ordinal))
            {
                var entry = reference.Find(key)!;
                diagnostics.Add(new Diagnostic(SourceLocation.File(file), Severity.Warning, RenderCodes.TextKeyUntranslated,
                    $"the key '{key}' is in {FileName(entry)} but missing from {language}.yml; pages in '{language}' show the {ThemeText.DefaultLanguage} text"));
            }

            foreach (var key in own.Where(k => !referenceKeys.Contains(k)).Order(StringComparer.Ordinal))
            {
                var entry = localiser.Find(key)!;
                diagnostics.Add(new Diagnostic(entry.Location, Severity.Warning, RenderCodes.TextKeyUntranslated,
                    $"the key '{key}' is in {language}.yml but not in {ThemeText.DefaultLanguage}.yml; check its spelling, or remove it"));
            }
        }

        static string FileName(TextEntry entry) => entry.Location.Path[(entry.Location.Path.LastIndexOf('/') + 1)..];
    }

    /// <summary>The key nearest a misspelt one (edit distance at most a third of its length), if any.</summary>
    private static string? Nearest(string key, IEnumerable<string> keys)
    {
        string? best = null;
        var bestDistance = Math.Max(1, key.Length / 3) + 1;
        foreach (var candidate in keys)
        {
            var distance = Distance(key, candidate);
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private sealed class UseFinder(string file) : ScriptVisitor
    {
        public List<KeyUse> Uses { get; } = [];

        public override void Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariable { Name: FunctionName } && node.Arguments.Count > 0 && node.Arguments[0] is ScriptLiteral { Value: string key } literal)
            {
                var named = new List<string>();
                var positional = 0;
                foreach (var argument in node.Arguments)
                {
                    if (argument is ScriptNamedArgument { Name.Name: { } name })
                    {
                        named.Add(name);
                    }
                    else
                    {
                        positional++;
                    }
                }

                Uses.Add(new KeyUse(key, new SourceLocation(file, literal.Span.Start.Line + 1, literal.Span.Start.Column + 1), positional, named));
            }

            base.Visit(node);
        }
    }
}
