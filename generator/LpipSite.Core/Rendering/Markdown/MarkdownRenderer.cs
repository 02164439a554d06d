using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using LpipSite.Core.Rendering.Text;

namespace LpipSite.Core.Rendering.Markdown;

/// <summary>
/// Turns contributor Markdown into HTML with one shared, immutable Markdig pipeline (safe to use
/// from many threads). Raw HTML is never passed through: it comes out as escaped text. Link and
/// image destinations go through <see cref="UrlPolicy"/>; links to content assets become
/// <c>/assets/…</c> site URLs; images load lazily; tables scroll inside a labelled region; heading
/// levels are normalised so the body starts at h2 and never skips a level (the page owns the h1).
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly IReadOnlySet<string> _reservedIds;
    private readonly Localiser _words;

    /// <summary>A renderer whose headings may take any id (no theme elements to avoid), labelling tables in British English.</summary>
    public MarkdownRenderer()
        : this(new HashSet<string>(StringComparer.Ordinal))
    {
    }

    /// <summary>
    /// A renderer whose headings never take <paramref name="reservedIds"/>: the ids the theme gives
    /// its own elements (<see cref="Theming.SiteTheme.ReservedIds"/>).
    /// </summary>
    /// <param name="reservedIds">Ids body headings must not take.</param>
    /// <param name="words">The theme's text in the site's language, for the labels of tables; built-in British English when null.</param>
    public MarkdownRenderer(IReadOnlySet<string> reservedIds, Localiser? words = null)
    {
        _reservedIds = reservedIds;
        _words = words ?? Localiser.English;
        Key = string.Join('\n', reservedIds.Order(StringComparer.Ordinal)) + "\n\n"
            + _words.Text(GeneratorTextKeys.Table.Numbered) + "\n" + _words.Text(GeneratorTextKeys.Table.Columns);
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseFootnotes()
            .DisableHtml();
        builder.Extensions.AddIfNotAlready<TableRegionExtension>();
        _pipeline = builder.Build();
    }

    /// <summary>A renderer with no reserved ids, shared by the whole process.</summary>
    public static MarkdownRenderer Shared { get; } = new();

    /// <summary>
    /// The reserved ids and the wording of table labels as one string, for cache keys: the same text
    /// renders differently with other reserved ids or other words.
    /// </summary>
    public string Key { get; }

    /// <summary>Renders Markdown whose headings start at <paramref name="topLevel"/> (2 under a page's h1, 3 inside a section).</summary>
    public MarkdownResult Render(string? markdown, int topLevel = 2)
    {
        topLevel = Math.Clamp(topLevel, 2, 6);
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return MarkdownResult.Empty;
        }

        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        var headings = NormaliseHeadings(document, topLevel);
        LabelTables(document);
        var (assets, refused, external) = CheckLinks(document);

        using var writer = new StringWriter(new StringBuilder(markdown.Length * 2), System.Globalization.CultureInfo.InvariantCulture)
        {
            NewLine = "\n",
        };
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new MarkdownResult(writer.ToString(), headings, assets, refused, external, topLevel);
    }

    private List<HeadingInfo> NormaliseHeadings(MarkdownDocument document, int topLevel)
    {
        var all = document.Descendants<HeadingBlock>().ToList();
        var taken = new HashSet<string>(
            all.Select(h => h.GetAttributes().Id).OfType<string>(), StringComparer.Ordinal);
        var result = new List<HeadingInfo>(all.Count);
        var previous = topLevel - 1;
        foreach (var heading in all)
        {
            heading.Level = Math.Clamp(heading.Level + topLevel - 2, topLevel, Math.Min(6, previous + 1));
            previous = heading.Level;

            var attributes = heading.GetAttributes();
            var id = attributes.Id ?? "section";
            if (_reservedIds.Contains(id))
            {
                var n = 1;
                string candidate;
                do
                {
                    candidate = id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    n++;
                }
                while (_reservedIds.Contains(candidate) || taken.Contains(candidate));

                taken.Add(candidate);
                id = candidate;
            }

            attributes.Id = id;
            result.Add(new HeadingInfo(heading.Level, id, PlainText(heading.Inline)));
        }

        return result;
    }

    private void LabelTables(MarkdownDocument document)
    {
        var number = 0;
        foreach (var table in document.Descendants<Table>())
        {
            number++;
            var header = table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader);
            var columns = header?.OfType<TableCell>()
                .Select(c => string.Concat(c.Descendants<LeafBlock>().Select(b => PlainText(b.Inline))).Trim())
                .Where(t => t.Length > 0)
                .ToList() ?? [];
            var label = columns.Count == 0
                ? _words.Text(GeneratorTextKeys.Table.Numbered, ("number", number.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                : _words.Text(GeneratorTextKeys.Table.Columns, ("columns", string.Join(", ", columns)));
            table.SetData(TableRegionRenderer.LabelKey, label.Length > 120 ? label[..117] + "..." : label);
        }
    }

    private static (List<string> Assets, List<RefusedUrl> Refused, bool External) CheckLinks(MarkdownDocument document)
    {
        var assets = new List<string>();
        var refused = new List<RefusedUrl>();
        var external = false;

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.Url is null)
            {
                continue;
            }

            var safe = UrlPolicy.Sanitise(link.Url);
            if (safe is null)
            {
                refused.Add(new RefusedUrl(link.Url, link.Line + 1, link.Column + 1));
                if (link.IsImage)
                {
                    link.ReplaceBy(new LiteralInline(PlainText(link)), copyChildren: false);
                }
                else
                {
                    link.MoveChildrenAfter(link);
                    link.Remove();
                }

                continue;
            }

            var url = UrlPolicy.RewriteAssetLink(safe);
            link.Url = url;
            if (url.StartsWith("/assets/", StringComparison.Ordinal))
            {
                assets.Add(url);
            }

            if (link.IsImage)
            {
                link.GetAttributes().AddPropertyIfNotExist("loading", "lazy");
            }
            else if (UrlPolicy.IsExternal(url))
            {
                external = true;
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !UrlPolicy.IsSafe(autolink.Url))
            {
                refused.Add(new RefusedUrl(autolink.Url, autolink.Line + 1, autolink.Column + 1));
                autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
            }
            else if (!autolink.IsEmail && UrlPolicy.IsExternal(autolink.Url))
            {
                external = true;
            }
        }

        return (assets, refused, external);
    }

    /// <summary>The text of inline content without markup (for contents lists and labels).</summary>
    internal static string PlainText(ContainerInline? container)
    {
        if (container is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        Append(container, builder);
        return builder.ToString().Trim();

        static void Append(ContainerInline parent, StringBuilder builder)
        {
            foreach (var inline in parent)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        builder.Append(literal.Content.AsSpan());
                        break;
                    case CodeInline code:
                        builder.Append(code.Content);
                        break;
                    case LineBreakInline:
                        builder.Append(' ');
                        break;
                    case AutolinkInline auto:
                        builder.Append(auto.Url);
                        break;
                    case ContainerInline inner:
                        Append(inner, builder);
                        break;
                }
            }
        }
    }
}
