using System.Collections.Concurrent;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;
using LpipSite.Core.Validation;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using LpipSite.Core.Routing;

namespace LpipSite.Core.Checking;

/// <summary>
/// The checks <c>lpip check</c> adds to the build's rules for contributor Markdown, each located at
/// the exact source line: headings (no level 1, no skipped levels), link text that says where the
/// link goes, well-formed and allowed addresses, and links and <c>#anchors</c> inside the site.
/// </summary>
public static class MarkdownChecks
{
    /// <summary>Link text that says nothing about where the link goes (compared lower case, without punctuation).</summary>
    public static readonly IReadOnlySet<string> VagueLinkTexts = new HashSet<string>(StringComparer.Ordinal)
    {
        "click here", "here", "read more", "link", "more", "click", "this link", "this", "learn more", "find out more",
        "click this link", "read more here", "go", "this page", "website",
    };

    /// <summary>
    /// Checks every Markdown body. Returns the links that were checked here, as "source path\nhref",
    /// so the check of rendered pages does not report the same link twice.
    /// </summary>
    public static IReadOnlySet<string> Check(ValidatedContent content, LinkTargets targets, DiagnosticBag diagnostics)
    {
        var checkedLinks = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        Parallel.ForEach(content.Documents, document =>
        {
            var body = document.Source.Body;
            if (body is null || string.IsNullOrWhiteSpace(body.Text))
            {
                return;
            }

            var pageUrl = Routes.Item(document.Kind, document.Id);
            var published = targets.PageAt(pageUrl)?.Published ?? true;
            var parsed = Markdig.Markdown.Parse(body.Text, LinkTargets.Markdown);
            SourceLocation At(MarkdownObject node) => new(document.Source.Path, body.FirstLine + node.Line, node.Column + 1);

            // An underlined heading is reported on its text's line, not its underline's.
            SourceLocation HeadingAt(MarkdownObject node) => node is HeadingBlock { IsSetext: true } setext
                ? new SourceLocation(document.Source.Path, body.FirstLine + body.Text.AsSpan(0, Math.Clamp(setext.Span.Start, 0, body.Text.Length)).Count('\n'), 1)
                : At(node);
            CheckHeadings(parsed, HeadingAt, diagnostics);
            foreach (var inline in parsed.Descendants<Inline>())
            {
                switch (inline)
                {
                    case LinkInline link when link.Url is not null:
                        if (!link.IsImage)
                        {
                            CheckLinkText(link, At(link), diagnostics);
                        }

                        CheckAddress(content.Loaded, document, pageUrl, published, link.Url, At(link), targets, diagnostics, checkedLinks);
                        break;
                    case AutolinkInline autolink when !autolink.IsEmail:
                        CheckAddress(content.Loaded, document, pageUrl, published, autolink.Url, At(autolink), targets, diagnostics, checkedLinks);
                        break;
                }
            }
        });

        CheckMenu(content, targets, diagnostics);
        return checkedLinks.Keys.ToHashSet(StringComparer.Ordinal);
    }

    private static void CheckHeadings(MarkdownDocument parsed, Func<MarkdownObject, SourceLocation> at, DiagnosticBag diagnostics)
    {
        // The page title is the h1, so the body's first heading should be h2.
        var previous = 1;
        var first = true;
        foreach (var heading in parsed.Descendants<HeadingBlock>())
        {
            if (heading.Level == 1)
            {
                diagnostics.Error(at(heading), DiagnosticCodes.HeadingLevelOne,
                    "a level 1 heading ('# ') is used; the page title is the only level 1 heading",
                    "start section headings at level 2: '## '");
            }
            else if (heading.Level > previous + 1)
            {
                var allowed = previous + 1;
                diagnostics.Error(at(heading), DiagnosticCodes.HeadingSkipsLevel,
                    $"a level {heading.Level} heading ('{new string('#', heading.Level)} ') follows a level {previous} heading{(first ? " (the page title)" : string.Empty)}; headings may not skip a level",
                    $"use '{new string('#', allowed)} ' here");
            }

            previous = heading.Level;
            first = false;
        }
    }

