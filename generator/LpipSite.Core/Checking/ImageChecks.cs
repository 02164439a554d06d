using System.Globalization;
using System.Text.RegularExpressions;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Images;
using LpipSite.Core.Loading;
using LpipSite.Core.Validation;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LpipSite.Core.Checking;

/// <summary>
/// What <c>lpip check</c> says about the images content uses, beyond the build's errors: an original so large
/// that it slows every build and every pull request (the site publishes resized copies, so nothing is gained),
/// a lead photo too small for its place on the page and for its shared preview, and alternative text that
/// names a file or says only "image" (a screen reader would read out just that).
/// </summary>
public static partial class ImageChecks
{
    /// <summary>Originals above this many bytes are reported: phone photos are 3–10 MB.</summary>
    public const long LargeFileBytes = 10_000_000;

    /// <summary>
    /// A lead image narrower than this is reported: it is shown across the page column (672 CSS pixels, so 1,344
    /// device pixels on most phones and laptops) and cropped to 1200×630 for previews when the page is shared.
    /// </summary>
    public const int LeadImageMinWidth = ImageProcessor.OpenGraphWidth;

    /// <summary>Alternative text that says nothing about the picture (compared lower case, without punctuation).</summary>
    public static readonly IReadOnlySet<string> UninformativeAltTexts = new HashSet<string>(StringComparer.Ordinal)
    {
        "image", "img", "photo", "photograph", "picture", "pic", "graphic", "screenshot", "logo", "untitled", "figure", "diagram",
    };

    [GeneratedRegex(@"(^(img|dsc|dscn|pxl|photo|image|screenshot)[_ -]?\d)|\.(jpe?g|png|gif|webp|avif|heic|svg)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileNameLike();

    public static void Check(ValidatedContent content, DiagnosticBag diagnostics)
    {
        var seenLarge = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in content.Documents)
        {
            if (document.Object is { } fields)
            {
                foreach (var (name, lead) in new[] { ("image", true), ("logo", false) })
                {
                    if (fields.Object(name) is not { } image || image["src"] is not BoundText src)
                    {
                        continue;
                    }

                    var file = FileOf(content.Loaded, document.Source.Path, src.Value);
                    CheckSize(file, src, seenLarge, diagnostics);
                    if (lead)
                    {
                        CheckWidth(file, src, diagnostics);
                    }

                    if (image["alt"] is BoundText alt && !image.Bool("decorative"))
                    {
                        CheckAlt(alt.Value, alt.At, diagnostics);
                    }
                }
            }

            if (document.Source.Body is { } body && body.Text.Contains("![", StringComparison.Ordinal))
            {
                var parsed = Markdig.Markdown.Parse(body.Text, LinkTargets.Markdown);
                foreach (var image in parsed.Descendants<LinkInline>().Where(l => l.IsImage && l.Url is not null))
                {
                    var at = new SourceLocation(document.Source.Path, body.FirstLine + image.Line, image.Column + 1);
                    CheckSize(FileOf(content.Loaded, document.Source.Path, image.Url!), new BoundText(at, image.Url!), seenLarge, diagnostics);
                    var alt = Rendering.Markdown.MarkdownRenderer.PlainText(image);
                    if (alt.Length > 0)
                    {
                        CheckAlt(alt, at, diagnostics);
                    }
                }
            }
        }
    }

    private static string? FileOf(LoadedContent loaded, string documentPath, string written) =>
        Formats.IsWebAddress(written) || AssetPaths.Resolve(loaded, documentPath, written) is not { } relative
            ? null
            : Path.Combine(loaded.ContentRoot, relative);

    private static void CheckSize(string? file, BoundText src, HashSet<string> seen, DiagnosticBag diagnostics)
    {
        if (file is null || !File.Exists(file) || new FileInfo(file).Length is var bytes && bytes <= LargeFileBytes || !seen.Add(file))
        {
            return;
        }

        diagnostics.Warning(
            src.At,
            DiagnosticCodes.LargeImageFile,
            $"the image '{src.Value}' is {(bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture)} MB: every build and every copy of the repository carries it, though readers only get resized copies",
            "save it again at most 2400 pixels wide (any photo editor's 'export' or 'resize'): it will be under 2 MB and look the same on the site");
    }

    private static void CheckWidth(string? file, BoundText src, DiagnosticBag diagnostics)
    {
        if (file is null || !File.Exists(file))
        {
            return;
        }

        ImageInfo info;
        try
        {
            info = ImageProcessor.Probe(file);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidDataException or NetVips.VipsException or IOException or UnauthorizedAccessException)
        {
            // SVG scales to any width; an unreadable file is the build's error (LPIP9012).
            return;
        }

        if (!info.PassThrough && info.Width < LeadImageMinWidth)
        {
            diagnostics.Warning(
                src.At,
                DiagnosticCodes.ImageTooSmall,
                $"the lead image '{src.Value}' is {info.Width.ToString(CultureInfo.InvariantCulture)} pixels wide: it will look blurred across the page on most screens, and in the preview shown when the page is shared ({ImageProcessor.OpenGraphWidth}×{ImageProcessor.OpenGraphHeight})",
                $"use the original photo, at least {LeadImageMinWidth.ToString(CultureInfo.InvariantCulture)} pixels wide (1600 or more is best)");
        }
    }

    private static void CheckAlt(string alt, SourceLocation at, DiagnosticBag diagnostics)
    {
        var words = new string(alt.Trim().ToLowerInvariant().Where(c => !char.IsPunctuation(c) || c == '.').ToArray()).Trim().TrimEnd('.');
        if (UninformativeAltTexts.Contains(words) || FileNameLike().IsMatch(alt.Trim()))
        {
            diagnostics.Warning(
                at,
                DiagnosticCodes.UninformativeAlt,
                $"the alternative text '{alt}' does not say what the image shows: a screen reader reads out only that",
                "describe what the picture shows and why it is there, in a sentence; or, if it adds nothing to the text, write decorative: true and leave alt empty");
        }
    }
}
