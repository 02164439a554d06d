using LpipSite.Core.Diagnostics;

namespace LpipSite.Core.Rendering.Text;

/// <summary>A text table file of a theme, as read: how diagnostics name it and its text (for cache keys).</summary>
public sealed record TextTableFile(string Language, string DisplayPath, string Source);

/// <summary>
/// A theme's reader-facing text in every language it has: <c>i18n/&lt;language&gt;.yml</c> in the
/// theme and the themes it extends, merged key by key so a theme can reword a single key of its
/// parent. <see cref="DefaultLanguage"/> is the reference; another language falls back to it for a
/// key it lacks, and the default language falls back to <see cref="Localiser.English"/> for dates.
/// </summary>
public sealed class ThemeText
{
    /// <summary>The language every theme's table is written in first, and the others are compared with.</summary>
    public const string DefaultLanguage = "en";

    public const string Folder = "i18n";

    private ThemeText(IReadOnlyDictionary<string, Localiser> languages, IReadOnlyList<TextTableFile> files)
    {
        Languages = languages;
        Files = files;
        Default = languages[DefaultLanguage];
    }

    /// <summary>The default language's localiser.</summary>
    public Localiser Default { get; }

    /// <summary>A localiser per language, by the table's file name ("en", "cy").</summary>
    public IReadOnlyDictionary<string, Localiser> Languages { get; }

    /// <summary>Every table file read, from the root of the <c>extends</c> chain to the theme itself.</summary>
    public IReadOnlyList<TextTableFile> Files { get; }

    /// <summary>The localiser for a site language ("en-GB" → "en", "cy" → "cy"); the default language when the theme has none for it.</summary>
    public Localiser For(string language) =>
        Languages.TryGetValue(language.ToLowerInvariant(), out var exact) ? exact
        : Languages.TryGetValue(PluralRules.PrimaryTag(language), out var primary) ? primary
        : Default;

    /// <summary>
    /// The table file of a language that is nearest the theme (the theme's own, else its parent's …),
    /// where a missing key of that language is reported.
    /// </summary>
    public string? NearestFile(string language) => Files.LastOrDefault(f => f.Language == language)?.DisplayPath;

    /// <summary>Reads the tables of a theme chain, given from its root to the theme itself as (folder, display root like "themes/default/").</summary>
    internal static ThemeText Load(IEnumerable<(string Directory, string DisplayRoot)> rootFirst, List<Diagnostic> diagnostics)
    {
        var tables = new SortedDictionary<string, Dictionary<string, TextEntry>>(StringComparer.Ordinal);
        var files = new List<TextTableFile>();
        foreach (var (directory, displayRoot) in rootFirst)
        {
            var folder = Path.Combine(directory, Folder);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var path in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal))
            {
                var language = Path.GetFileNameWithoutExtension(path);
                var display = displayRoot + Folder + "/" + Path.GetFileName(path);
                if (language != language.ToLowerInvariant() || PluralRules.For(language) is null)
                {
                    diagnostics.Add(new Diagnostic(SourceLocation.File(display), Severity.Error, RenderCodes.TextTableInvalid,
                        $"there are no plural rules for the language '{language}'; a text table is named by a language code with rules in PluralRules.cs (en, cy)"));
                    continue;
                }

                string source;
                try
                {
                    source = File.ReadAllText(path);
                }
                catch (IOException ex)
                {
                    diagnostics.Add(new Diagnostic(SourceLocation.File(display), Severity.Error, RenderCodes.TextTableInvalid, "the text table cannot be read: " + ex.Message));
                    continue;
                }

                files.Add(new TextTableFile(language, display, source));
                var entries = TextTableReader.Read(source, display, language, diagnostics);
                if (!tables.TryGetValue(language, out var table))
                {
                    tables[language] = table = new Dictionary<string, TextEntry>(StringComparer.Ordinal);
                }

                // The nearer theme's value wins, key by key.
                foreach (var (key, entry) in entries)
                {
                    table[key] = entry;
                }
            }
        }

        var defaultLocaliser = new Localiser(DefaultLanguage, tables.GetValueOrDefault(DefaultLanguage) ?? new(StringComparer.Ordinal), Localiser.English);
        var languages = new Dictionary<string, Localiser>(StringComparer.Ordinal) { [DefaultLanguage] = defaultLocaliser };
        foreach (var (language, table) in tables)
        {
            if (language != DefaultLanguage)
            {
                languages[language] = new Localiser(language, table, defaultLocaliser);
            }
        }

        return new ThemeText(languages, files);
    }
}
