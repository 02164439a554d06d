using System.CommandLine;
using System.Text.Json;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Languages;
using LpipSite.Core.Loading;
using LpipSite.Core.Validation;

namespace LpipSite.Cli.Commands;

/// <summary>
/// <c>lpip translations [--content DIR] [--language CODE] [--format text|json]
/// [--mark-current FILE...] [--mark-reviewed FILE... --by NAME]</c>: what is untranslated, out of
/// date or unreviewed in each of the site's other languages; and, after a review, records that a
/// translation matches its source now, or that a speaker of the language has reviewed it.
/// Exit codes: 0 done; 1 the content has errors or a file is not a translation; 2 usage.
/// </summary>
internal static class TranslationsCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var language = new Option<string?>("--language", "-l") { Description = "Report only this language (a code such as cy)." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (the default) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var markCurrent = new Option<string[]>("--mark-current")
        {
            Description = "Record that these translation files match their sources as they are now (after you have checked or updated them).",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var markReviewed = new Option<string[]>("--mark-reviewed")
        {
            Description = "Record that a speaker of the language has reviewed these translation files (needs --by).",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var by = new Option<string?>("--by") { Description = "Who reviewed the translations given to --mark-reviewed." };
        var command = new Command("translations", "Report what is untranslated, out of date or unreviewed in each language, or mark translations current or reviewed.")
        {
            content, language, format, markCurrent, markReviewed, by,
        };
        command.SetAction(parsed =>
        {
            var contentDirectory = parsed.GetValue(content)!;
            if (!Directory.Exists(contentDirectory))
            {
                Console.Error.WriteLine($"lpip translations: the content folder '{contentDirectory}' does not exist; run this from the repository's top folder or use --content");
                return ExitCodes.UsageOrInternal;
            }

            var reviewed = parsed.GetValue(markReviewed) ?? [];
            var reviewer = parsed.GetValue(by);
            if (reviewed.Length > 0 && string.IsNullOrWhiteSpace(reviewer))
            {
                Console.Error.WriteLine("lpip translations: --mark-reviewed needs --by with the reviewer's name");
                return ExitCodes.UsageOrInternal;
            }

            var diagnostics = new DiagnosticBag();
            var loaded = ContentLoader.Load(contentDirectory, diagnostics);
            var validated = ContentValidator.Validate(loaded, diagnostics, DateOnly.FromDateTime(DateTime.UtcNow));
            if (diagnostics.HasErrors)
            {
                DiagnosticPrinter.Print(diagnostics.Sorted().Where(d => d.Severity == Severity.Error));
                Console.Error.WriteLine("lpip translations: fix the errors above first.");
                return ExitCodes.ContentErrors;
            }

            var current = parsed.GetValue(markCurrent) ?? [];
            if (current.Length > 0 || reviewed.Length > 0)
            {
                return Mark(loaded, validated, current, reviewed, reviewer);
            }

            var reports = TranslationReport.Of(validated).Where(r => parsed.GetValue(language) is not { } only || r.Language == only).ToList();
            if (parsed.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(reports, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));
            }
            else
            {
                Write(Console.Out, reports);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    internal static void Write(TextWriter output, IReadOnlyList<LanguageReport> reports)
    {
        if (reports.Count == 0)
        {
            output.WriteLine("The site is in one language: site.yml lists no others (languages: [en, cy] adds Welsh).");
            return;
        }

        foreach (var report in reports)
        {
            var entries = report.Groups.SelectMany(g => g.Entries).ToList();
            output.WriteLine($"{report.Language}: {entries.Count(e => e.Exists)} of {entries.Count} files translated, "
                + $"{entries.Count(e => e.Exists && !e.Current)} out of date, {entries.Count(e => e.Exists && !e.Reviewed)} not reviewed");
            foreach (var group in report.Groups)
            {
                var translated = group.Entries.Count(e => e.Exists);
                output.WriteLine($"  {group.Kind}: {translated} of {group.Entries.Count} translated");
                WriteList(output, "out of date", group.OutOfDate.Select(e => e.TranslationPath));
                WriteList(output, "not reviewed", group.Unreviewed.Select(e => e.TranslationPath));
                WriteList(output, "untranslated", group.Untranslated.Select(e => e.SourcePath));
            }
        }
    }

    private static void WriteList(TextWriter output, string label, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            output.WriteLine($"    {label}: {path}");
        }
    }

    private static int Mark(LoadedContent loaded, ValidatedContent validated, string[] current, string[] reviewed, string? reviewer)
    {
        var ok = true;
        foreach (var file in current)
        {
            ok &= Edit(loaded, validated, file, translation =>
                TranslationReport.SourceFingerprintOf(validated, translation.Source.Path) is { } fingerprint
                    ? ([(TranslationSchemas.SourceField, fingerprint)], $"marked current (source {fingerprint})")
                    : null);
        }

        foreach (var file in reviewed)
        {
            ok &= Edit(loaded, validated, file, _ =>
                ([(TranslationSchemas.ReviewedField, "true"), (TranslationSchemas.ReviewedByField, YamlQuoted(reviewer!))], $"marked reviewed by {reviewer}"));
        }

        return ok ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    /// <summary>Sets fields of one translation file's block; false (with a message) when the file is not a translation of this site.</summary>
    private static bool Edit(LoadedContent loaded, ValidatedContent validated, string file, Func<BoundDocument, (IReadOnlyList<(string Field, string Value)> Fields, string Done)?> change)
    {
        var translation = validated.Translations.FirstOrDefault(t => SameFile(loaded, t.Source.Path, file));
        if (translation is null || change(translation) is not { } edit)
        {
            Console.Error.WriteLine($"lpip translations: '{file}' is not a translation file of this site (a translation sits beside its source, named like content/pages/about.cy.md)");
            return false;
        }

        var full = FullPath(loaded, translation.Source.Path);
        var text = File.ReadAllText(full);
        foreach (var (field, value) in edit.Fields)
        {
            text = TranslationFileEditor.SetField(text, field, value);
        }

        File.WriteAllText(full, text);
        Console.Out.WriteLine($"{translation.Source.Path}: {edit.Done}");
        return true;
    }

    private static string FullPath(LoadedContent loaded, string displayPath) =>
        Path.Combine(loaded.ContentRoot, displayPath[(loaded.DisplayRoot.Length + 1)..]);

    private static bool SameFile(LoadedContent loaded, string displayPath, string given) =>
        ContentLoader.SourcePathOf(loaded.ContentRoot, given) == displayPath || displayPath == given.Replace('\\', '/');

    private static string YamlQuoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
