using LpipSite.Core.ContentTypes;
using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Validation;

namespace LpipSite.Core.Languages;

/// <summary>
/// The content of the site in one of its other languages: every source, with its translation's
/// fields and body in place of its own where it has one. An item without a translation is still
/// there (in the source's language, and marked so), so every page exists in every language.
/// </summary>
public static class TranslatedEditions
{
    /// <summary>The site's content in <paramref name="language"/>, mapped to items, each marked with how its text stands.</summary>
    public static SiteContent Content(ValidatedContent content, SiteLanguage language)
    {
        var translations = content.Translations.Where(t => t.Source.Language == language.Code).ToDictionary(t => (t.Kind, t.Id));
        var statuses = new Dictionary<(ContentKind, string), ItemTranslation>();
        var documents = new List<BoundDocument>(content.Documents.Count);
        foreach (var source in content.Documents)
        {
            var translation = translations.GetValueOrDefault((source.Kind, source.Id));
            documents.Add(Merge(source, translation, language));
            if (translation is not null)
            {
                var status = TranslationRules.TranslationStatusOf(source, translation);
                statuses[(source.Kind, source.Id)] = new ItemTranslation(language.Code, Translated: true, status.Current, status.Reviewed);
            }
        }

        var mapped = new ItemMapper(content with { Documents = documents }).Map();
        var untranslated = new ItemTranslation(mapped.Settings.Languages[0].Code, Translated: false, Current: false, Reviewed: false);
        return mapped with
        {
            Settings = mapped.Settings with { Language = language.Tag },
            Items = mapped.Items.ToDictionary(
                pair => pair.Key,
                pair => (IReadOnlyList<ContentItem>)pair.Value.Select(item => item with { Translation = statuses.GetValueOrDefault((pair.Key, item.Id), untranslated) }).ToList()),
        };
    }

    private static BoundDocument Merge(BoundDocument source, BoundDocument? translation, SiteLanguage language)
    {
        if (source.Kind.IsTaxonomy)
        {
            return translation is null ? source : source with { Value = MergeTerms((BoundList)source.Value, translation.Object!) };
        }

        var value = source.Object!;
        if (ContentTypeRegistry.Of(source.Kind) is { } type)
        {
            value = type.InLanguage(value, language.Code);
        }

        if (translation is null)
        {
            return source with { Value = value };
        }

        var merged = Overlay(value, translation.Object!, source.Kind == ContentKind.Site);
        var document = source.Source with
        {
            Path = translation.Source.Path,
            Body = translation.Source.Body ?? source.Source.Body,
        };
        return new BoundDocument(document, merged);
    }

    /// <summary>The source's fields with the translation's in their place; a nested object is merged field by field.</summary>
    private static BoundObject Overlay(BoundObject source, BoundObject translation, bool isSite)
    {
        var fields = new Dictionary<string, BoundValue>(source.Fields);
        foreach (var (name, value) in translation.Fields)
        {
            if (name == TranslationSchemas.BlockField)
            {
                continue;
            }

            fields[name] = (name, fields.GetValueOrDefault(name), value) switch
            {
                ("menu", BoundList menu, BoundList labels) when isSite => TranslateMenu(menu, labels),
                (_, BoundObject inner, BoundObject translated) => Overlay(inner, translated, isSite: false),
                _ => value,
            };
        }

        return source with { Fields = fields };
    }

    /// <summary>The source's menu, in its order, with each link's label from the translation when it gives one.</summary>
    private static BoundList TranslateMenu(BoundList menu, BoundList labels)
    {
        var byUrl = labels.Items.OfType<BoundObject>().GroupBy(l => l.TextOrEmpty("url")).ToDictionary(g => g.Key, g => g.First());
        return menu with
        {
            Items = menu.Items.OfType<BoundObject>()
                .Select(item => byUrl.TryGetValue(item.TextOrEmpty("url"), out var label) && label["label"] is { } text
                    ? item with { Fields = new Dictionary<string, BoundValue>(item.Fields) { ["label"] = text } }
                    : item)
                .Cast<BoundValue>()
                .ToList(),
        };
    }

    private static BoundList MergeTerms(BoundList terms, BoundObject translation)
    {
        var byId = translation.Objects(TranslationSchemas.TermsField).GroupBy(t => t.TextOrEmpty("id")).ToDictionary(g => g.Key, g => g.First());
        return terms with
        {
            Items = terms.Items.Select(term => term is BoundObject obj && byId.TryGetValue(obj.TextOrEmpty("id"), out var translated)
                ? Overlay(obj, translated, isSite: false)
                : term).ToList(),
        };
    }
}
