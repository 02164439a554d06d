using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using LpipSite.Core.Model;
using LpipSite.Core.Writing;

namespace LpipSite.Core.Outputs;

/// <summary>The kind of value a dataset field holds; decides its JSON, CSV and JSON Schema form.</summary>
internal enum FieldKind
{
    Text,
    Url,
    Date,

    /// <summary>A UK local date (<c>2027-03-10</c>) or date and time (<c>2027-03-10T10:00</c>), no zone.</summary>
    LocalDateTime,
    Integer,
    Number,
    Boolean,
    TextList,
    UrlList,

    /// <summary>A list of objects described by <see cref="DataField.Parts"/>.</summary>
    Objects,
}

/// <summary>
/// One column of a dataset. The same description drives the JSON export, the CSV export, the JSON
/// Schema and the documentation on the /data/ page, so they cannot disagree.
/// </summary>
internal sealed record DataField(string Name, FieldKind Kind, bool Required, string Description, Func<object, object?> Value, IReadOnlyList<DataField>? Parts = null)
{
    public static DataField Of<T>(string name, FieldKind kind, bool required, string description, Func<T, object?> value, IReadOnlyList<DataField>? parts = null) =>
        new(name, kind, required, description, o => value((T)o), parts);

    public bool IsList => Kind is FieldKind.TextList or FieldKind.UrlList or FieldKind.Objects;

    /// <summary>The CSV columns of this field: one, or one per part for lists of objects.</summary>
    public IEnumerable<string> CsvColumns => Kind == FieldKind.Objects ? Parts!.Select(p => Name + "_" + p.Name) : [Name];

    /// <summary>What kind of value the field holds, in the words of the /data/ page ("list of URLs").</summary>
    public string TypeLabel(Rendering.Text.Localiser words) => Kind switch
    {
        FieldKind.Text => words.Text(Rendering.Text.GeneratorTextKeys.DataFieldTypes.Text),
        FieldKind.Url => words.Text(Rendering.Text.GeneratorTextKeys.DataFieldTypes.Url),
        FieldKind.Date => words.Text(Rendering.Text.GeneratorTextKeys.DataFieldTypes.Date),
        FieldKind.LocalDateTime => words.Text(Rendering.Text.GeneratorTextKeys.DataFieldTypes.LocalDateTime),
        FieldKind.Integer => words.Text(Rendering.Text.GeneratorTextKeys.DataFieldTypes.Integer),
        FieldKind.Number => words.Text(Rendering.Text.GeneratorTextKeys.DataFieldTypes.Number),
        FieldKind.Boolean => words.Text(Rendering.Text.GeneratorTextKeys.DataFieldTypes.Boolean),
        FieldKind.TextList => words.Text(Rendering.Text.GeneratorTextKeys.DataFieldTypes.TextList),
        FieldKind.UrlList => words.Text(Rendering.Text.GeneratorTextKeys.DataFieldTypes.UrlList),
        _ => words.Text(Rendering.Text.GeneratorTextKeys.DataFieldTypes.Records, ("fields", string.Join(", ", Parts!.Select(p => p.Name)))),
    };
}

/// <summary>A dataset: its rows (one per item), fields, licence and the newest content date behind it.</summary>
internal sealed record Dataset(
    string Id,
    string Title,
    string Description,
    string Licence,
    string? LicenceNote,
    DateOnly Modified,
    IReadOnlyList<DataField> Fields,
    IReadOnlyList<object> Rows)
{
    public string JsonPath => "data/" + Id + ".json";
    public string CsvPath => "data/" + Id + ".csv";
    public string SchemaPath => "data/schema/" + Id + ".schema.json";
}

