using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LpipSite.Core.Outputs.Editor;

/// <summary>
/// Writes a tree of maps (<see cref="OrderedDictionary{TKey,TValue}"/>, in their order), lists,
/// strings, booleans and numbers as block-style YAML. Every string is double-quoted with JSON's
/// escapes, which YAML's double-quoted style shares, so no value is ever read as another type
/// (<c>"yes"</c>, <c>"2025-03-31"</c>) and a pattern's backslashes survive.
/// </summary>
internal static class YamlText
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(OrderedDictionary<string, object?> root, string header)
    {
        var text = new StringBuilder(header);
        WriteMap(text, root, 0);
        return text.ToString();
    }

    private static void WriteMap(StringBuilder text, OrderedDictionary<string, object?> map, int indent, bool firstInline = false)
    {
        var first = true;
        foreach (var (key, value) in map)
        {
            if (!(first && firstInline))
            {
                text.Append(' ', indent);
            }

            first = false;
            text.Append(key).Append(':');
            WriteValue(text, value, indent);
        }
    }

    private static void WriteValue(StringBuilder text, object? value, int indent)
    {
        switch (value)
        {
            case OrderedDictionary<string, object?> { Count: 0 }:
                text.Append(" {}\n");
                break;
            case OrderedDictionary<string, object?> map:
                text.Append('\n');
                WriteMap(text, map, indent + 2);
                break;
            case IReadOnlyList<object?> { Count: 0 }:
                text.Append(" []\n");
                break;
            case IReadOnlyList<object?> list:
                text.Append('\n');
                foreach (var item in list)
                {
                    text.Append(' ', indent).Append("- ");
                    if (item is OrderedDictionary<string, object?> { Count: > 0 } itemMap)
                    {
                        WriteMap(text, itemMap, indent + 2, firstInline: true);
                    }
                    else
                    {
                        text.Append(Scalar(item)).Append('\n');
                    }
                }

                break;
            default:
                text.Append(' ').Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private static string Scalar(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        string s => JsonSerializer.Serialize(s, Quoting),
        _ => throw new ArgumentException("no YAML for a " + value.GetType().Name, nameof(value)),
    };
}
