using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace LpipSite.Core.PostProcessing;

/// <summary>
/// What post-processing knows about a page besides its HTML, and what it collects from it.
/// The render stage fills in the facts it learned while rendering, so transforms can say
/// cheaply whether they have anything to do.
/// </summary>
public sealed class PostProcessPage
{
    public required string Url { get; init; }

    public required string Layout { get; init; }

    /// <summary>Headings in the page's contributor Markdown (0 when it has none).</summary>
    public int BodyHeadingCount { get; init; }

    /// <summary>The page's contributor Markdown links to other sites.</summary>
    public bool HasExternalLinks { get; init; }

    /// <summary>Every link and resource URL on the page, in document order (filled by <see cref="LinkCollector"/>).</summary>
    public List<string> Links { get; } = [];
}

/// <summary>A small, ordered step over one parsed page.</summary>
public interface IPageTransform
{
    string Name { get; }

    /// <summary>Whether the page needs this transform; when no transform applies the page is not parsed at all.</summary>
    bool AppliesTo(PostProcessPage page);

    /// <summary>
    /// The transform only touches contributor content (<c>.prose</c>), so it can run on the
    /// rendered Markdown alone, which is far smaller than the whole page.
    /// </summary>
    bool ContributorContentOnly => false;

    void Apply(IDocument document, PostProcessPage page);
}

/// <summary>
/// Runs an ordered list of transforms over one parsed AngleSharp document per page: parsed once,
/// transformed in order, serialised once, and only when some transform applies, so pages with
/// nothing to do cost nothing. Transforms that only touch contributor content can instead run on
/// the rendered Markdown before it goes into the page (<see cref="ProcessBody"/>): parsing a few
/// kilobytes of body rather than the whole page keeps post-processing from dominating a build.
/// Safe to use from many threads.
/// </summary>
public sealed class PostProcessor
{
    private const string BodyOpen = "<!DOCTYPE html><html><head><title>body</title></head><body><div class=\"prose\">";
    private const string BodyClose = "</div></body></html>";

    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    public PostProcessor(IEnumerable<IPageTransform> transforms) => Transforms = transforms.ToList();

    public IReadOnlyList<IPageTransform> Transforms { get; }

    /// <summary>The default order: anchors on contributor headings, external-link marking, then (for checks) link collection.</summary>
    public static PostProcessor CreateDefault(bool collectLinks) =>
        new(collectLinks
            ? [new HeadingAnchors(), new ExternalLinks(), new LinkCollector()]
            : [new HeadingAnchors(), new ExternalLinks()]);

    public bool AppliesTo(PostProcessPage page) => Transforms.Any(t => t.AppliesTo(page));

    /// <summary>
    /// Runs the contributor-content transforms on a page's rendered Markdown, as it will sit inside
    /// <c>&lt;div class="prose"&gt;</c>; returns <paramref name="bodyHtml"/> itself when none applies.
    /// </summary>
    public string ProcessBody(string bodyHtml, PostProcessPage page)
    {
        var applicable = Transforms.Where(t => t.ContributorContentOnly && t.AppliesTo(page)).ToList();
        if (applicable.Count == 0)
        {
            return bodyHtml;
        }

        using var document = Parser.Value!.ParseDocument(BodyOpen + bodyHtml + BodyClose);
        foreach (var transform in applicable)
        {
            transform.Apply(document, page);
        }

        var prose = document.Body!.FirstElementChild!;
        var result = prose.InnerHtml;
        return bodyHtml.EndsWith('\n') && !result.EndsWith('\n') ? result + "\n" : result;
    }

    /// <summary>
    /// The transformed page, or <paramref name="html"/> itself when no transform applies. When the
    /// body has already been through <see cref="ProcessBody"/>, the contributor-content transforms
    /// are skipped here.
    /// </summary>
    public string Process(string html, PostProcessPage page, bool bodyProcessed = false)
    {
        var applicable = Transforms.Where(t => !(bodyProcessed && t.ContributorContentOnly) && t.AppliesTo(page)).ToList();
        if (applicable.Count == 0)
        {
            return html;
        }

        using var document = Parser.Value!.ParseDocument(html);
        foreach (var transform in applicable)
        {
            transform.Apply(document, page);
        }

        var result = document.ToHtml(HtmlMarkupFormatter.Instance);
        return html.EndsWith('\n') && !result.EndsWith('\n') ? result + "\n" : result;
    }
}
