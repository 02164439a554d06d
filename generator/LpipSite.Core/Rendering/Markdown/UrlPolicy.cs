namespace LpipSite.Core.Rendering.Markdown;

/// <summary>
/// Decides which link and image destinations may appear in output. Only http, https, mailto and
/// tel URLs, site-relative paths, relative paths and fragments survive; anything else
/// (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, unknown schemes) is refused. The check
/// runs on the decoded destination with the characters browsers ignore removed, so entity-encoded
/// and mixed-case tricks fail too.
/// </summary>
public static class UrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>The URL if it is safe to emit, otherwise <c>null</c>.</summary>
    public static string? Sanitise(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var trimmed = url.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        var scheme = SchemeOf(trimmed);
        if (scheme is null)
        {
            // Browsers treat "\\" like "/" so "/\evil" is protocol-relative; and "//host" is another
            // site: both stay links, but only through an explicit https scheme.
            var normalised = trimmed.Replace('\\', '/');
            return normalised.StartsWith("//", StringComparison.Ordinal) ? "https:" + normalised : trimmed;
        }

        return Array.IndexOf(AllowedSchemes, scheme) >= 0 ? trimmed : null;
    }

    public static bool IsSafe(string? url) => Sanitise(url) is not null;

    /// <summary>True for http(s) and protocol-relative URLs, which leave the site.</summary>
    public static bool IsExternal(string url)
    {
        var scheme = SchemeOf(url);
        return scheme is "http" or "https" || url.StartsWith("//", StringComparison.Ordinal);
    }

    /// <summary>
    /// Content links to assets are written relative to the Markdown file (<c>../assets/x.pdf</c>)
    /// or to the content root (<c>assets/x.pdf</c>); on the site they live at <c>/assets/x.pdf</c>.
    /// </summary>
    public static string RewriteAssetLink(string url)
    {
        var rest = url;
        while (true)
        {
            if (rest.StartsWith("./", StringComparison.Ordinal))
            {
                rest = rest[2..];
            }
            else if (rest.StartsWith("../", StringComparison.Ordinal))
            {
                rest = rest[3..];
            }
            else
            {
                break;
            }
        }

        return rest.StartsWith("assets/", StringComparison.Ordinal) ? "/" + rest : url;
    }

    /// <summary>
    /// The lower-case scheme of a URL, or null when it has none (relative, site-relative, fragment).
    /// ASCII control characters and spaces are ignored, as browsers ignore them. Text before the
    /// first ':' that cannot be a scheme (non-ASCII look-alikes, for instance) gives "?", which no
    /// allow-list contains, so doubtful URLs are refused rather than guessed at. The content check
    /// (<c>Checking/LinkAddress</c>) reads schemes with this too.
    /// </summary>
    public static string? SchemeOf(string url)
    {
        var end = url.AsSpan().IndexOfAny(":/?#");
        if (end < 0 || url[end] != ':')
        {
            return null;
        }

        var builder = new System.Text.StringBuilder(end);
        foreach (var c in url.AsSpan(0, end))
        {
            if (c <= ' ' || c == '\u007f')
            {
                continue;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return "?";
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.Length == 0 ? "?" : builder.ToString();
    }
}
