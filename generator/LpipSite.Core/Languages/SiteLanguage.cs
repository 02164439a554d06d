using System.Text.RegularExpressions;

namespace LpipSite.Core.Languages;

/// <summary>
/// One language the site is published in. The first language in <c>site.yml</c> is the default:
/// its pages keep their addresses; every other language's pages sit under <c>/{code}/</c>.
/// </summary>
/// <param name="Code">The language's code, e.g. <c>cy</c>, as in file names (<c>about.cy.md</c>) and addresses.</param>
/// <param name="Tag">The language tag pages carry (<c>&lt;html lang&gt;</c>, <c>hreflang</c>), e.g. <c>en-GB</c> or <c>cy</c>.</param>
/// <param name="IsDefault">True for the site's first language, whose pages have no prefix and which translations translate.</param>
public sealed record SiteLanguage(string Code, string Tag, bool IsDefault)
{
    /// <summary>What a site path gains in this language: empty for the default, <c>/cy</c> for Welsh.</summary>
    public string Prefix => IsDefault ? string.Empty : "/" + Code;

    /// <summary>A language-neutral site path (<c>/about/</c>) in this language (<c>/cy/about/</c>).</summary>
    public string Localise(string sitePath) => Prefix + sitePath;

    /// <summary>An output path (<c>about/index.html</c>) in this language (<c>cy/about/index.html</c>).</summary>
    public string LocaliseOutputPath(string outputPath) => IsDefault ? outputPath : Code + "/" + outputPath;
}

/// <summary>Language codes as file names and addresses use them: two or three lower-case letters.</summary>
public static partial class LanguageCodes
{
    [GeneratedRegex("^[a-z]{2,3}$")]
    public static partial Regex Pattern();

    /// <summary>The primary subtag of a language tag: <c>en-GB</c> → <c>en</c>.</summary>
    public static string Primary(string tag)
    {
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? tag : tag[..dash]).ToLowerInvariant();
    }

    /// <summary>The source a translation translates: <c>content/pages/about.cy.md</c> → <c>content/pages/about.md</c>; the path itself when it is not one.</summary>
    public static string SourcePathOf(string translationPath, string language)
    {
        var extension = Path.GetExtension(translationPath);
        var suffix = "." + language + extension;
        return translationPath.EndsWith(suffix, StringComparison.Ordinal) ? translationPath[..^suffix.Length] + extension : translationPath;
    }

    /// <summary>
    /// Splits a file name without its extension into the id and the language of a translation:
    /// <c>about.cy</c> → (<c>about</c>, <c>cy</c>); <c>about</c> → (<c>about</c>, null).
    /// </summary>
    public static (string Id, string? Language) SplitFileName(string nameWithoutExtension)
    {
        var dot = nameWithoutExtension.LastIndexOf('.');
        if (dot <= 0)
        {
            return (nameWithoutExtension, null);
        }

        var language = nameWithoutExtension[(dot + 1)..];
        return Pattern().IsMatch(language) ? (nameWithoutExtension[..dot], language) : (nameWithoutExtension, null);
    }
}
