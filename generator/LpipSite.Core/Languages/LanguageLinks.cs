using System.Text;

namespace LpipSite.Core.Languages;

/// <summary>
/// Keeps a reader of a translated edition in its language: every link to a page or file of the
/// site (written language-neutrally by the templates, <c>/about/</c> or
/// <c>https://…/about/</c>) is given the edition's prefix (<c>/cy/about/</c>). Links to shared
/// files stay as they are (theme and content assets, the sitemap), and so does every element that
/// names its target's language with <c>hreflang</c> (the alternates and the language switcher).
/// </summary>
public sealed class LanguageLinks
{
    /// <summary>Paths every language shares: assets are published once; the sitemap and robots.txt list every language.</summary>
    private static readonly string[] SharedPrefixes = ["/assets/", "/sitemap.xml", "/robots.txt", "/_redirects", "/__lpip/"];

    private readonly SiteLanguage _language;
    private readonly string _absoluteRoot;
    private readonly string[] _otherPrefixes;

    /// <param name="language">The edition's language (not the default, which needs no prefix).</param>
    /// <param name="baseUrl">The site's absolute address, ending with '/'.</param>
    /// <param name="languages">Every language of the site: a link already in one of them is left alone.</param>
    public LanguageLinks(SiteLanguage language, Uri baseUrl, IEnumerable<SiteLanguage> languages)
    {
        _language = language;
        _absoluteRoot = baseUrl.AbsoluteUri.TrimEnd('/');
        _otherPrefixes = languages.Where(l => !l.IsDefault).Select(l => l.Prefix + "/").ToArray();
    }

    /// <summary>The links of an edition of the site; null for the default language's, which keeps its addresses.</summary>
    public static LanguageLinks? For(Model.SiteSettings settings) =>
        settings.Edition.IsDefault ? null : new LanguageLinks(settings.Edition, settings.BaseUrl, settings.Languages);

    /// <summary>A text file of the edition (feed, calendar, citation, dataset, search documents) with its links localised; same path.</summary>
    public Writing.OutputFile Localise(Writing.OutputFile file) =>
        Writing.OutputFile.Text(file.Path, LocaliseText(System.Text.Encoding.UTF8.GetString(file.Content.Span)));

    /// <summary>Localises the links of an HTML page: in attribute values and scripts, root-relative and absolute ones; in text, absolute ones.</summary>
    public string LocaliseHtml(string html)
    {
        var result = new StringBuilder(html.Length + 256);
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0)
            {
                AppendLocalised(result, html.AsSpan(i), quotedPaths: false);
                break;
            }

            AppendLocalised(result, html.AsSpan(i, open - i), quotedPaths: false);
            var close = html.IndexOf('>', open);
            if (close < 0)
            {
                result.Append(html, open, html.Length - open);
                break;
            }

            var tag = html.AsSpan(open, close - open + 1);
            if (tag.Contains(" hreflang=", StringComparison.Ordinal))
            {
                result.Append(tag);
            }
            else
            {
                AppendLocalised(result, tag, quotedPaths: true);
            }

            i = close + 1;
            if (tag.StartsWith("<script", StringComparison.Ordinal))
            {
                // JSON-LD and other script text: its quoted strings are addresses like attribute values.
                var end = html.IndexOf("</script>", i, StringComparison.Ordinal);
                end = end < 0 ? html.Length : end;
                AppendLocalised(result, html.AsSpan(i, end - i), quotedPaths: true);
                i = end;
            }
        }

        return result.ToString();
    }

    /// <summary>Localises a text file of the edition (feed, calendar, citation, dataset): its quoted and absolute site addresses.</summary>
    public string LocaliseText(string text)
    {
        var result = new StringBuilder(text.Length + 256);
        AppendLocalised(result, text, quotedPaths: true);
        return result.ToString();
    }

    /// <summary>The site path in the edition's language, or the same path when it is shared or already localised.</summary>
    public string LocalisePath(string path) => IsLocalisable(path) ? _language.Localise(path) : path;

    private bool IsLocalisable(ReadOnlySpan<char> path)
    {
        if (path.Length == 0 || path[0] != '/' || (path.Length > 1 && path[1] == '/'))
        {
            return false;
        }

        foreach (var shared in SharedPrefixes)
        {
            if (path.StartsWith(shared, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var prefix in _otherPrefixes)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal) || path.SequenceEqual(prefix.AsSpan(0, prefix.Length - 1)))
            {
                return false;
            }
        }

        return true;
    }

    private void AppendLocalised(StringBuilder result, ReadOnlySpan<char> text, bool quotedPaths)
    {
        var i = 0;
        while (i < text.Length)
        {
            var next = NextAddress(text, i, quotedPaths, out var pathStart);
            if (next < 0)
            {
                result.Append(text[i..]);
                return;
            }

            // Copy up to the start of the path (including the absolute root, if any), then the path, prefixed when it should be.
            result.Append(text[i..pathStart]);
            var pathEnd = pathStart;
            while (pathEnd < text.Length && !IsEndOfPath(text[pathEnd]))
            {
                pathEnd++;
            }

            var path = text[pathStart..pathEnd];
            if (IsLocalisable(path))
            {
                result.Append(_language.Prefix);
            }

            result.Append(path);
            i = pathEnd;
        }
    }

    /// <summary>The index where the next address starts, with <paramref name="pathStart"/> at its path's '/'; -1 when there is none.</summary>
    private int NextAddress(ReadOnlySpan<char> text, int from, bool quotedPaths, out int pathStart)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quotedPaths && (c == '"' || c == '\'') && i + 1 < text.Length && text[i + 1] == '/' && OpensValue(text, i))
            {
                pathStart = i + 1;
                return i;
            }

            if (c == _absoluteRoot[0] && text[i..].StartsWith(_absoluteRoot, StringComparison.Ordinal)
                && i + _absoluteRoot.Length < text.Length && text[i + _absoluteRoot.Length] == '/')
            {
                pathStart = i + _absoluteRoot.Length;
                return i;
            }
        }

        pathStart = -1;
        return -1;
    }

    /// <summary>
    /// True when the quote at <paramref name="quote"/> opens a value (after <c>=</c> in a tag, or
    /// <c>:</c>, <c>[</c>, <c>,</c> in JSON), not when it closes one: <c>r="6"/&gt;</c> is a closing quote
    /// and the end of a tag, not an address.
    /// </summary>
    private static bool OpensValue(ReadOnlySpan<char> text, int quote) =>
        quote == 0 || text[quote - 1] is '=' or ':' or '[' or ',' or '(' or '{' or ' ' or '\n' or '\t';

    private static bool IsEndOfPath(char c) => c is '"' or '\'' or '#' or '?' or '<' or '>' or ')' or ',' or ' ' or '\n' or '\r' or '\t' or '&' or '\\';
}
