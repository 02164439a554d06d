using LpipSite.Core.ContentTypes;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LpipSite.Core.Loading;

namespace LpipSite.Core.Validation.Schema;

/// <summary>One generated JSON Schema file: its name under <c>schemas/</c>, what it describes, and its text.</summary>
public sealed record JsonSchemaFile(string FileName, string Title, string AppliesTo, string Json);

/// <summary>
/// Generates a JSON Schema (draft 2020-12) for each kind of content file from
/// <see cref="ContentSchemas"/>, so editors can check front matter and YAML as contributors type.
/// The schemas describe the values the validator accepts as YAML 1.2 (the YAML that editors
/// speak) gives them: plain <c>2025-03-31</c> is a string, plain <c>42</c> a number. Checks that
/// need the rest of the site (does a referenced id exist?) or the calendar (is 2025-02-30 a
/// day?) are left to <c>lpip check</c>; everything else a schema can say, it says.
/// </summary>
public static class JsonSchemaGenerator
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The pattern of an id: lower-case ASCII words joined by single hyphens.</summary>
    public const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>Markdown or HTML markers that a plain-text field may not contain (as <see cref="Formats.MarkupInPlainText"/>).</summary>
    public const string MarkupPattern = "<[A-Za-z/!]|\\]\\(|\\*\\*|__|`|(^|\\n)#{1,6} |&[a-zA-Z]+;|&#";

    /// <summary>Every schema, in a stable order.</summary>
    public static IReadOnlyList<JsonSchemaFile> All() =>
    [
        Generate("site.schema.json", "content/site.yml", ContentSchemas.Site, "The site's settings."),
        GenerateVocabulary("taxonomy.schema.json", "content/taxonomies/*.yml"),
        .. ContentTypeRegistry.All.Select(t => Generate(
            t.SchemaFileName,
            $"content/{t.Folder}/*{t.Extension}" + (t.Extension == ".md" ? " (front matter)" : string.Empty),
            t.Schema,
            t.Extension == ".md" ? "The front matter of a " + t.Schema.Name + "." : "A " + t.Schema.Name + ".")),
        .. new[] { ContentKind.Site, ContentKind.Themes }.Concat(ContentTypeRegistry.All.Select(t => t.Kind)).Select(kind => Generate(
            TranslationSchemaFileName(kind),
            TranslationGlob(kind),
            Languages.TranslationSchemas.For(kind)!,
            "A translation (<id>.<language>" + Extension(kind) + "): the translated fields of its source, and which version of the source it translates.")),
    ];

    /// <summary>The schema file for translations of a kind of file, e.g. <c>case-study.translation.schema.json</c>.</summary>
    public static string TranslationSchemaFileName(ContentKind kind) =>
        SchemaFileName(kind).Replace(".schema.json", ".translation.schema.json", StringComparison.Ordinal);

    /// <summary>The files a kind's translations are, e.g. <c>content/places/*.*.yml</c>.</summary>
    public static string TranslationGlob(ContentKind kind) =>
        kind == ContentKind.Site ? "content/site.*.yml"
        : kind.IsTaxonomy ? "content/taxonomies/*.*.yml"
        : $"content/{ContentTypeRegistry.Of(kind)!.Folder}/*.*{ContentTypeRegistry.Of(kind)!.Extension}";

    private static string Extension(ContentKind kind) => ContentTypeRegistry.Of(kind)?.Extension ?? ".yml";

    /// <summary>The schema file for a kind of file, e.g. <c>case-study.schema.json</c>.</summary>
    public static string SchemaFileName(ContentKind kind) =>
        kind == ContentKind.Site ? "site.schema.json"
        : kind.IsTaxonomy ? "taxonomy.schema.json"
        : ContentTypeRegistry.Of(kind)?.SchemaFileName ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, null);

    /// <summary>Writes every schema into <paramref name="folder"/>; returns the paths written.</summary>
    public static IReadOnlyList<string> WriteAll(string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var file in All())
        {
            var path = Path.Combine(folder, file.FileName);
            File.WriteAllText(path, file.Json, new UTF8Encoding(false));
            written.Add(path);
        }

        return written;
    }

    private static JsonSchemaFile Generate(string fileName, string appliesTo, ObjectSchema schema, string description) =>
        new(fileName, Title(schema.Name), appliesTo, Write(w =>
        {
            Header(w, Title(schema.Name), description + " Generated from the content model by 'lpip schemas'; do not edit.");
            WriteObjectBody(w, schema);
        }));

    private static JsonSchemaFile GenerateVocabulary(string fileName, string appliesTo) =>
        new(fileName, "Taxonomy", appliesTo, Write(w =>
        {
            Header(w, "Taxonomy", "A list of themes or topics: each with an id, a label and a description. Generated from the content model by 'lpip schemas'; do not edit.");
            WriteTypeBody(w, ContentSchemas.Vocabulary);
        }));

    private static string Title(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static void Header(Utf8JsonWriter w, string title, string description)
    {
        w.WriteString("$schema", Draft);
        w.WriteString("title", title);
        w.WriteString("description", description);
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteObjectBody(Utf8JsonWriter w, ObjectSchema schema)
    {
        w.WriteString("type", "object");
        w.WriteStartObject("properties");
        foreach (var field in schema.Fields)
        {
            w.WriteStartObject(field.Name);
            w.WriteString("description", Describe(field));
            WriteTypeBody(w, field.Type, field.Name);
            w.WriteEndObject();
        }

        w.WriteEndObject();

        var required = schema.Fields.Where(f => f.Required).Select(f => f.Name).ToList();
        if (required.Count > 0)
        {
            w.WriteStartArray("required");
            foreach (var name in required)
            {
                w.WriteStringValue(name);
            }

            w.WriteEndArray();
        }

        w.WriteBoolean("additionalProperties", false);

        var conditions = new List<(FieldSchema Field, Condition Condition, bool Required)>();
        foreach (var f in schema.Fields)
        {
            if (f.RequiredWhen is { } when)
            {
                conditions.Add((f, when, true));
            }

            if (f.AllowedOnlyWhen is { } only)
            {
                conditions.Add((f, only, false));
            }
        }

        if (conditions.Count == 0)
        {
            return;
        }

        w.WriteStartArray("allOf");
        foreach (var (field, condition, requiredWhen) in conditions)
        {
            w.WriteStartObject();
            w.WriteStartObject("if");
            w.WriteStartObject("properties");
            w.WriteStartObject(condition.Field);
            w.WriteStartArray("enum");
            foreach (var value in condition.Values)
            {
                w.WriteStringValue(value);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("required");
            w.WriteStringValue(condition.Field);
            w.WriteEndArray();
            w.WriteEndObject();
            if (requiredWhen)
            {
                // Required when the condition holds.
                w.WriteStartObject("then");
                w.WriteStartArray("required");
                w.WriteStringValue(field.Name);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            else
            {
                // Allowed only when the condition holds: otherwise the field must be absent.
                w.WriteStartObject("else");
                w.WriteStartObject("not");
                w.WriteStartArray("required");
                w.WriteStringValue(field.Name);
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Describe(FieldSchema field)
    {
        var text = field.Description;
        if (field.Required)
        {
            text += " Required.";
        }

        return text;
    }

    /// <summary>Writes the keywords that describe a value of <paramref name="type"/> into the open object.</summary>
    private static void WriteTypeBody(Utf8JsonWriter w, FieldType type, string fieldName = "")
    {
        switch (type)
        {
            case TextType text:
                // The validator reads any single value as text, so a plain 2021 or true is a valid title.
                Types(w, "string", "number", "boolean");
                if (fieldName != "alt")
                {
                    w.WriteNumber("minLength", 1);
                    w.WriteString("pattern", "\\S");
                }

                if (text.MaxLength is { } max)
                {
                    w.WriteNumber("maxLength", max);
                }

                if (text.Plain)
                {
                    w.WriteStartObject("not");
                    w.WriteString("type", "string");
                    w.WriteString("pattern", MarkupPattern);
                    w.WriteEndObject();
                }

                break;
            case IdType:
                w.WriteString("type", "string");
                w.WriteString("pattern", PatternOf(type)!);
                break;
            case DateType:
                w.WriteString("type", "string");
                w.WriteString("format", "date");
                w.WriteString("pattern", PatternOf(type)!);
                break;
            case DateTimeType:
                w.WriteString("type", "string");
                w.WriteString("pattern", PatternOf(type)!);
                break;
            case BoolType:
                // YAML 1.2 reads true/True/TRUE as booleans; the validator also accepts yes and no.
                w.WriteStartArray("anyOf");
                w.WriteStartObject();
                w.WriteString("type", "boolean");
                w.WriteEndObject();
                w.WriteStartObject();
                w.WriteStartArray("enum");
                w.WriteStringValue("yes");
                w.WriteStringValue("no");
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndArray();
                break;
            case NumberType number:
                w.WriteString("type", "number");
                w.WriteNumber("minimum", number.Min);
                w.WriteNumber("maximum", number.Max);
                break;
            case UrlType:
                w.WriteString("type", "string");
                w.WriteString("format", "uri");
                w.WriteString("pattern", PatternOf(type)!);
                break;
            case SitePathType:
                w.WriteString("type", "string");
                w.WriteString("pattern", PatternOf(type)!);
                break;
            case EmailType:
                w.WriteString("type", "string");
                w.WriteString("format", "email");
                w.WriteString("pattern", PatternOf(type)!);
                break;
            case UrlOrEmailType:
                w.WriteString("type", "string");
                w.WriteString("pattern", PatternOf(type)!);
                break;
            case VocabType vocab:
                w.WriteString("type", "string");
                w.WriteStartArray("enum");
                foreach (var id in vocab.Vocabulary.Ids)
                {
                    w.WriteStringValue(id);
                }

                w.WriteEndArray();
                break;
            case RefType:
                w.WriteString("type", "string");
                w.WriteString("pattern", PatternOf(type)!);
                break;
            case GssType:
                w.WriteString("type", "string");
                w.WriteString("pattern", PatternOf(type)!);
                break;
            case OrcidType:
                w.WriteString("type", "string");
                w.WriteString("pattern", PatternOf(type)!);
                break;
            case DoiType:
                w.WriteString("type", "string");
                w.WriteString("pattern", PatternOf(type)!);
                break;
            case AssetType:
                w.WriteString("type", "string");
                w.WriteString("pattern", PatternOf(type)!);
                break;
            case OrganisationOrTextType:
                Types(w, "string", "number");
                w.WriteNumber("minLength", 1);
                w.WriteString("pattern", "\\S");
                break;
            case ListType list:
                w.WriteString("type", "array");
                if (list.MinItems > 0)
                {
                    w.WriteNumber("minItems", list.MinItems);
                }

                w.WriteStartObject("items");
                WriteTypeBody(w, list.Item, fieldName);
                w.WriteEndObject();
                break;
            case ObjectType obj:
                w.WriteString("title", Title(obj.Schema.Name));
                WriteObjectBody(w, obj.Schema);
                break;
            default:
                throw new InvalidOperationException("no JSON Schema for field type " + type);
        }
    }

    /// <summary>
    /// The regular expression a value of a one-line field type must match (ECMAScript syntax, which
    /// JSON Schema and the web editor both use); null for a type without one.
    /// </summary>
    internal static string? PatternOf(FieldType type) => type switch
    {
        IdType => IdPattern,
        DateType => "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        DateTimeType => "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$",
        UrlType => "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s]*$",
        SitePathType => "^/([a-z0-9_.-]+/)+$",
        EmailType => "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
        UrlOrEmailType => "^([Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s]*|[^@\\s:/]+@[^@\\s]+\\.[^@\\s]+)$",
        RefType reference => reference.Kind.HasFlag(RefKind.Place) ? "^([a-z0-9]+(-[a-z0-9]+)*|[EWSNK][0-9]{8})$" : IdPattern,
        GssType => "^[EWSNK][0-9]{8}$",
        OrcidType => "^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$",
        DoiType => "^([Hh][Tt][Tt][Pp][Ss]://[Dd][Oo][Ii]\\.[Oo][Rr][Gg]/)?10\\.[0-9]{4,9}/\\S+$",
        OrganisationOrTextType => "\\S",
        AssetType asset => asset.AllowUrl ? "^([Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s]*|(?!//)[^:]+)$" : "^(?!//)[^:]+$",
        _ => null,
    };

    private static void Types(Utf8JsonWriter w, params string[] types)
    {
        w.WriteStartArray("type");
        foreach (var t in types)
        {
            w.WriteStringValue(t);
        }

        w.WriteEndArray();
    }
}
