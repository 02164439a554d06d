using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LpipSite.Core.Validation;

/// <summary>
/// Checks in Markdown bodies that point at the exact source line: raw HTML (shown as text, never
/// run), images without alt text, and links to assets that do not exist.
/// </summary>
internal static class MarkdownRules
{
    // Parsing only; HTML is recognised here so it can be reported, while rendering escapes it.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UsePreciseSourceLocation().Build();

    private enum FactKind
    {
        RawHtml,
        Image,
        Link,
    }

    /// <summary>What a body's parse found: HTML, images (with or without alt text) and links, with their positions.</summary>
    private sealed record Fact(FactKind Kind, SourceLocation At, string? Url, bool MissingAlt);

    /// <summary>
    /// The facts depend only on the document, so a document reused between builds (the preview
    /// server's LoadCache) is parsed once; the checks that depend on other files still run every time.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SourceDocument, List<Fact>> Parsed = [];

    public static void Check(ValidatedContent content, DiagnosticBag diagnostics)
    {
        Parallel.ForEach(content.Documents.Concat(content.Translations), document =>
        {
            var body = document.Source.Body;

            // Most bodies have neither HTML nor images nor links; skip the parse for them.
            if (body is null || body.Text.AsSpan().IndexOfAny('<', '[') < 0)
            {
                return;
            }

            foreach (var fact in Parsed.GetValue(document.Source, source => FactsOf(source, body)))
            {
                switch (fact.Kind)
                {
                    case FactKind.RawHtml:
                        diagnostics.Warning(fact.At, DiagnosticCodes.RawHtml,
                            "raw HTML is not allowed in content and will be shown as plain text",
                            "use Markdown instead (for example **bold**, [link text](https://…), ![alt text](assets/…))");
                        break;
                    case FactKind.Image:
                        if (fact.MissingAlt)
                        {
                            diagnostics.Error(fact.At, DiagnosticCodes.MarkdownImageAlt, "the image has no alt text",
                                "describe the image between the brackets: ![what it shows](…)");
                        }

                        if (fact.Url is { } src && Formats.IsWebAddress(src))
                        {
                            diagnostics.Error(fact.At, DiagnosticCodes.RemoteFile,
                                "the image is on another website; the site loads nothing from other websites, to protect readers' privacy",
                                "save the image (with permission) under content/assets/ and write ![description](assets/…), or link to it instead");
                        }

                        CheckTarget(content.Loaded, document, fact.Url, fact.At, diagnostics);
                        break;
                    case FactKind.Link:
                        CheckTarget(content.Loaded, document, fact.Url, fact.At, diagnostics);
                        break;
                }
            }
        });
    }

    private static List<Fact> FactsOf(SourceDocument source, Model.MarkdownBody body)
    {
        var facts = new List<Fact>();
        var parsed = Markdown.Parse(body.Text, Pipeline);
        foreach (var node in parsed.Descendants())
        {
            var at = new SourceLocation(source.Path, body.FirstLine + node.Line, node.Column + 1);
            switch (node)
            {
                case HtmlInline inline when inline.Tag.StartsWith("</", StringComparison.Ordinal):
                    // The opening tag was reported already.
                    break;
                case HtmlBlock or HtmlInline:
                    facts.Add(new Fact(FactKind.RawHtml, at, null, false));
                    break;
                case LinkInline { IsImage: true } image:
                    facts.Add(new Fact(FactKind.Image, at, image.Url, string.IsNullOrWhiteSpace(AltText(image))));
                    break;
                case LinkInline link:
                    facts.Add(new Fact(FactKind.Link, at, link.Url, false));
                    break;
            }
        }

        return facts;
    }

    private static void CheckTarget(LoadedContent loaded, BoundDocument document, string? url, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrEmpty(url) || url.StartsWith('#') || url.Contains(':', StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal))
        {
            return;
        }

        var resolved = AssetPaths.Resolve(loaded, document.Source.Path, url);
        if (resolved is null || resolved.StartsWith(ContentLayout.AssetsFolder + "/", StringComparison.Ordinal) || url.Contains("assets/", StringComparison.Ordinal))
        {
            AssetRules.CheckAsset(loaded, document.Source.Path, url, at, diagnostics);
        }
    }

    private static string AltText(LinkInline image) =>
        string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
