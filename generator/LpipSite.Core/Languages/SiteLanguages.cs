using LpipSite.Core.Diagnostics;
using LpipSite.Core.Validation;

namespace LpipSite.Core.Languages;

/// <summary>Reads the site's languages from site.yml: <c>languages</c> (codes, default first) and <c>language</c> (the default's tag).</summary>
public static class SiteLanguages
{
    public const string DefaultTag = "en-GB";

    /// <summary>The languages, default first; just the default when site.yml lists none. Problems go to <paramref name="diagnostics"/> when given.</summary>
    public static IReadOnlyList<SiteLanguage> From(BoundObject? site, DiagnosticBag? diagnostics)
    {
        var tag = site?.Text("language") ?? DefaultTag;
        var primary = LanguageCodes.Primary(tag);
        var listed = site?.List("languages").OfType<BoundText>().ToList() ?? [];
        var languages = new List<SiteLanguage> { new(primary, tag, IsDefault: true) };
        for (var i = 0; i < listed.Count; i++)
        {
            var code = listed[i].Value;
            if (!LanguageCodes.Pattern().IsMatch(code))
            {
                diagnostics?.Error(listed[i].At, DiagnosticCodes.InvalidLanguages,
                    $"'{code}' is not a language code", "use two or three lower-case letters, such as en or cy");
            }
            else if (i == 0 && code != primary)
            {
                diagnostics?.Error(listed[i].At, DiagnosticCodes.InvalidLanguages,
                    $"the first of the languages is the language of the source files, '{primary}' (from language: {tag}), not '{code}'",
                    $"list {primary} first");
            }
            else if (i > 0 && languages.Any(l => l.Code == code))
            {
                diagnostics?.Error(listed[i].At, DiagnosticCodes.InvalidLanguages, $"'{code}' is listed twice", "list each language once");
            }
            else if (i > 0)
            {
                languages.Add(new SiteLanguage(code, code, IsDefault: false));
            }
        }

        return languages;
    }
}