/// <summary>Writes datasets as JSON, CSV (RFC 4180) and JSON Schema (2020-12), byte for byte the same on every machine.</summary>
internal static class DataExports
{
    /// <summary>Separates the values of a list in one CSV cell; a ';' or '\' inside a value is escaped with '\'.</summary>
    public const char ListSeparator = ';';

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IEnumerable<OutputFile> Files(Dataset dataset, SiteSettings settings)
    {
        yield return new OutputFile(dataset.JsonPath, Json(dataset, settings));
        yield return new OutputFile(dataset.CsvPath, Csv(dataset));
        yield return new OutputFile(dataset.SchemaPath, Schema(dataset, settings));
    }

    public static string LicenceUrl(string licence) => Vocabularies.LicenceUrls.GetValueOrDefault(licence) ?? string.Empty;

    public static byte[] Json(Dataset dataset, SiteSettings settings)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", settings.AbsoluteUrl("/" + dataset.SchemaPath));
            json.WriteString("dataset", dataset.Id);
            json.WriteString("title", dataset.Title);
            json.WriteString("description", dataset.Description);
            json.WriteString("publisher", settings.Title);
            json.WriteString("licence", dataset.Licence);
            json.WriteString("licence_url", LicenceUrl(dataset.Licence));
            json.WriteString("modified", Iso(dataset.Modified));
            json.WriteString("url", settings.AbsoluteUrl("/" + dataset.JsonPath));
            json.WriteNumber("count", dataset.Rows.Count);
            json.WriteStartArray("items");
            foreach (var row in dataset.Rows)
            {
                WriteObject(json, dataset.Fields, row);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteObject(Utf8JsonWriter json, IReadOnlyList<DataField> fields, object row)
    {
        json.WriteStartObject();
        foreach (var field in fields)
        {
            var value = field.Value(row);
            if (value is null)
            {
                if (field.IsList)
                {
                    json.WriteStartArray(field.Name);
                    json.WriteEndArray();
                }

                continue;
            }

            json.WritePropertyName(field.Name);
            switch (field.Kind)
            {
                case FieldKind.Integer:
                    json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                    break;
                case FieldKind.Number:
                    json.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                    break;
                case FieldKind.Boolean:
                    json.WriteBooleanValue((bool)value);
                    break;
                case FieldKind.TextList or FieldKind.UrlList:
                    json.WriteStartArray();
                    foreach (var item in (IEnumerable<string>)value)
                    {
                        json.WriteStringValue(item);
                    }

                    json.WriteEndArray();
                    break;
                case FieldKind.Objects:
                    json.WriteStartArray();
                    foreach (var item in (IEnumerable<object>)value)
                    {
                        WriteObject(json, field.Parts!, item);
                    }

                    json.WriteEndArray();
                    break;
                default:
                    json.WriteStringValue(Scalar(value));
                    break;
            }
        }

        json.WriteEndObject();
    }

    /// <summary>A scalar as text: dates ISO 8601, numbers invariant and round-trippable, booleans lower case.</summary>
    private static string Scalar(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        DateOnly d => Iso(d),
        bool b => b ? "true" : "false",
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string EscapeListValue(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal);

    private static string JoinList(IEnumerable<string?> values) =>
        string.Join(ListSeparator, values.Select(v => EscapeListValue(v ?? string.Empty)));

    public static byte[] Csv(Dataset dataset)
    {
        // RFC 4180: comma separated, CRLF after every record, quotes only where needed, no BOM.
        var options = new CsvWriterOptions
        {
            NewLine = "\r\n",
            FormatProvider = CultureInfo.InvariantCulture,
            WriteByteOrderMark = false,
        };
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            foreach (var column in dataset.Fields.SelectMany(f => f.CsvColumns))
            {
                csv.WriteField(column);
            }

            csv.EndRecord();
            foreach (var row in dataset.Rows)
            {
                foreach (var field in dataset.Fields)
                {
                    var value = field.Value(row);
                    switch (field.Kind)
                    {
                        case FieldKind.TextList or FieldKind.UrlList:
                            csv.WriteField(value is null ? string.Empty : JoinList((IEnumerable<string>)value));
                            break;
                        case FieldKind.Objects:
                            var items = value is null ? [] : ((IEnumerable<object>)value).ToList();
                            foreach (var part in field.Parts!)
                            {
                                csv.WriteField(JoinList(items.Select(i => Scalar(part.Value(i)))));
                            }

                            break;
                        default:
                            csv.WriteField(Scalar(value));
                            break;
                    }
                }

                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }

    public static byte[] Schema(Dataset dataset, SiteSettings settings)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            json.WriteString("$id", settings.AbsoluteUrl("/" + dataset.SchemaPath));
            json.WriteString("title", dataset.Title + " (" + settings.Title + ")");
            json.WriteString("description", dataset.Description);
            json.WriteString("type", "object");
            json.WriteStartArray("required");
            foreach (var name in new[] { "dataset", "title", "licence", "modified", "count", "items" })
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteStartObject("properties");
            json.WriteStartObject("$schema");
            json.WriteString("type", "string");
            json.WriteEndObject();
            json.WriteStartObject("dataset");
            json.WriteString("const", dataset.Id);
            json.WriteEndObject();
            foreach (var name in new[] { "title", "description", "publisher", "licence" })
            {
                json.WriteStartObject(name);
                json.WriteString("type", "string");
                json.WriteEndObject();
            }

            foreach (var name in new[] { "licence_url", "url" })
            {
                json.WriteStartObject(name);
                json.WriteString("type", "string");
                json.WriteEndObject();
            }

            json.WriteStartObject("modified");
            WriteType(json, FieldKind.Date);
            json.WriteEndObject();
            json.WriteStartObject("count");
            json.WriteString("type", "integer");
            json.WriteNumber("minimum", 0);
            json.WriteEndObject();
            json.WriteStartObject("items");
            json.WriteString("type", "array");
            json.WritePropertyName("items");
            WriteObjectSchema(json, dataset.Fields);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteBoolean("additionalProperties", false);
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteObjectSchema(Utf8JsonWriter json, IReadOnlyList<DataField> fields)
    {
        json.WriteStartObject();
        json.WriteString("type", "object");
        json.WriteStartArray("required");
        foreach (var field in fields.Where(f => f.Required || f.IsList))
        {
            json.WriteStringValue(field.Name);
        }

        json.WriteEndArray();
        json.WriteStartObject("properties");
        foreach (var field in fields)
        {
            json.WriteStartObject(field.Name);
            json.WriteString("description", field.Description);
            if (field.Kind == FieldKind.Objects)
            {
                json.WriteString("type", "array");
                json.WritePropertyName("items");
                WriteObjectSchema(json, field.Parts!);
            }
            else
            {
                WriteType(json, field.Kind);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteBoolean("additionalProperties", false);
        json.WriteEndObject();
    }

    private static void WriteType(Utf8JsonWriter json, FieldKind kind)
    {
        switch (kind)
        {
            case FieldKind.Url:
                json.WriteString("type", "string");
                json.WriteString("format", "uri");
                json.WriteString("pattern", "^https?://");
                break;
            case FieldKind.Date:
                json.WriteString("type", "string");
                json.WriteString("format", "date");
                json.WriteString("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
                break;
            case FieldKind.LocalDateTime:
                json.WriteString("type", "string");
                json.WriteString("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2})?$");
                break;
            case FieldKind.Integer:
                json.WriteString("type", "integer");
                break;
            case FieldKind.Number:
                json.WriteString("type", "number");
                break;
            case FieldKind.Boolean:
                json.WriteString("type", "boolean");
                break;
            case FieldKind.TextList:
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                json.WriteString("type", "string");
                json.WriteEndObject();
                break;
            case FieldKind.UrlList:
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                json.WriteString("type", "string");
                json.WriteString("format", "uri");
                json.WriteString("pattern", "^https?://");
                json.WriteEndObject();
                break;
            default:
                json.WriteString("type", "string");
                break;
        }
    }
}
