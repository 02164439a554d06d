using LpipSite.Core.Diagnostics;
using LpipSite.Core.Rendering.Templates;

namespace LpipSite.Core.Rendering.Text;

/// <summary>What a key of a text table holds.</summary>
public enum TextShape
{
    /// <summary>One text, maybe with placeholders: <c>deadline: Deadline</c>.</summary>
    Text,

    /// <summary>Forms by plural category: <c>case_studies: {one: "{count} case study", other: "{count} case studies"}</c>.</summary>
    Plural,

    /// <summary>A list of texts: <c>date.months</c>, <c>date.days</c>.</summary>
    List,
}

/// <summary>A piece of a text: a literal (as text and as markup) or a <c>{placeholder}</c>.</summary>
internal readonly record struct TextPart(string? Literal, string? HtmlLiteral, string? Placeholder);

/// <summary>
/// One text of a table, parsed once when the theme loads: its placeholders are split out and its
/// markup form is made up front, so a lookup without arguments allocates nothing.
/// </summary>
internal sealed class TextForm
{
    public TextForm(string text, bool isHtml)
    {
        Text = text;
        Html = new HtmlString(isHtml ? text : EscapeText(text));
        var parts = new List<TextPart>();
        var placeholders = new List<string>();
        var literalStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '{' || NameAt(text, i + 1) is not { } length || i + 1 + length >= text.Length || text[i + 1 + length] != '}')
            {
                continue;
            }

            if (i > literalStart)
            {
                var literal = text[literalStart..i];
                parts.Add(new TextPart(literal, isHtml ? literal : EscapeText(literal), null));
            }

            var name = text.Substring(i + 1, length);
            parts.Add(new TextPart(null, null, name));
            if (!placeholders.Contains(name, StringComparer.Ordinal))
            {
                placeholders.Add(name);
            }

            i += length + 1;
            literalStart = i + 1;
        }

        if (placeholders.Count > 0 && literalStart < text.Length)
        {
            var literal = text[literalStart..];
            parts.Add(new TextPart(literal, isHtml ? literal : EscapeText(literal), null));
        }

        Parts = placeholders.Count > 0 ? [.. parts] : [];
        Placeholders = [.. placeholders];
    }

    /// <summary>The text as the table writes it.</summary>
    public string Text { get; }

    /// <summary>The text as markup: escaped, or as written for a key ending in <c>_html</c>.</summary>
    public HtmlString Html { get; }

    /// <summary>Literals and placeholders in order; empty when the text has no placeholder.</summary>
    public TextPart[] Parts { get; }

    /// <summary>The distinct placeholder names, in order of first use.</summary>
    public string[] Placeholders { get; }

    /// <summary>
    /// Escapes table text for element content and double-quoted attributes. Apostrophes, common in
    /// English and Welsh ("partnership's", "i'r"), stay as they are: the theme quotes every
    /// attribute with double quotes, so they are safe, and the page reads as the template did.
    /// </summary>
    internal static string EscapeText(string text)
    {
        var encoded = Templates.Html.Encode(text);
        return ReferenceEquals(encoded, text) ? text : encoded.Replace("&#39;", "'", StringComparison.Ordinal);
    }

    /// <summary>The length of a placeholder name (<c>[a-z][a-z0-9_]*</c>) starting at <paramref name="start"/>, or null.</summary>
    private static int? NameAt(string text, int start)
    {
        var i = start;
        while (i < text.Length && (char.IsAsciiLetterLower(text[i]) || (i > start && (char.IsAsciiDigit(text[i]) || text[i] == '_'))))
        {
            i++;
        }

        return i > start ? i - start : null;
    }
}

/// <summary>A key of a text table with its value, where it is written and the plural rule of its language.</summary>
internal sealed class TextEntry
{
    private readonly TextForm?[]? _forms;

    private TextEntry(string key, TextShape shape, SourceLocation location, string language)
    {
        Key = key;
        Shape = shape;
        Location = location;
        Language = language;
        IsHtml = key.EndsWith("_html", StringComparison.Ordinal);
        Rule = PluralRules.For(language) ?? PluralRules.English;
    }

    public TextEntry(string key, string text, SourceLocation location, string language)
        : this(key, TextShape.Text, location, language)
    {
        Form = new TextForm(text, IsHtml);
    }

    public TextEntry(string key, IReadOnlyDictionary<PluralCategory, string> forms, SourceLocation location, string language)
        : this(key, TextShape.Plural, location, language)
    {
        _forms = new TextForm?[PluralRules.CategoryNames.Count];
        foreach (var (category, text) in forms)
        {
            _forms[(int)category] = new TextForm(text, IsHtml);
        }
    }

    public TextEntry(string key, IReadOnlyList<string> items, SourceLocation location, string language)
        : this(key, TextShape.List, location, language)
    {
        Items = items;
    }

    public string Key { get; }

    public TextShape Shape { get; }

    public SourceLocation Location { get; }

    /// <summary>The language of the table the entry comes from (its plural rule is that language's).</summary>
    public string Language { get; }

    /// <summary>The key ends in <c>_html</c>: its text is markup, written as is.</summary>
    public bool IsHtml { get; }

    public Func<long, PluralCategory> Rule { get; }

    /// <summary>The text of a <see cref="TextShape.Text"/> entry.</summary>
    public TextForm? Form { get; }

    /// <summary>The items of a <see cref="TextShape.List"/> entry.</summary>
    public IReadOnlyList<string>? Items { get; }

    /// <summary>The form of a plural entry for a count; a category the table leaves out takes the <c>other</c> form.</summary>
    public TextForm FormFor(long count) =>
        _forms![(int)Rule(count)] ?? _forms[(int)PluralCategory.Other]!;

    /// <summary>Every form of a plural entry, by category, with null for those left out.</summary>
    public IReadOnlyList<TextForm?> PluralForms => _forms ?? [];
}
