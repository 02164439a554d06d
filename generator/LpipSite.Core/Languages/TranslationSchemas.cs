using System.Collections.Concurrent;
using LpipSite.Core.ContentTypes;
using LpipSite.Core.Loading;
using LpipSite.Core.Validation.Schema;
using static LpipSite.Core.Validation.Schema.Field;

namespace LpipSite.Core.Languages;

/// <summary>
/// What a translation file may hold: its source's translated fields (all optional: an untranslated
/// field shows the source's text) and the <c>translation</c> block that says which version of the
/// source it translates and whether a speaker of the language has reviewed it.
/// </summary>
public static class TranslationSchemas
{
    public const string BlockField = "translation";
    public const string SourceField = "source";
    public const string ReviewedField = "reviewed";
    public const string ReviewedByField = "reviewed_by";

    /// <summary>The field that lists a taxonomy translation's terms (a taxonomy source is a bare list).</summary>
    public const string TermsField = "terms";

    /// <summary>
    /// Optional, so a translation written by the web editor (which writes only the translated fields)
    /// is valid: without it the translation counts as not reviewed and of an unknown version of its
    /// source, and <c>lpip check</c> says so.
    /// </summary>
    public static readonly FieldSchema Block = Opt(BlockField, Obj(
        "translation",
        Opt(SourceField, new TextType(MaxLength: 64), "The fingerprint of the source text this translates; `lpip translations --mark-current` writes it."),
        Req(ReviewedField, new BoolType(), "True once a speaker of the language has reviewed the translation."),
        Opt(ReviewedByField, ContentSchemas.Text, "Who reviewed it.")), "Which version of the source this translates, and whether it has been reviewed.");

    private static readonly ConcurrentDictionary<ContentKind, ObjectSchema?> Cache = new();

    /// <summary>The fields of a kind's source that a translation may give, as dotted paths (<c>transferability.conditions</c>).</summary>
    public static IReadOnlyList<string> TranslatedFields(ContentKind kind) =>
        kind == ContentKind.Site ? ["title", "description", "menu"]
        : kind.IsTaxonomy ? [TermsField]
        : ContentTypeRegistry.Of(kind)?.TranslatedFields ?? [];

    /// <summary>The schema of a translation of a kind of file; null for a kind that cannot be translated.</summary>
    public static ObjectSchema? For(ContentKind kind) => Cache.GetOrAdd(kind, Build);

    private static ObjectSchema? Build(ContentKind kind)
    {
        if (kind.IsTaxonomy)
        {
            var term = new ObjectSchema("term translation", [
                Req("id", new IdType(), "The id of the term in the source."),
                Opt("label", ContentSchemas.Text, "The name shown to readers."),
                Opt("description", ContentSchemas.LongText, "What the term covers.")]);
            return new ObjectSchema($"{kind.Name} translation", [Req(TermsField, ListOf(new ObjectType(term), 1), "The translated terms."), Block]);
        }

        if (ContentSchemas.For(kind) is not { } source)
        {
            return null;
        }

        var fields = Restrict(source, TranslatedFields(kind)).Fields.ToList();
        fields.Add(Block);
        return new ObjectSchema($"{source.Name} translation", fields);
    }

    /// <summary>The schema with only the given (dotted) fields, each optional; a nested object keeps only its listed fields.</summary>
    private static ObjectSchema Restrict(ObjectSchema schema, IEnumerable<string> paths)
    {
        var fields = new List<FieldSchema>();
        foreach (var group in paths.GroupBy(p => p.Split('.', 2)[0]))
        {
            if (schema.Find(group.Key) is not { } field)
            {
                throw new InvalidOperationException($"the {schema.Name} has no field '{group.Key}' to translate");
            }

            var nested = group.Where(p => p.Contains('.', StringComparison.Ordinal)).Select(p => p.Split('.', 2)[1]).ToList();
            var type = nested.Count > 0 && field.Type is ObjectType obj ? new ObjectType(Restrict(obj.Schema, nested)) : field.Type;
            fields.Add(field with { Type = type, Required = false, RequiredWhen = null, AllowedOnlyWhen = null });
        }

        return new ObjectSchema(schema.Name, fields);
    }
}
