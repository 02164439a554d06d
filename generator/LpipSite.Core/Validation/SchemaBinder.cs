using System.Globalization;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;
using LpipSite.Core.Validation.Schema;

namespace LpipSite.Core.Validation;

/// <summary>
/// Checks YAML against a schema and turns it into typed <see cref="BoundValue"/>s. Every problem is
/// reported, not just the first; a value with a problem is left out of the result.
/// </summary>
public sealed class SchemaBinder(DiagnosticBag diagnostics)
{
    public BoundObject? BindObject(YamlNode node, ObjectSchema schema)
    {
        if (node is not YamlMapping mapping)
        {
            WrongType(node, "a set of fields ('name: value' lines) for the " + schema.Name);
            return null;
        }

        var fields = new Dictionary<string, BoundValue>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            var field = schema.Find(entry.Key.Value);
            if (field is null)
            {
                diagnostics.Error(entry.Key.At, DiagnosticCodes.UnknownField,
                    $"unknown field '{entry.Key.Value}' in a {schema.Name}",
                    Suggestions.DidYouMean(entry.Key.Value, schema.Fields.Select(f => f.Name))
                        ?? "the fields allowed here are: " + string.Join(", ", schema.Fields.Select(f => f.Name)));
                continue;
            }

            if (entry.Value is YamlScalar { IsNull: true })
            {
                // 'field:' with nothing after it counts as missing, reported below when required.
                continue;
            }

            var bound = Bind(entry.Value, field.Type, field.Name);
            if (bound is not null)
            {
                fields[field.Name] = bound;
            }
        }

