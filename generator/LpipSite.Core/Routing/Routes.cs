using System.Globalization;
using LpipSite.Core.ContentTypes;

namespace LpipSite.Core.Routing;

/// <summary>
/// Every address of the site is made here: item pages from their type's section, listings,
/// facets, pagination, the fixed pages and the files beside them. URLs are the site's public
/// contract (pages.md); the ids a page may not take are derived from them.
/// </summary>
public static class Routes
{
    public const string Home = "/";
    public const string Themes = "/themes/";
    public const string Search = "/search/";
    public const string EvidenceLevels = "/evidence-levels/";
    public const string Data = "/data/";
    public const string Transferability = "/transferability/";
    public const string Feed = "/feed.xml";
    public const string Sitemap = "/sitemap.xml";
    public const string NotFound = "/404.html";
    public const string Assets = "/assets/";

    /// <summary>The segment before a page number: <c>/news/page/2/</c>.</summary>
    public const string PageSegment = "page";

    /// <summary>The address of a type's section (its listing), e.g. <c>/case-studies/</c>; <c>/</c> for root-level types.</summary>
    public static string Section(ContentType type) => type.Section is { } section ? "/" + section + "/" : Home;

    /// <summary>The page of one item, e.g. <c>/case-studies/{id}/</c>, or <c>/{id}/</c> for a type without a section.</summary>
    public static string Item(ContentType type, string id) => Section(type) + id + "/";

    /// <summary>The page of an item of a content type's kind.</summary>
    public static string Item(Loading.ContentKind kind, string id) =>
        Item(ContentTypeRegistry.Of(kind) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a content type"), id);

    /// <summary>A theme's page (themes are terms of a taxonomy, not files of their own).</summary>
    public static string Theme(string id) => Themes + id + "/";

    /// <summary>A static filter page of a listing: <c>/case-studies/theme/{id}/</c>.</summary>
    public static string Facet(string listing, string facet, string id) => listing + facet + "/" + id + "/";

    /// <summary>Page <paramref name="number"/> of a listing: the listing itself for page 1, then <c>{listing}page/{n}/</c>.</summary>
    public static string Page(string listing, int number) =>
        number == 1 ? listing : listing + PageSegment + "/" + number.ToString(CultureInfo.InvariantCulture) + "/";

    /// <summary>A file published beside an item's page, e.g. its citation or calendar.</summary>
    public static string Beside(string pageUrl, string fileName) => pageUrl + fileName;

    /// <summary>The output path for a site URL: <c>/a/b/</c> → <c>a/b/index.html</c>; null when the URL cannot be a file.</summary>
    public static string? OutputPathOf(string url)
    {
        if (!url.StartsWith('/') || !url.EndsWith('/') || url.Contains("//", StringComparison.Ordinal)
            || url.Contains('\\') || url.Any(char.IsControl)
            || url.Split('/').Any(segment => segment is "." or ".."))
        {
            return null;
        }

        return url == "/" ? "index.html" : url[1..] + "index.html";
    }

    /// <summary>
    /// The first segments of the site's own addresses. A type whose items sit at the root (pages)
    /// may not use them as ids, or its page would take a section's address.
    /// </summary>
    public static IReadOnlySet<string> ReservedRootSegments { get; } = new SortedSet<string>(
        ContentTypeRegistry.All.Select(t => t.Section).OfType<string>()
            .Concat(new[] { Assets, Themes, Search, Data, EvidenceLevels, Transferability, Feed, Sitemap, NotFound }.Select(FirstSegmentStem))
            .Append(PageSegment),
        StringComparer.Ordinal);

    /// <summary><c>/search/</c> → <c>search</c>; <c>/feed.xml</c> → <c>feed</c>.</summary>
    private static string FirstSegmentStem(string url)
    {
        var segment = url.Trim('/').Split('/')[0];
        var dot = segment.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? segment : segment[..dot];
    }
}
