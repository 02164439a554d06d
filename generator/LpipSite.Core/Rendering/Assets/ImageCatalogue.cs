using System.Collections.Concurrent;
using LpipSite.Core.Images;
using LpipSite.Core.Writing;

namespace LpipSite.Core.Rendering.Assets;

/// <summary>
/// The lead images and logos a build shows, each probed once (from any rendering thread) when a view first
/// asks for it, and the files made for them after the pages: for <c>assets/images/x.jpg</c>, resized copies
/// named <c>x.jpg.480.avif</c>, <c>x.jpg.480.webp</c>, <c>x.jpg.480.jpg</c> … (one per
/// <see cref="ImageProcessor.WidthsFor"/> × <see cref="ImageProcessor.FormatsFor"/>; the source's own name
/// is kept in full so that <c>x.jpg</c> and <c>x.png</c> never share a file) and, for a page's lead image,
/// its Open Graph crop <c>x.jpg.og.jpg</c>. Images are processed in parallel through the
/// <see cref="ImageCache"/> and written in order of their paths.
/// </summary>
internal sealed class ImageCatalogue(string? contentRoot, ImageCache cache)
{
    private readonly ConcurrentDictionary<string, Lazy<CataloguedImage?>> _images = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _openGraph = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _shown = new(StringComparer.Ordinal);

    public ImageCache Cache { get; } = cache;

    /// <summary>
    /// What the site publishes for the image at <paramref name="sitePath"/> (<c>/assets/…</c>): its upright
    /// size and variants; null for SVG, for a file that is missing or cannot be read (reported when the
    /// original is copied) and without a content folder. The resized copies are made for an image a page
    /// shows; an image asked for only as an <paramref name="openGraph"/> preview (site.yml's) gets its crop only.
    /// </summary>
    public CataloguedImage? Describe(string sitePath, bool openGraph = false)
    {
        var image = _images.GetOrAdd(sitePath, path => new Lazy<CataloguedImage?>(() => Probe(path))).Value;
        if (image is { IsResized: true })
        {
            (openGraph ? _openGraph : _shown).TryAdd(image.SitePath, 0);
        }

        return image;
    }

    private CataloguedImage? Probe(string sitePath)
    {
        if (contentRoot is null || ContentAssets.Resolve(contentRoot, sitePath) is not { } file || !File.Exists(file))
        {
            return null;
        }

        try
        {
            var bytes = File.ReadAllBytes(file);
            if (ImageFormats.Sniff(bytes) is not (ImageFormat.Jpeg or ImageFormat.Png or ImageFormat.WebP or ImageFormat.Gif))
            {
                return null;
            }

            var info = ImageProcessor.Probe(bytes);
            var clean = sitePath.IndexOfAny(['?', '#']) is var end and >= 0 ? sitePath[..end] : sitePath;
            var outputPath = file[(Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar).Length + 1)..].Replace('\\', '/');
            return info.PassThrough
                ? new CataloguedImage(clean, outputPath, info, [], [])
                : new CataloguedImage(clean, outputPath, info, ImageProcessor.WidthsFor(info.Width), ImageProcessor.FormatsFor(info));
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or NetVips.VipsException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The variants and Open Graph crops of every image described so far, processed several at once and
    /// returned in order of their paths. An image that fails here is left out: its original is reported
    /// (LPIP9012) when it is copied.
    /// </summary>
    public IReadOnlyList<OutputFile> Files(ParallelOptions parallel)
    {
        var images = _images.Values
            .Select(lazy => lazy.Value)
            .OfType<CataloguedImage>()
            .Where(image => _shown.ContainsKey(image.SitePath) || _openGraph.ContainsKey(image.SitePath))
            .OrderBy(image => image.SitePath, StringComparer.Ordinal)
            .ToList();
        var made = new IReadOnlyList<OutputFile>[images.Count];
        Parallel.For(0, images.Count, parallel, i => made[i] = Make(images[i]));
        return made.SelectMany(files => files).ToList();
    }

    private IReadOnlyList<OutputFile> Make(CataloguedImage image)
    {
        byte[] source;
        try
        {
            source = File.ReadAllBytes(ContentAssets.Resolve(contentRoot!, image.SitePath)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        var hash = ImageCache.SourceHash(source);
        var files = new List<OutputFile>();
        try
        {
            foreach (var width in _shown.ContainsKey(image.SitePath) ? image.Widths : [])
            {
                var keys = image.Formats.Select(format => Cache.KeyOf(hash, $"{width}{format.Extension()}")).ToList();
                var known = keys.Select(key => Cache.TryGet(key, out var bytes) ? bytes : null).ToList();
                var missing = image.Formats.Where((_, i) => known[i] is null).ToList();
                var encoded = missing.Count == 0 ? [] : Cache.Processor.Variants(source, [width], missing);
                for (int i = 0, next = 0; i < image.Formats.Count; i++)
                {
                    var bytes = known[i] ?? encoded[next++].Bytes;
                    if (known[i] is null)
                    {
                        Cache.Put(keys[i], bytes);
                    }

                    files.Add(new OutputFile(image.OutputPathOf(width, image.Formats[i]), bytes));
                }
            }

            if (_openGraph.ContainsKey(image.SitePath))
            {
                var key = Cache.KeyOf(hash, $"og.{ImageProcessor.OpenGraphWidth}x{ImageProcessor.OpenGraphHeight}.jpg");
                files.Add(new OutputFile(image.OpenGraphOutputPath, Cache.GetOrMake(key, () => Cache.Processor.OpenGraph(source).Bytes)));
            }
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or NetVips.VipsException)
        {
            return [];
        }

        return files;
    }
}

/// <summary>
/// One image the site shows: its address, its file under the output folder, its upright size and the widths
/// and formats made of it (none for an animated image, published as it is).
/// </summary>
internal sealed record CataloguedImage(string SitePath, string OutputPath, ImageInfo Info, IReadOnlyList<int> Widths, IReadOnlyList<ImageFormat> Formats)
{
    public bool IsResized => Widths.Count > 0;

    public ImageFormat Fallback => Formats[^1];

    public string UrlOf(int width, ImageFormat format) => $"{SitePath}.{Number(width)}{format.Extension()}";

    public string OutputPathOf(int width, ImageFormat format) => $"{OutputPath}.{Number(width)}{format.Extension()}";

    public string OpenGraphUrl => SitePath + ".og.jpg";

    public string OpenGraphOutputPath => OutputPath + ".og.jpg";

    /// <summary>The height of the copy <paramref name="width"/> pixels wide, as libvips rounds it (tests compare it with the files).</summary>
    public int HeightAt(int width) =>
        width >= Info.Width ? Info.Height : Math.Max(1, (int)Math.Round((double)Info.Height * width / Info.Width, MidpointRounding.AwayFromZero));

    /// <summary><c>a.480.avif 480w, a.800.avif 800w</c>.</summary>
    public string Srcset(ImageFormat format) => string.Join(", ", Widths.Select(w => $"{UrlOf(w, format)} {Number(w)}w"));

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
