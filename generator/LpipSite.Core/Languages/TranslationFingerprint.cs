using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LpipSite.Core.Validation;

namespace LpipSite.Core.Languages;

/// <summary>
/// A short fingerprint of what a translation translates: the source's translated fields and its
/// body. A translation records the fingerprint of the version it was made from; when the source's
/// text changes, the fingerprints differ and the translation is out of date. Fields that are not
/// translated (dates, references) do not count, so correcting a date leaves translations current.
/// </summary>
public static class TranslationFingerprint
{
    public const int Length = 12;

    public static string Of(BoundDocument source)
    {
        var text = new StringBuilder();
        var fields = TranslationSchemas.TranslatedFields(source.Kind);
        foreach (var path in fields)
        {
            text.Append(path).Append('\u001f');
            Append(text, source.Kind.IsTaxonomy ? source.Value : At(source.Object, path));
            text.Append('\u001e');
        }

        if (source.Source.Body is { } body)
        {
            text.Append("body\u001f").Append(body.Text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..Length];
    }

    private static BoundValue? At(BoundObject? value, string path)
    {
        BoundValue? current = value;
        foreach (var part in path.Split('.'))
        {
            current = (current as BoundObject)?[part];
        }

        return current;
    }

    /// <summary>Values in a fixed order; separators keep ("a","bc") and ("ab","c") apart.</summary>
    private static void Append(StringBuilder text, BoundValue? value)
    {
        switch (value)
        {
            case BoundText t:
                text.Append(t.Value.Replace("\r\n", "\n", StringComparison.Ordinal));
                break;
            case BoundList list:
                foreach (var item in list.Items)
                {
                    text.Append('[');
                    Append(text, item);
                    text.Append(']');
                }

                break;
            case BoundObject obj:
                foreach (var (name, field) in obj.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    text.Append('{').Append(name).Append('=');
                    Append(text, field);
                    text.Append('}');
                }

                break;
            case BoundRef r:
                text.Append(r.Raw);
                break;
            case BoundDate d:
                text.Append(d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case BoundDateTime d:
                text.Append(d.Value.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
                break;
            case BoundBool b:
                text.Append(b.Value ? "true" : "false");
                break;
            case BoundNumber n:
                text.Append(n.Value.ToString("R", CultureInfo.InvariantCulture));
                break;
        }
    }
}
