using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;
using LpipSite.Core.Validation;
using LpipSite.Core.Validation.Schema;

namespace LpipSite.Core.Languages;

/// <summary>
/// Checks translation files: each is in one of the site's other languages, sits beside a source
/// with the same id, gives only translated fields, and (for the menu and taxonomies) names only
/// what its source has. A translation whose source has changed since is reported as out of date.
/// </summary>
internal static class TranslationRules
{
    /// <summary>Binds a translation to its kind's translation schema; a source field that is not translated gets its own clear message.</summary>
    public static BoundDocument? Bind(SourceDocument document, SchemaBinder binder, DiagnosticBag diagnostics)
    {
        var schema = TranslationSchemas.For(document.Kind);
        if (schema is null || document.FrontMatter is null)
        {
            return null;
        }

        var front = document.FrontMatter;
        if (front is YamlMapping mapping && ContentSchemas.For(document.Kind) is { } source)
        {
            var kept = new List<YamlEntry>();
            foreach (var entry in mapping.Entries)
            {
                if (schema.Find(entry.Key.Value) is null && source.Find(entry.Key.Value) is not null)
                {
                    diagnostics.Error(entry.Key.At, DiagnosticCodes.NotTranslated,
                        $"'{entry.Key.Value}' is not translated: a translation gives only {Translated(document.Kind)}, and takes everything else from {SourcePathOf(document)}",
                        $"remove '{entry.Key.Value}' from this file; to change it, edit {SourcePathOf(document)}");
                    continue;
                }

                kept.Add(entry);
            }

            front = mapping with { Entries = kept };
        }

        if (document.Body is { } body && body.Text.Trim().Length == 0)
        {
            diagnostics.Error(new SourceLocation(document.Path, body.FirstLine, 1), DiagnosticCodes.TranslationEmptyBody,
                "the translation has no body text", "translate the source's body below the front matter");
        }

        var value = binder.BindObject(front, schema);
        return value is null ? null : new BoundDocument(document, value);
    }

    public static void Check(ValidatedContent content, IReadOnlyList<SourceDocument> files, DiagnosticBag diagnostics)
    {
        var site = content.Documents.FirstOrDefault(d => d.Kind == ContentKind.Site);
        var languages = SiteLanguages.From(site?.Object, diagnostics);
        var sources = content.Documents.ToDictionary(d => (d.Kind, d.Id));
        var unreadable = files.Where(f => !f.IsTranslation).Select(f => (f.Kind, f.Id)).ToHashSet();
        foreach (var translation in content.Translations)
        {
            var at = SourceLocation.File(translation.Source.Path);
            var language = translation.Source.Language!;
            if (language == languages[0].Code)
            {
                diagnostics.Error(at, DiagnosticCodes.TranslationLanguage,
                    $"'{language}' is the language of the source files, so this file cannot be a translation into it",
                    $"name the source file without a language code ({SourcePathOf(translation.Source)})");
                continue;
            }

            if (!languages.Any(l => !l.IsDefault && l.Code == language))
            {
                var others = languages.Where(l => !l.IsDefault).Select(l => l.Code).ToList();
                diagnostics.Error(at, DiagnosticCodes.TranslationLanguage,
                    others.Count == 0
                        ? $"this is a translation into '{language}', but site.yml lists no languages besides the default"
                        : $"this is a translation into '{language}', which is not one of the site's languages ({string.Join(", ", languages.Select(l => l.Code))})",
                    others.Count == 0 ? $"add 'languages: [{languages[0].Code}, {language}]' to site.yml" : $"rename the file for one of: {string.Join(", ", others)}");
                continue;
            }

            if (!sources.TryGetValue((translation.Kind, translation.Id), out var source))
            {
                if (!unreadable.Contains((translation.Kind, translation.Id)))
                {
                    var ids = content.Documents.Where(d => d.Kind == translation.Kind).Select(d => d.Id);
                    diagnostics.Error(at, DiagnosticCodes.TranslationWithoutSource,
                        $"there is no {SourcePathOf(translation.Source)} for this file to translate",
                        Suggestions.DidYouMean(translation.Id, ids) is { } hint ? hint.Replace("did you mean", "did you mean to name it after", StringComparison.Ordinal) : "a translation has the same name as its source, with the language code before the extension");
                }

                continue;
            }

            CheckMatches(source, translation, diagnostics);
            CheckCurrent(source, translation, diagnostics);
        }
    }

