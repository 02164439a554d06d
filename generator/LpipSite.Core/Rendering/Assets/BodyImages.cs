using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LpipSite.Core.Rendering.Views;

namespace LpipSite.Core.Rendering.Assets;

/// <summary>
/// Gives the photos of a rendered Markdown body what lead images get from the theme's <c>picture</c>
/// partial: a <c>&lt;picture&gt;</c> of the resized AVIF, WebP and JPEG/PNG copies with <c>srcset</c> and
/// <c>sizes</c>, and the image's width and height so nothing moves as it loads. It runs on the HTML after the
/// body cache (a body's text does not change when its image file does). The Markdown renderer writes every
/// image as <c>&lt;img src="…" loading="lazy" alt="…"[ title="…"]&gt;</c>; images it cannot describe (SVG,
/// other websites' addresses refused earlier, unreadable files) are left as they are.
/// </summary>
internal static partial class BodyImages
{
    /// <summary>The width of the body column: the theme's .prose is the .wrap column (site.css).</summary>
    public const string ColumnSizes = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

    [GeneratedRegex("""<img src="(?<src>/assets/[^"]*)" loading="lazy" alt="(?<alt>[^"]*)"(?<title> title="[^"]*")? ?/?>""", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownImage();

    public static string Rewrite(string html, Func<string, ImageView?> describe)
    {
        if (!html.Contains("<img src=\"/assets/", StringComparison.Ordinal))
        {
            return html;
        }

        return MarkdownImage().Replace(html, match =>
        {
            var src = Uri.UnescapeDataString(WebUtility.HtmlDecode(match.Groups["src"].Value));
            if (describe(src) is not { Width: { } width, Height: { } height } image)
            {
                return match.Value;
            }

            var alt = match.Groups["alt"].Value;
            var title = match.Groups["title"].Value;
            var size = $" width=\"{Number(width)}\" height=\"{Number(height)}\"";
            if (image.Sources.Count == 0)
            {
                return $"<img src=\"{Attr(image.Src)}\"{size} alt=\"{alt}\"{title} loading=\"lazy\" decoding=\"async\">";
            }

            var picture = new StringBuilder("<picture>");
            foreach (var source in image.Sources)
            {
                picture.Append($"<source type=\"{source.Type}\" srcset=\"{Attr(source.Srcset)}\" sizes=\"{ColumnSizes}\">");
            }

            picture.Append($"<img src=\"{Attr(image.Src)}\" srcset=\"{Attr(image.Srcset!)}\" sizes=\"{ColumnSizes}\"{size} alt=\"{alt}\"{title} loading=\"lazy\" decoding=\"async\"></picture>");
            return picture.ToString();
        });
    }

    private static string Attr(string text) => WebUtility.HtmlEncode(text);

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
