using AngleSharp.Dom;
using LpipSite.Core.Rendering.Markdown;

namespace LpipSite.Core.PostProcessing;

/// <summary>
/// Gives each h2 and h3 of contributor content a "#" link to itself, so readers can share a
/// section. The link is hidden from assistive technology and out of the tab order: the page's
/// contents list already offers the same targets to keyboard and screen reader users.
/// </summary>
public sealed class HeadingAnchors : IPageTransform
{
    public string Name => "heading-anchors";

    public bool ContributorContentOnly => true;

    public bool AppliesTo(PostProcessPage page) => page.BodyHeadingCount > 0;

    public void Apply(IDocument document, PostProcessPage page)
    {
        foreach (var heading in document.QuerySelectorAll(".prose h2[id], .prose h3[id]"))
        {
            var anchor = document.CreateElement("a");
            anchor.ClassName = "heading-anchor";
            anchor.SetAttribute("href", "#" + heading.Id);
            anchor.SetAttribute("aria-hidden", "true");
            anchor.SetAttribute("tabindex", "-1");
            anchor.TextContent = "#";
            heading.AppendChild(document.CreateTextNode(" "));
            heading.AppendChild(anchor);
        }
    }
}

/// <summary>Marks links in contributor content that leave the site: <c>rel="external noopener noreferrer"</c>.</summary>
public sealed class ExternalLinks : IPageTransform
{
    public string Name => "external-links";

    public bool ContributorContentOnly => true;

    public bool AppliesTo(PostProcessPage page) => page.HasExternalLinks;

    public void Apply(IDocument document, PostProcessPage page)
    {
        foreach (var link in document.QuerySelectorAll(".prose a[href]"))
        {
            if (UrlPolicy.IsExternal(link.GetAttribute("href") ?? string.Empty))
            {
                link.SetAttribute("rel", "external noopener noreferrer");
            }
        }
    }
}

/// <summary>Collects every href and src on the page, in document order, for a link checker.</summary>
public sealed class LinkCollector : IPageTransform
{
    public string Name => "link-collector";

    public bool AppliesTo(PostProcessPage page) => true;

    public void Apply(IDocument document, PostProcessPage page)
    {
        foreach (var element in document.QuerySelectorAll("a[href], link[href], img[src], script[src], source[src], form[action]"))
        {
            var value = element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("action");
            if (!string.IsNullOrEmpty(value))
            {
                page.Links.Add(value);
            }
        }
    }
}
