using System.Text.RegularExpressions;
using LpipSite.Core.Rendering.Markdown;
using LpipSite.Core.Validation;

namespace LpipSite.Core.Checking;

/// <summary>What kind of address a link has, and what is wrong with it if anything.</summary>
public enum AddressKind
{
    /// <summary>A path on this site (<c>/places/leeds/</c>, <c>../leeds/</c>, <c>#outcomes</c>).</summary>
    Site,

    /// <summary>A well-formed http, https, mailto or tel address.</summary>
    External,

    /// <summary>An address that cannot work as written (see <see cref="LinkAddress.Problem"/>).</summary>
    Malformed,

    /// <summary>A scheme that is never allowed (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, <c>file:</c> …).</summary>
    Unsafe,
}

/// <summary>
/// Classifies link addresses without any network access. Schemes are read as browsers read them:
/// case-insensitively, ignoring control characters and spaces, so disguised <c>javascript:</c>
/// links are recognised.
/// </summary>
public static partial class LinkAddress
{
    private static readonly HashSet<string> CommonTopLevelDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "uk", "com", "org", "net", "gov", "edu", "ac", "io", "info", "eu", "scot", "wales", "cymru", "ie", "int", "co",
    };

    [GeneratedRegex("^\\+?[0-9][0-9 ()-]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Telephone();

    [GeneratedRegex("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex DomainLike();

    public sealed record Classification(AddressKind Kind, string? Scheme = null, string? Problem = null, string? Suggestion = null);

    public static Classification Classify(string url)
    {
        var trimmed = url.Trim();
        var scheme = UrlPolicy.SchemeOf(trimmed);
        if (scheme is null)
        {
            if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("\\\\", StringComparison.Ordinal))
            {
                return Malformed("the address has no scheme", "https:" + trimmed.Replace('\\', '/'));
            }

            foreach (var typo in new[] { "http//", "https//", "http:/", "https:/" })
            {
                if (trimmed.StartsWith(typo, StringComparison.OrdinalIgnoreCase))
                {
                    return Malformed("the address is missing part of 'https://'", "https://" + trimmed[typo.Length..].TrimStart('/'));
                }
            }

            var first = trimmed.Split('/', '?', '#')[0];
            if (first.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
                || (DomainLike().IsMatch(first) && CommonTopLevelDomains.Contains(first[(first.LastIndexOf('.') + 1)..])))
            {
                return Malformed("the web address does not start with https://, so it would be read as a page of this site", "https://" + trimmed);
            }

            return new Classification(AddressKind.Site);
        }

        switch (scheme)
        {
            case "http" or "https" when !trimmed.Contains("//", StringComparison.Ordinal):
                return Malformed("the address is missing part of 'https://'", "https://" + trimmed[(trimmed.IndexOf(':', StringComparison.Ordinal) + 1)..].TrimStart('/'), scheme);
            case "http" or "https":
                return WebAddressProblem(trimmed) is { } problem
                    ? Malformed(problem, null, scheme)
                    : new Classification(AddressKind.External, scheme);
            case "mailto":
                var address = Uri.UnescapeDataString(trimmed[(trimmed.IndexOf(':', StringComparison.Ordinal) + 1)..].Split('?')[0]);
                return Formats.Email().IsMatch(address)
                    ? new Classification(AddressKind.External, scheme)
                    : Malformed($"'{address}' is not an email address", null, scheme);
            case "tel":
                var number = trimmed[(trimmed.IndexOf(':', StringComparison.Ordinal) + 1)..];
                return Telephone().IsMatch(Uri.UnescapeDataString(number))
                    ? new Classification(AddressKind.External, scheme)
                    : Malformed($"'{number}' is not a telephone number", null, scheme);
            case "htp" or "htps" or "http2" or "ttp" or "ttps" or "hhtp" or "hhtps" or "htttp" or "htttps":
                return Malformed($"'{scheme}:' is a misspelling of 'https:'", "https:" + trimmed[(trimmed.IndexOf(':', StringComparison.Ordinal) + 1)..], scheme);
            default:
                return new Classification(AddressKind.Unsafe, scheme);
        }
    }

    /// <summary>Why an http(s) address cannot work, or null when it is well-formed.</summary>
    public static string? WebAddressProblem(string url)
    {
        if (url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "the web address contains a space or an invisible character";
        }

        if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return "the web address must start with 'https://' (or 'http://')";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return "the web address is not well-formed";
        }

        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return null;
        }

        var host = uri.IdnHost;
        if (!host.Contains('.', StringComparison.Ordinal) || host.Split('.').Any(l => l.Length == 0 || l.StartsWith('-') || l.EndsWith('-'))
            || Uri.CheckHostName(host) != UriHostNameType.Dns)
        {
            return $"'{uri.Host}' is not a valid web site name";
        }

        return null;
    }

    private static Classification Malformed(string problem, string? fix, string? scheme = null) =>
        new(AddressKind.Malformed, scheme, problem, fix is null ? null : $"did you mean '{fix}'?");
}
