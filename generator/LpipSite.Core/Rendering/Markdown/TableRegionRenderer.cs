using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LpipSite.Core.Rendering.Markdown;

/// <summary>
/// Writes pipe tables inside a focusable, labelled scroll region so a wide table scrolls in its
/// own box on a narrow screen instead of the whole page. Column alignment becomes a class (not an
/// inline style) so a strict Content-Security-Policy holds; header cells get <c>scope="col"</c>.
/// </summary>
internal sealed class TableRegionRenderer : HtmlObjectRenderer<Table>
{
    internal static readonly object LabelKey = new();

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var label = table.GetData(LabelKey) as string ?? "Table";
        renderer.EnsureLine();
        renderer.Write("<div class=\"table-wrap\" role=\"region\" aria-label=\"")
            .WriteEscape(label)
            .WriteLine("\" tabindex=\"0\">");
        renderer.Write("<table").WriteAttributes(table).WriteLine('>');

        // Header rows go in the one thead only while no body row has been written.
        var section = string.Empty;
        foreach (var rowObject in table)
        {
            var row = (TableRow)rowObject;
            var wanted = row.IsHeader && section != "tbody" ? "thead" : "tbody";
            if (section != wanted)
            {
                if (section.Length > 0)
                {
                    renderer.WriteLine("</" + section + ">");
                }

                renderer.WriteLine("<" + wanted + ">");
                section = wanted;
            }

            renderer.Write("<tr").WriteAttributes(row).WriteLine('>');
            for (var i = 0; i < row.Count; i++)
            {
                var cell = (TableCell)row[i];
                var header = row.IsHeader;
                renderer.Write(header ? "<th scope=\"col\"" : "<td");
                if (cell.ColumnSpan != 1)
                {
                    renderer.Write(" colspan=\"").Write(cell.ColumnSpan.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('"');
                }

                if (cell.RowSpan != 1)
                {
                    renderer.Write(" rowspan=\"").Write(cell.RowSpan.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('"');
                }

                var alignment = AlignmentOf(table, cell.ColumnIndex < 0 ? i : cell.ColumnIndex);
                if (alignment is not null)
                {
                    renderer.Write(" class=\"align-").Write(alignment).Write('"');
                }

                renderer.WriteAttributes(cell).Write('>');
                var implicitParagraph = renderer.ImplicitParagraph;
                renderer.ImplicitParagraph = cell.Count == 1;
                renderer.Write(cell);
                renderer.ImplicitParagraph = implicitParagraph;
                renderer.WriteLine(header ? "</th>" : "</td>");
            }

            renderer.WriteLine("</tr>");
        }

        if (section.Length > 0)
        {
            renderer.WriteLine("</" + section + ">");
        }

        renderer.WriteLine("</table>");
        renderer.WriteLine("</div>");
    }

    private static string? AlignmentOf(Table table, int column)
    {
        if (table.ColumnDefinitions.Count == 0)
        {
            return null;
        }

        var definition = table.ColumnDefinitions[Math.Min(column, table.ColumnDefinitions.Count - 1)];
        return definition.Alignment switch
        {
            TableColumnAlign.Center => "center",
            TableColumnAlign.Right => "right",
            TableColumnAlign.Left => "left",
            _ => null,
        };
    }
}

/// <summary>Puts <see cref="TableRegionRenderer"/> in place of Markdig's own table renderer.</summary>
internal sealed class TableRegionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.RemoveAll(r => r is HtmlTableRenderer);
            html.ObjectRenderers.AddIfNotAlready(new TableRegionRenderer());
        }
    }
}
