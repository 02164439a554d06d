namespace LpipSite.Core.Rendering.Templates;

/// <summary>
/// Markup that templates write as is. Everything else a template writes is HTML-escaped, so only
/// code that has built safe markup (the Markdown renderer, JSON-LD, partials) wraps it in this type.
/// </summary>
public sealed class HtmlString
{
    public static readonly HtmlString Empty = new(string.Empty);

    public HtmlString(string value) => Value = value;

    public string Value { get; }

    public bool IsEmpty => Value.Length == 0;

    public override string ToString() => Value;
}

/// <summary>Escaping for text in element content and in quoted attribute values.</summary>
public static class Html
{
    /// <summary>Escapes the five characters that matter in HTML text and attributes; leaves other text untouched.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var index = text.AsSpan().IndexOfAny("&<>\"'");
        if (index < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        builder.Append(text, 0, index);
        for (var i = index; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }
}
