using System.Text;

namespace LpipSite.Core.Search;

/// <summary>The JSON-like kinds of value a document field (or ref) can hold.</summary>
public enum LunrValueKind
{
    /// <summary>JSON null (and, for a missing field, JS undefined): no tokens.</summary>
    Null,

    /// <summary>A string, split on separators.</summary>
    String,

    /// <summary>A number, indexed as JS formats it (<c>1e+21</c>, <c>0.5</c>).</summary>
    Number,

    /// <summary>A boolean, indexed as <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>An array: one unsplit token per element.</summary>
    Array,

    /// <summary>A plain object, which JS turns into <c>[object Object]</c>.</summary>
    Object,
}

/// <summary>
/// An immutable field value. Strings convert implicitly, so the site build can write
/// <c>["title"] = page.Title</c>. Non-string values are turned into text with JS <c>String()</c> rules,
/// as lunr.js does.
/// </summary>
public sealed class LunrValue
{
    private readonly string? _text;
    private readonly double _number;
    private readonly IReadOnlyList<LunrValue>? _items;

    private LunrValue(LunrValueKind kind, string? text = null, double number = 0, IReadOnlyList<LunrValue>? items = null)
    {
        Kind = kind;
        _text = text;
        _number = number;
        _items = items;
    }

    /// <summary>JSON null.</summary>
    public static LunrValue Null { get; } = new(LunrValueKind.Null);

    /// <summary>Boolean true.</summary>
    public static LunrValue True { get; } = new(LunrValueKind.Boolean, "true");

    /// <summary>Boolean false.</summary>
    public static LunrValue False { get; } = new(LunrValueKind.Boolean, "false");

    /// <summary>Any JSON object (lunr only ever sees its <c>toString()</c>).</summary>
    public static LunrValue Object { get; } = new(LunrValueKind.Object, "[object Object]");

    /// <summary>The kind of value.</summary>
    public LunrValueKind Kind { get; }

    /// <summary>The elements of an array value; empty for other kinds.</summary>
    public IReadOnlyList<LunrValue> Items => _items ?? [];

    /// <summary>A string value.</summary>
    public static LunrValue FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new LunrValue(LunrValueKind.String, value);
    }

    /// <summary>A number value.</summary>
    public static LunrValue FromNumber(double value) => new(LunrValueKind.Number, number: value);

    /// <summary>A boolean value.</summary>
    public static LunrValue FromBoolean(bool value) => value ? True : False;

    /// <summary>An array value (a null element is JSON null).</summary>
    public static LunrValue FromArray(IEnumerable<LunrValue?> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new LunrValue(LunrValueKind.Array, items: items.Select(i => i ?? Null).ToArray());
    }

    /// <summary>A string value; a null string becomes JSON null.</summary>
    public static implicit operator LunrValue(string? value) => value is null ? Null : FromString(value);

    /// <summary>A number value.</summary>
    public static implicit operator LunrValue(double value) => FromNumber(value);

    /// <summary>A boolean value.</summary>
    public static implicit operator LunrValue(bool value) => FromBoolean(value);

    /// <summary>JS <c>String(value)</c>: <c>"null"</c>, <c>"1e+21"</c>, arrays joined with commas.</summary>
    public override string ToString() => Kind switch
    {
        LunrValueKind.Null => "null",
        LunrValueKind.Number => JsNumber.ToJsString(_number),
        LunrValueKind.Array => Join(),
        _ => _text!,
    };

    /// <summary>lunr's <c>asString</c> for array elements: null becomes the empty string.</summary>
    internal string ToElementString() => Kind == LunrValueKind.Null ? string.Empty : ToString();

    private string Join()
    {
        // Array.prototype.join writes null elements as empty strings.
        var sb = new StringBuilder();
        for (int i = 0; i < _items!.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(_items[i].ToElementString());
        }

        return sb.ToString();
    }
}