        CheckRequired(mapping, schema, fields);
        return new BoundObject(mapping.At, fields);
    }

    private void CheckRequired(YamlMapping mapping, ObjectSchema schema, Dictionary<string, BoundValue> fields)
    {
        foreach (var field in schema.Fields)
        {
            var present = mapping.Find(field.Name) is { } e && !(e.Value is YamlScalar { IsNull: true });
            var at = mapping.Find(field.Name)?.Key.At ?? mapping.At;
            if (field.AllowedOnlyWhen is { } allowed && present && !Holds(allowed, fields))
            {
                diagnostics.Error(at, DiagnosticCodes.NotAllowedHere,
                    $"'{field.Name}' is only allowed {allowed}", $"remove '{field.Name}'");
            }

            if (present)
            {
                continue;
            }

            if (field.Required)
            {
                diagnostics.Error(at, DiagnosticCodes.MissingField,
                    $"the required field '{field.Name}' is missing from this {schema.Name}",
                    $"add '{field.Name}:' ({field.Type.Expected})");
            }
            else if (field.RequiredWhen is { } when && Holds(when, fields))
            {
                diagnostics.Error(at, DiagnosticCodes.ConditionallyRequired,
                    $"the field '{field.Name}' is required {when}", $"add '{field.Name}:' ({field.Type.Expected})");
            }
        }
    }

    private static bool Holds(Condition condition, Dictionary<string, BoundValue> fields) =>
        fields.GetValueOrDefault(condition.Field) is BoundText t && condition.Values.Contains(t.Value);

    public BoundValue? Bind(YamlNode node, FieldType type, string fieldName)
    {
        switch (type)
        {
            case ListType list:
                return BindList(node, list, fieldName);
            case ObjectType obj:
                return BindObject(node, obj.Schema);
        }

        if (node is not YamlScalar scalar)
        {
            WrongType(node, type.Expected + $" for '{fieldName}'");
            return null;
        }

        var value = scalar.Value.Trim();
        var at = scalar.At;
        switch (type)
        {
            case TextType text:
                return BindText(scalar, text, fieldName);
            case IdType:
                return Formats.Id().IsMatch(value) ? new BoundText(at, value) : Invalid(at, DiagnosticCodes.InvalidId, fieldName, value, type);
            case DateType:
                return Formats.TryDate(value, out var date)
                    ? new BoundDate(at, date)
                    : Invalid(at, DiagnosticCodes.InvalidDate, fieldName, value, type, DateHint(value));
            case DateTimeType:
                return Formats.TryDateTime(value, out var dateTime, out var hasTime)
                    ? new BoundDateTime(at, dateTime, hasTime)
                    : Invalid(at, DiagnosticCodes.InvalidDate, fieldName, value, type, DateHint(value));
            case BoolType:
                return value switch
                {
                    "true" or "True" or "TRUE" or "yes" => new BoundBool(at, true),
                    "false" or "False" or "FALSE" or "no" => new BoundBool(at, false),
                    _ => Invalid(at, DiagnosticCodes.WrongType, fieldName, value, type),
                };
            case NumberType number:
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n))
                {
                    return Invalid(at, DiagnosticCodes.WrongType, fieldName, value, type);
                }

                return n < number.Min || n > number.Max
                    ? Invalid(at, DiagnosticCodes.OutOfRange, fieldName, value, type)
                    : new BoundNumber(at, n);
            case UrlType:
                return Formats.IsWebAddress(value) ? new BoundText(at, value) : Invalid(at, DiagnosticCodes.InvalidUrl, fieldName, value, type);
            case SitePathType:
                return Formats.IsSitePath(value) ? new BoundText(at, value) : Invalid(at, DiagnosticCodes.InvalidSitePath, fieldName, value, type);
            case EmailType:
                return Formats.Email().IsMatch(value) ? new BoundText(at, value) : Invalid(at, DiagnosticCodes.InvalidEmail, fieldName, value, type);
            case UrlOrEmailType:
                return Formats.IsWebAddress(value) || Formats.Email().IsMatch(value) ? new BoundText(at, value) : Invalid(at, DiagnosticCodes.InvalidUrl, fieldName, value, type);
            case VocabType vocab:
                if (vocab.Vocabulary.Contains(value))
                {
                    return new BoundText(at, value);
                }

                diagnostics.Error(at, DiagnosticCodes.NotInVocabulary,
                    $"'{value}' is not a known {vocab.Vocabulary.Name}",
                    Suggestions.DidYouMean(value, vocab.Vocabulary.Ids) ?? "use " + vocab.Expected);
                return null;
            case RefType reference:
                return value.Length == 0 ? Invalid(at, DiagnosticCodes.EmptyText, fieldName, value, type) : new BoundRef(at, reference.Kind, value);
            case GssType:
                return Formats.Gss().IsMatch(value) ? new BoundText(at, value) : Invalid(at, DiagnosticCodes.InvalidGss, fieldName, value, type);
            case OrcidType:
                return Formats.IsOrcid(value)
                    ? new BoundText(at, value)
                    : Invalid(at, DiagnosticCodes.InvalidOrcid, fieldName, value, type,
                        "check each digit: the last character is a checksum of the others");
            case DoiType:
                var doi = value.StartsWith("https://doi.org/", StringComparison.OrdinalIgnoreCase) ? value[16..] : value;
                return Formats.Doi().IsMatch(doi) ? new BoundText(at, doi) : Invalid(at, DiagnosticCodes.InvalidDoi, fieldName, value, type);
            case AssetType asset:
                return BindAsset(at, value, asset, fieldName);
            case OrganisationOrTextType:
                return value.Length == 0 ? Invalid(at, DiagnosticCodes.EmptyText, fieldName, value, type) : new BoundText(at, value);
            default:
                throw new InvalidOperationException("unhandled field type " + type);
        }
    }

    private BoundText? BindText(YamlScalar scalar, TextType text, string fieldName)
    {
        var value = scalar.Value.Trim();
        if (value.Length == 0 && fieldName != "alt")
        {
            diagnostics.Error(scalar.At, DiagnosticCodes.EmptyText, $"'{fieldName}' is empty", "write some text, or remove the field");
            return null;
        }

        if (text.MaxLength is { } max && value.Length > max)
        {
            diagnostics.Error(scalar.At, DiagnosticCodes.TooLong,
                $"'{fieldName}' is {value.Length} characters long; the limit is {max}",
                $"shorten it by {value.Length - max} characters");
        }

        if (text.Plain && Formats.MarkupInPlainText().Match(value) is { Success: true } markup)
        {
            diagnostics.Error(scalar.At, DiagnosticCodes.NotPlainText,
                $"'{fieldName}' must be plain text, but contains '{markup.Value}'",
                "remove Markdown or HTML formatting from this field");
        }

        return new BoundText(scalar.At, value);
    }

    private BoundValue? BindAsset(SourceLocation at, string value, AssetType asset, string fieldName)
    {
        if (asset.AllowUrl && Formats.IsWebAddress(value))
        {
            return new BoundText(at, value);
        }

        if (!asset.AllowUrl && Formats.IsWebAddress(value))
        {
            diagnostics.Error(at, DiagnosticCodes.RemoteFile,
                $"'{fieldName}' points at another website; the site loads nothing from other websites, to protect readers' privacy",
                "save the file (with permission) under content/assets/ and write assets/…");
            return null;
        }

        if (value.Contains("://", StringComparison.Ordinal) || value.StartsWith("//", StringComparison.Ordinal) || value.Contains(':', StringComparison.Ordinal))
        {
            return Invalid(at, DiagnosticCodes.InvalidUrl, fieldName, value, asset);
        }

        // Existence and containment are checked against the content tree later.
        return new BoundText(at, value);
    }

    private BoundList? BindList(YamlNode node, ListType list, string fieldName)
    {
        if (node is not YamlSequence sequence)
        {
            if (node is YamlScalar single && list.Item is not ObjectType and not ListType)
            {
                diagnostics.Error(node.At, DiagnosticCodes.WrongType,
                    $"'{fieldName}' must be a list, but is a single value",
                    $"write it as a list: '{fieldName}: [{single.Value.Trim()}]'");
                return null;
            }

            WrongType(node, $"a list for '{fieldName}'");
            return null;
        }

        if (sequence.Items.Count < list.MinItems)
        {
            diagnostics.Error(sequence.At, DiagnosticCodes.EmptyList,
                $"'{fieldName}' needs at least {list.MinItems} item{(list.MinItems == 1 ? string.Empty : "s")}",
                $"add {list.Item.Expected}");
        }

        var items = new List<BoundValue>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar s && list.Item is RefType or VocabType && !seen.Add(s.Value.Trim()))
            {
                diagnostics.Warning(s.At, DiagnosticCodes.DuplicateValue,
                    $"'{s.Value.Trim()}' is listed twice in '{fieldName}'", "remove the repeat");
                continue;
            }

            if (Bind(item, list.Item, fieldName) is { } bound)
            {
                items.Add(bound);
            }
        }

        return new BoundList(sequence.At, items);
    }

    private static string? DateHint(string value) =>
        value.Length == 10 && value[4] == '-' && value[7] == '-' ? "that day does not exist in the calendar" : null;

    private BoundValue? Invalid(SourceLocation at, string code, string fieldName, string value, FieldType type, string? hint = null)
    {
        diagnostics.Error(at, code, $"'{fieldName}' has the value '{Shorten(value)}', which is not {type.Expected}",
            hint ?? $"write {type.Expected}");
        return null;
    }

    private void WrongType(YamlNode node, string expected) =>
        diagnostics.Error(node.At, DiagnosticCodes.WrongType, $"expected {expected}, but found {node.KindName}",
            "check the indentation of this value");

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