    /// <summary>The menu's translated links and the taxonomies' translated terms must name links and terms of the source.</summary>
    private static void CheckMatches(BoundDocument source, BoundDocument translation, DiagnosticBag diagnostics)
    {
        if (source.Kind == ContentKind.Site)
        {
            var urls = source.Object!.Objects("menu").Select(m => m.TextOrEmpty("url")).ToList();
            foreach (var item in translation.Object!.Objects("menu").Where(m => !urls.Contains(m.TextOrEmpty("url"))))
            {
                diagnostics.Error(item.LocationOf("url"), DiagnosticCodes.TranslationMismatch,
                    $"site.yml's menu has no link to '{item.TextOrEmpty("url")}' for this label to translate",
                    "use the url of one of site.yml's menu links: " + string.Join(", ", urls));
            }
        }
        else if (source.Kind.IsTaxonomy)
        {
            var ids = ((BoundList)source.Value).Items.OfType<BoundObject>().Select(t => t.TextOrEmpty("id")).ToList();
            foreach (var term in translation.Object!.Objects(TranslationSchemas.TermsField).Where(t => !ids.Contains(t.TextOrEmpty("id"))))
            {
                diagnostics.Error(term.LocationOf("id"), DiagnosticCodes.TranslationMismatch,
                    $"{SourcePathOf(translation.Source)} has no term '{term.TextOrEmpty("id")}' to translate",
                    Suggestions.DidYouMean(term.TextOrEmpty("id"), ids) ?? "use the id of one of its terms");
            }
        }
    }

    private static void CheckCurrent(BoundDocument source, BoundDocument translation, DiagnosticBag diagnostics)
    {
        var status = TranslationStatusOf(source, translation);
        if (status.Recorded is null)
        {
            diagnostics.Warning(translation.Object!.LocationOf(TranslationSchemas.BlockField), DiagnosticCodes.TranslationOutOfDate,
                $"the translation does not record which version of {SourcePathOf(translation.Source)} it translates, so it is shown as out of date",
                $"once it matches the source, run 'lpip translations --mark-current {translation.Source.Path}'");
        }
        else if (!status.Current)
        {
            diagnostics.Warning(translation.Object!.LocationOf(TranslationSchemas.BlockField), DiagnosticCodes.TranslationOutOfDate,
                $"{SourcePathOf(translation.Source)} has changed since this was translated, so the translation is out of date",
                $"update the translation, then run 'lpip translations --mark-current {translation.Source.Path}'");
        }
    }

    /// <summary>What a translation records against what its source now is.</summary>
    public static TranslationStatus TranslationStatusOf(BoundDocument source, BoundDocument translation)
    {
        var block = translation.Object?.Object(TranslationSchemas.BlockField);
        var recorded = block?.Text(TranslationSchemas.SourceField);
        var fingerprint = TranslationFingerprint.Of(source);
        return new TranslationStatus(fingerprint, recorded, block?.Bool(TranslationSchemas.ReviewedField) ?? false);
    }

    /// <summary>The source a translation translates: <c>content/pages/about.cy.md</c> → <c>content/pages/about.md</c>.</summary>
    public static string SourcePathOf(SourceDocument translation) => LanguageCodes.SourcePathOf(translation.Path, translation.Language!);

    private static string Translated(ContentKind kind)
    {
        var fields = TranslationSchemas.TranslatedFields(kind).ToList();
        if (ContentTypes.ContentTypeRegistry.Of(kind) is { Extension: ".md" })
        {
            fields.Add("the body");
        }

        return string.Join(", ", fields);
    }
}

/// <summary>A translation's standing: the source's fingerprint now, the one the translation records, and whether it has been reviewed.</summary>
public sealed record TranslationStatus(string SourceFingerprint, string? Recorded, bool Reviewed)
{
    public bool Current => Recorded == SourceFingerprint;
}