    private static void CheckLinkText(LinkInline link, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (link.Descendants<LinkInline>().Any(l => l.IsImage))
        {
            // An image link is named by the image's alt text, which is checked on its own.
            return;
        }

        var text = string.Concat(link.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => string.Empty,
        }));
        var normalised = string.Join(' ', text.ToLowerInvariant().Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
            .Trim(' ', '.', ',', ':', ';', '!', '?', '…', '"', '\'', '(', ')', '\u2018', '\u2019', '\u201C', '\u201D', '>', '»', '→');
        if (normalised.Length == 0)
        {
            diagnostics.Error(at, DiagnosticCodes.VagueLinkText, "the link has no text, so screen readers cannot say where it goes",
                "write the name of what it links to between the brackets: [Annual report 2025](…)");
        }
        else if (VagueLinkTexts.Contains(normalised))
        {
            diagnostics.Error(at, DiagnosticCodes.VagueLinkText,
                $"the link text '{text.Trim()}' does not say where the link goes",
                "use words that make sense on their own, such as the title of the page: [Annual report 2025](…)");
        }
    }

    private static void CheckAddress(
        LoadedContent loaded,
        BoundDocument document,
        string pageUrl,
        bool published,
        string url,
        SourceLocation at,
        LinkTargets targets,
        DiagnosticBag diagnostics,
        ConcurrentDictionary<string, byte> checkedLinks)
    {
        if (url.Length == 0)
        {
            diagnostics.Error(at, DiagnosticCodes.BrokenLink, "the link has no address", "put the address between the round brackets: [text](https://…)");
            return;
        }

        checkedLinks.TryAdd(document.Source.Path + "\n" + url, 0);
        var address = LinkAddress.Classify(url);
        switch (address.Kind)
        {
            case AddressKind.Unsafe:
                diagnostics.Error(at, DiagnosticCodes.UnsafeLink,
                    $"links may only use https:, http:, mailto: and tel: addresses, not '{address.Scheme}:'; the link is removed from the page",
                    "link to a web page (https://…) or a file under assets/");
                return;
            case AddressKind.Malformed:
                diagnostics.Error(at, DiagnosticCodes.MalformedUrl, $"the address '{Shorten(url)}' cannot work: {address.Problem}", address.Suggestion ?? "check the address");
                return;
            case AddressKind.External:
                return;
        }

        CheckSiteLink(loaded, document, pageUrl, published, url.Trim(), at, targets, diagnostics);
    }

    private static void CheckSiteLink(
        LoadedContent loaded, BoundDocument document, string pageUrl, bool published, string url, SourceLocation at, LinkTargets targets, DiagnosticBag diagnostics)
    {
        var path = url.Split('#', '?')[0];
        if (path.Length > 0)
        {
            // Links to files under assets/ are checked by the build's own rules (LPIP0203, LPIP0204).
            var resolved = AssetPaths.Resolve(loaded, document.Source.Path, url);
            if (resolved is null || resolved.StartsWith(ContentLayout.AssetsFolder + "/", StringComparison.Ordinal) || url.Contains("assets/", StringComparison.Ordinal))
            {
                return;
            }

            if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            {
                var target = targets.UrlOfSource(loaded.DisplayPath(resolved));
                diagnostics.Error(at, DiagnosticCodes.BrokenLink,
                    target is null
                        ? $"the link '{Shorten(url)}' goes to a content file, and there is no such file"
                        : $"the link '{Shorten(url)}' goes to the content file, which is not part of the published site",
                    target is null ? "link to the page's address, such as /case-studies/<id>/" : $"link to its page instead: '{target}'");
                return;
            }
        }

        var resolution = targets.Resolve(url, pageUrl);
        switch (resolution.Status)
        {
            case LinkStatus.MissingPage:
                diagnostics.Error(at, DiagnosticCodes.BrokenLink, $"the link '{Shorten(url)}' goes to {Destination(url, resolution.Path)}",
                    FromSiteRoot(url, targets) ?? resolution.Suggestion ?? "check the address; item pages look like /case-studies/<id>/ and /places/<id>/");
                break;
            case LinkStatus.MissingAnchor:
                var fragment = url[(url.IndexOf('#', StringComparison.Ordinal) + 1)..];
                diagnostics.Error(at, DiagnosticCodes.BrokenAnchor,
                    resolution.Path == pageUrl
                        ? $"the link '{Shorten(url)}' goes to '#{fragment}', but this page has no heading or section with that id"
                        : $"the link '{Shorten(url)}' goes to '#{fragment}' on {resolution.Path}, but that page has no heading or section with that id",
                    resolution.Suggestion ?? "a heading '## Lessons for other places' has the id 'lessons-for-other-places'");
                break;
            case LinkStatus.Unpublished when published:
                diagnostics.Warning(at, DiagnosticCodes.LinkToUnpublished,
                    $"the link '{Shorten(url)}' goes to a page that is a draft or not yet due; the link will not work until that page is published",
                    "publish that page first, or remove the link for now");
                break;
        }
    }

    /// <summary>Menu links in site.yml go to pages of the site or to well-formed addresses.</summary>
    private static void CheckMenu(ValidatedContent content, LinkTargets targets, DiagnosticBag diagnostics)
    {
        foreach (var site in content.OfKind(ContentKind.Site))
        {
            foreach (var item in site.Object?.Objects("menu") ?? [])
            {
                if (item["url"] is not BoundText url)
                {
                    continue;
                }

                var address = LinkAddress.Classify(url.Value);
                if (address.Kind == AddressKind.Unsafe)
                {
                    diagnostics.Error(url.At, DiagnosticCodes.UnsafeLink, $"menu links may only use https:, http:, mailto: and tel: addresses, not '{address.Scheme}:'", "link to a page of the site, such as /about/");
                }
                else if (address.Kind == AddressKind.Malformed)
                {
                    diagnostics.Error(url.At, DiagnosticCodes.MalformedUrl, $"the address '{Shorten(url.Value)}' cannot work: {address.Problem}", address.Suggestion ?? "check the address");
                }
                else if (address.Kind == AddressKind.Site)
                {
                    var resolution = targets.Resolve(url.Value, "/");
                    if (resolution.Status is LinkStatus.MissingPage or LinkStatus.MissingAnchor)
                    {
                        diagnostics.Error(url.At, DiagnosticCodes.BrokenLink, $"the menu link '{Shorten(url.Value)}' goes to {Destination(url.Value, resolution.Path)}",
                            resolution.Suggestion ?? "site addresses start and end with '/', such as /case-studies/");
                    }
                }
            }
        }
    }

    /// <summary>For a relative link such as '../places/leeds/', the page it was probably meant for, written from the site root.</summary>
    private static string? FromSiteRoot(string url, LinkTargets targets)
    {
        if (url.StartsWith('/') || url.StartsWith('#'))
        {
            return null;
        }

        var rooted = "/" + string.Join('/', url.Split('/').SkipWhile(s => s is "." or ".."));
        return targets.Resolve(rooted, "/").Status is LinkStatus.Ok or LinkStatus.Unpublished
            ? $"links that start with '/' work from every page: write '{rooted}'"
            : null;
    }

    private static string Destination(string href, string path) =>
        href.Split('#', '?')[0] == path ? "a page that does not exist" : $"{path}, a page that does not exist";

    internal static string Shorten(string value) => value.Length <= 80 ? value : value[..77] + "...";
}
