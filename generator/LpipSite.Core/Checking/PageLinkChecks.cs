using LpipSite.Core.Diagnostics;

namespace LpipSite.Core.Checking;

/// <summary>
/// Every link in the rendered pages (navigation, cards, tags, pagination, links the templates
/// make from front matter) resolves to a page or file of the site. Links written in Markdown were
/// checked at their source line already and are not reported again. A broken link that appears on
/// many pages (one in a theme's footer, say) is reported once, at the first page's source.
/// </summary>
public static class PageLinkChecks
{
    public static void Check(RenderedSite site, LinkTargets targets, IReadOnlySet<string> markdownLinks, DiagnosticBag diagnostics)
    {
        var broken = new Dictionary<string, (RenderedLinks First, string Href, LinkResolution Resolution, int Pages)>(StringComparer.Ordinal);
        foreach (var page in site.Links.OrderBy(l => l.Url, StringComparer.Ordinal))
        {
            foreach (var href in page.Hrefs.Distinct(StringComparer.Ordinal))
            {
                if (markdownLinks.Contains(page.SourcePath + "\n" + href) || LinkAddress.Classify(href).Kind != AddressKind.Site)
                {
                    continue;
                }

                var resolution = targets.Resolve(href, page.Url);
                if (resolution.Status is not (LinkStatus.MissingPage or LinkStatus.MissingAnchor))
                {
                    continue;
                }

                var key = resolution.Path + "#" + (resolution.Status == LinkStatus.MissingAnchor ? href : string.Empty);
                broken[key] = broken.TryGetValue(key, out var seen) ? seen with { Pages = seen.Pages + 1 } : (page, href, resolution, 1);
            }
        }

        foreach (var (first, href, resolution, pages) in broken.Values)
        {
            var where = pages == 1 ? $"the page {first.Url}" : $"the page {first.Url} (and {pages - 1} other page{(pages == 2 ? string.Empty : "s")})";
            diagnostics.Error(SourceLocation.File(first.SourcePath), DiagnosticCodes.BrokenPageLink,
                resolution.Status == LinkStatus.MissingPage
                    ? $"{where} links to {MarkdownChecks.Shorten(href)}, which is not a page or file of the site"
                    : $"{where} links to {MarkdownChecks.Shorten(href)}, but that page has no element with that id",
                resolution.Suggestion ?? "check the links this file's fields and the theme's templates make");
        }
    }
}
