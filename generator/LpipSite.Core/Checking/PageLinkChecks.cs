using LpipSite.Core.Diagnostics;

namespace LpipSite.Core.Checking;

/// <summary>
/// Every link in the rendered pages (navigation, cards, tags, pagination, links the templates
/// make from front matter) resolves to a page or file of the site. Links written in Markdown were
/// checked at their source line already and are not reported again; each broken target is
/// reported once per source file.
/// </summary>
public static class PageLinkChecks
{
    public static void Check(RenderedSite site, LinkTargets targets, IReadOnlySet<string> markdownLinks, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in site.Links)
        {
            foreach (var href in page.Hrefs)
            {
                if (markdownLinks.Contains(page.SourcePath + "\n" + href) || LinkAddress.Classify(href).Kind != AddressKind.Site)
                {
                    continue;
                }

                var resolution = targets.Resolve(href, page.Url);
                if (resolution.Status is not (LinkStatus.MissingPage or LinkStatus.MissingAnchor) || !reported.Add(page.SourcePath + "\n" + resolution.Path + "#" + resolution.Status))
                {
                    continue;
                }

                diagnostics.Error(SourceLocation.File(page.SourcePath), DiagnosticCodes.BrokenPageLink,
                    resolution.Status == LinkStatus.MissingPage
                        ? $"the page {page.Url} links to {MarkdownChecks.Shorten(href)}, which is not a page or file of the site"
                        : $"the page {page.Url} links to {MarkdownChecks.Shorten(href)}, but that page has no element with that id",
                    resolution.Suggestion ?? "check the links this file's fields and the theme's templates make");
            }
        }
    }
}
