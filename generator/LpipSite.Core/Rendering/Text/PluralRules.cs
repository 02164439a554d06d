namespace LpipSite.Core.Rendering.Text;

/// <summary>The CLDR plural categories, the keys of a plural entry in a text table.</summary>
public enum PluralCategory
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// <summary>
/// Which plural form a count takes, per language, for whole numbers (CLDR's cardinal rules with
/// no visible fraction digits). A language gets a rule here before its text table can be used.
/// </summary>
public static class PluralRules
{
    /// <summary>The category names as written in a text table, in <see cref="PluralCategory"/> order.</summary>
    public static readonly IReadOnlyList<string> CategoryNames = ["zero", "one", "two", "few", "many", "other"];

    /// <summary>The rule of a language ("en", "en-GB", "cy"), or null when none is written yet.</summary>
    public static Func<long, PluralCategory>? For(string language) => PrimaryTag(language) switch
    {
        "en" => English,
        "cy" => Welsh,
        _ => null,
    };

    /// <summary>English: one for 1, other for everything else (0, 2, 11 …).</summary>
    public static PluralCategory English(long count) => Math.Abs(count) == 1 ? PluralCategory.One : PluralCategory.Other;

    /// <summary>Welsh: zero 0, one 1, two 2, few 3, many 6, other for the rest.</summary>
    public static PluralCategory Welsh(long count) => Math.Abs(count) switch
    {
        0 => PluralCategory.Zero,
        1 => PluralCategory.One,
        2 => PluralCategory.Two,
        3 => PluralCategory.Few,
        6 => PluralCategory.Many,
        _ => PluralCategory.Other,
    };

    /// <summary>"zero" → Zero …; null for a word that is not a category.</summary>
    public static PluralCategory? Parse(string? name) => name switch
    {
        "zero" => PluralCategory.Zero,
        "one" => PluralCategory.One,
        "two" => PluralCategory.Two,
        "few" => PluralCategory.Few,
        "many" => PluralCategory.Many,
        "other" => PluralCategory.Other,
        _ => null,
    };

    /// <summary>"en-GB" → "en"; lower case, so "CY" and "cy" are one language.</summary>
    public static string PrimaryTag(string language)
    {
        var dash = language.AsSpan().IndexOfAny('-', '_');
        return (dash < 0 ? language : language[..dash]).ToLowerInvariant();
    }
}
