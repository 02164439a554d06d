using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Validation;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using LpipSite.Core.Routing;

namespace LpipSite.Core.Checking;

/// <summary>A page a link may point at: its URL, the file it comes from, whether it is published, and its element ids.</summary>
public sealed class TargetPage(string url, string? sourcePath, bool published, Func<IReadOnlySet<string>> ids)
{
    private readonly Lazy<IReadOnlySet<string>> _ids = new(ids, LazyThreadSafetyMode.ExecutionAndPublication);

    public string Url { get; } = url;

    public string? SourcePath { get; } = sourcePath;

    public bool Published { get; } = published;

    /// <summary>The ids of the page's elements (the targets of <c>#fragment</c> links), worked out on first use.</summary>
    public IReadOnlySet<string> Ids => _ids.Value;
}

/// <summary>What a link resolves to.</summary>
public enum LinkStatus
{
    Ok,
    MissingPage,
    MissingAnchor,
    Unpublished,

    /// <summary>The site was not rendered (the content has errors), so only item pages can be judged.</summary>
    Unknown,
}

public sealed record LinkResolution(LinkStatus Status, string Path, TargetPage? Page = null, string? Suggestion = null);

/// <summary>
/// Every page and file of the site, for resolving internal links. Built from the content (each item's
/// page) and, when the site could be rendered, from the rendered pages and files, which are then
/// complete: section listings, the search page, feeds and copied assets.
/// </summary>
public sealed class LinkTargets
{
    /// <summary>The same Markdig extensions as the renderer, so headings get the same automatic ids.</summary>
    internal static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseFootnotes()
        .DisableHtml()
        .UsePreciseSourceLocation()
        .Build();

    private readonly Dictionary<string, TargetPage> _pages;
    private readonly HashSet<string> _files;

    private LinkTargets(Dictionary<string, TargetPage> pages, HashSet<string> files, bool complete)
    {
        _pages = pages;
        _files = files;
        Complete = complete;
    }

    /// <summary>True when built from the rendered site: a link to anything not listed is broken.</summary>
    public bool Complete { get; }

    public IEnumerable<string> PageUrls => _pages.Keys;

    public TargetPage? PageAt(string url) => _pages.GetValueOrDefault(url);

    /// <summary>
    /// The pages of the content's items, whose ids come from their Markdown headings. A page is
    /// published when a build on <paramref name="today"/> would include it: published by
    /// <see cref="Publication.StateOn"/>, or any state when <paramref name="includeDrafts"/> is set
    /// (as <c>lpip build --drafts</c> does).
    /// </summary>
    public static LinkTargets FromContent(ValidatedContent content, DateOnly today, bool includeDrafts)
    {
        var pages = new Dictionary<string, TargetPage>(StringComparer.Ordinal);
        foreach (var document in content.Documents)
        {
            if (document.Kind.IsSiteFile || document.Object is not { } obj)
            {
                continue;
            }

            var url = Routes.Item(document.Kind, document.Id);
            var publication = new Publication(obj.Bool("draft"), obj.Date("publish_at"));
            var published = includeDrafts || publication.StateOn(today) == PublishState.Published;
            var body = document.Source.Body;
            pages.TryAdd(url, new TargetPage(url, document.Source.Path, published, () => HeadingIds(body?.Text)));
        }

        return new LinkTargets(pages, [], complete: false);
    }

    /// <summary>These targets with the rendered site's pages and files: from now on the list is complete.</summary>
    public LinkTargets WithRendered(IEnumerable<TargetPage> renderedPages, IEnumerable<string> files)
    {
        var pages = new Dictionary<string, TargetPage>(StringComparer.Ordinal);
        foreach (var page in renderedPages)
        {
            var fromContent = _pages.GetValueOrDefault(page.Url);
            pages[page.Url] = fromContent is null ? page : new TargetPage(page.Url, fromContent.SourcePath, fromContent.Published, () => page.Ids);
        }

        return new LinkTargets(pages, new HashSet<string>(files.Select(f => "/" + f.TrimStart('/')), StringComparer.Ordinal), complete: true);
    }

    /// <summary>
    /// Resolves a site link (<c>/places/leeds/#outcomes</c>, <c>../leeds/</c>, <c>#outcomes</c>) written
    /// on the page at <paramref name="fromUrl"/>, as a browser would.
    /// </summary>
    public LinkResolution Resolve(string href, string fromUrl)
    {
        var hashAt = href.IndexOf('#', StringComparison.Ordinal);
        var fragment = hashAt >= 0 ? Uri.UnescapeDataString(href[(hashAt + 1)..]) : null;
        var pathPart = (hashAt >= 0 ? href[..hashAt] : href).Split('?')[0];
        var path = pathPart.Length == 0 ? fromUrl : Combine(fromUrl, pathPart);

        var page = _pages.GetValueOrDefault(path)
            ?? (path.EndsWith('/') ? null : _pages.GetValueOrDefault(path + "/"))
            ?? (path.EndsWith("/index.html", StringComparison.Ordinal) ? _pages.GetValueOrDefault(path[..^"index.html".Length]) : null);
        if (page is null)
        {
            if (_files.Contains(path))
            {
                return new LinkResolution(LinkStatus.Ok, path);
            }

            if (!Complete && !LooksLikeItemPage(path))
            {
                return new LinkResolution(LinkStatus.Unknown, path);
            }

            return new LinkResolution(LinkStatus.MissingPage, path, null, Suggestions.DidYouMean(path, _pages.Keys));
        }

        if (!string.IsNullOrEmpty(fragment) && !page.Ids.Contains(fragment))
        {
            return new LinkResolution(LinkStatus.MissingAnchor, path, page,
                Suggestions.DidYouMean(fragment, page.Ids)?.Replace("did you mean '", "did you mean '#", StringComparison.Ordinal));
        }

        return new LinkResolution(page.Published ? LinkStatus.Ok : LinkStatus.Unpublished, path, page);
    }

    /// <summary>The page URL of a content source file (<c>content/places/leeds.yml</c> → <c>/places/leeds/</c>).</summary>
    public string? UrlOfSource(string sourcePath) =>
        _pages.Values.FirstOrDefault(p => string.Equals(p.SourcePath, sourcePath, StringComparison.Ordinal))?.Url;

    /// <summary>
    /// Paths like <c>/places/leeds/</c>: the page of an item of a collection. Other paths (sections,
    /// the search page, pages such as <c>/about/</c>) can only be judged against the rendered site.
    /// </summary>
    private static bool LooksLikeItemPage(string path)
    {
        var segments = path.Trim('/').Split('/');
        return segments.Length == 2 && ContentLayout.Collections.Any(c => c.Folder == segments[0]);
    }

    /// <summary>Resolves a relative path against a page URL and removes '.' and '..' segments.</summary>
    internal static string Combine(string fromUrl, string path)
    {
        var baseFolder = path.StartsWith('/') ? string.Empty : fromUrl[..(fromUrl.LastIndexOf('/') + 1)];
        var joined = baseFolder + path;
        var parts = new List<string>();
        var segments = joined.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment != "." && (segment.Length > 0 || i == segments.Length - 1))
            {
                parts.Add(Uri.UnescapeDataString(segment));
            }
        }

        return "/" + string.Join('/', parts);
    }

    private static IReadOnlySet<string> HeadingIds(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var document = Markdig.Markdown.Parse(markdown, Markdown);
        return document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }
}
