using LpipSite.Core.ContentTypes;
using LpipSite.Core.Loading;
using LpipSite.Core.Validation;

namespace LpipSite.Core.Languages;

/// <summary>Where one source stands in one language: its translation file (if any) and that translation's state.</summary>
public sealed record TranslationEntry(string SourcePath, string TranslationPath, bool Exists, bool Current, bool Reviewed, string? ReviewedBy);

/// <summary>One kind of content in one language: every source, translated or not.</summary>
public sealed record TranslationGroup(string Kind, IReadOnlyList<TranslationEntry> Entries)
{
    public IEnumerable<TranslationEntry> Untranslated => Entries.Where(e => !e.Exists);

    public IEnumerable<TranslationEntry> OutOfDate => Entries.Where(e => e.Exists && !e.Current);

    public IEnumerable<TranslationEntry> Unreviewed => Entries.Where(e => e.Exists && !e.Reviewed);
}

/// <summary>The translations of one language, by kind of content in the registry's order.</summary>
public sealed record LanguageReport(string Language, IReadOnlyList<TranslationGroup> Groups);

/// <summary>
/// What <c>lpip translations</c> reports: for each of the site's other languages and each kind of
/// content, which sources have no translation, which translations are out of date (their source
/// changed since) and which no speaker of the language has reviewed.
/// </summary>
public static class TranslationReport
{
    public static IReadOnlyList<LanguageReport> Of(ValidatedContent content)
    {
        var site = content.Documents.FirstOrDefault(d => d.Kind == ContentKind.Site);
        var languages = SiteLanguages.From(site?.Object, null).Where(l => !l.IsDefault);
        var kinds = new[] { ContentKind.Site, ContentKind.Themes, ContentKind.Topics }.Concat(ContentTypeRegistry.All.Select(t => t.Kind)).ToList();
        return languages.Select(language =>
        {
            var translations = content.Translations.Where(t => t.Source.Language == language.Code).ToDictionary(t => (t.Kind, t.Id));
            var groups = kinds.Select(kind => new TranslationGroup(kind.Name, content.Documents
                .Where(d => d.Kind == kind)
                .OrderBy(d => d.Source.Path, StringComparer.Ordinal)
                .Select(source => Entry(source, translations.GetValueOrDefault((kind, source.Id)), language))
                .ToList()))
                .Where(g => g.Entries.Count > 0)
                .ToList();
            return new LanguageReport(language.Code, groups);
        }).ToList();
    }

    private static TranslationEntry Entry(BoundDocument source, BoundDocument? translation, SiteLanguage language)
    {
        var extension = Path.GetExtension(source.Source.Path);
        var translationPath = source.Source.Path[..^extension.Length] + "." + language.Code + extension;
        if (translation is null)
        {
            return new TranslationEntry(source.Source.Path, translationPath, Exists: false, Current: false, Reviewed: false, ReviewedBy: null);
        }

        var status = TranslationRules.TranslationStatusOf(source, translation);
        var reviewedBy = translation.Object?.Object(TranslationSchemas.BlockField)?.Text(TranslationSchemas.ReviewedByField);
        return new TranslationEntry(source.Source.Path, translation.Source.Path, Exists: true, status.Current, status.Reviewed, reviewedBy);
    }

    /// <summary>The fingerprint a translation file should record to be current: its source's, now.</summary>
    public static string? SourceFingerprintOf(ValidatedContent content, string translationPath)
    {
        var translation = content.Translations.FirstOrDefault(t => t.Source.Path == translationPath);
        var source = translation is null ? null : content.Documents.FirstOrDefault(d => d.Kind == translation.Kind && d.Id == translation.Id);
        return source is null ? null : TranslationFingerprint.Of(source);
    }
}
