using NetVips;
using Vips = NetVips.NetVips;

namespace LpipSite.Core.Images;

/// <summary>
/// Build-time processing of contributors' raster images with libvips (NetVips): reads the header, makes
/// resized variants in modern formats plus a fallback, and crops Open Graph images. Every output is upright
/// (EXIF orientation applied), converted to sRGB and written with no metadata at all: no EXIF (GPS position,
/// camera, author, date), no XMP, no IPTC and no ICC profile. Outputs are byte-for-byte reproducible.
/// SVG is refused (it is never rasterised), so is HEIC (no HEVC decoder in the NuGet build of libvips), and
/// animated images are passed through untouched.
/// </summary>
public sealed class ImageProcessor
{
    /// <summary>The widths offered to browsers in <c>srcset</c>, before capping at the original width.</summary>
    public static readonly IReadOnlyList<int> StandardWidths = [480, 800, 1200, 1600];

    /// <summary>Formats offered before the fallback, best first.</summary>
    public static readonly IReadOnlyList<ImageFormat> ModernFormats = [ImageFormat.Avif, ImageFormat.WebP];

    /// <summary>A larger image (about 100 megapixels) is refused rather than decoded: a defence against decompression bombs.</summary>
    public const long MaxPixels = 100_000_000;

    public const int OpenGraphWidth = 1200;
    public const int OpenGraphHeight = 630;

    /// <summary>Height passed to libvips when only the width matters (its largest coordinate).</summary>
    private const int Unbounded = 10_000_000;

    /// <summary>
    /// libvips' worker threads per image. libvips hands its thread count to the AV1 encoder, whose tiling (and
    /// so its bytes) depends on it: the count is pinned so that AVIF output is the same on every machine.
    /// Parallelism comes from processing several images at once instead, which scales better anyway.
    /// </summary>
    public const int LibvipsThreads = 1;

    static ImageProcessor()
    {
        // No operation cache: a build touches each source once, and cached pixels would only hold memory.
        Cache.Max = 0;
        // Refuse loaders that libvips marks as unsafe for untrusted input (ImageMagick, MATLAB, FITS, ...).
        Vips.BlockUntrusted = true;
        Vips.Concurrency = LibvipsThreads;
    }

    public ImageProcessor(ImageEncoding? encoding = null)
    {
        Encoding = encoding ?? ImageEncoding.Default;
    }

    public ImageEncoding Encoding { get; }

    /// <summary>The libvips version in use, for cache keys and diagnostics.</summary>
    public static string LibraryVersion => $"libvips {Vips.Version(0)}.{Vips.Version(1)}.{Vips.Version(2)}";

    public static ImageInfo Probe(string path) => Probe(File.ReadAllBytes(path));

    /// <summary>Reads the header only: the size as shown (after EXIF orientation), the format, animation and alpha.</summary>
    /// <exception cref="NotSupportedException">SVG, or a format the pipeline does not accept.</exception>
    /// <exception cref="InvalidDataException">The image cannot be read, or is larger than <see cref="MaxPixels"/>.</exception>
    public static ImageInfo Probe(byte[] source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var format = ImageFormats.Sniff(source) ?? throw new NotSupportedException("Not a JPEG, PNG, GIF, WebP or AVIF image.");
        if (format == ImageFormat.Svg)
        {
            throw new NotSupportedException("SVG is published as it is and never rasterised.");
        }

        if (format == ImageFormat.Heic)
        {
            // The libvips build on NuGet decodes AV1 (AVIF) but has no HEVC decoder (a patent-encumbered codec).
            throw new NotSupportedException("HEIC photos cannot be read here; export the photo as JPEG (most phones can).");
        }

        using var image = Load(source);
        int pages = image.Contains("n-pages") ? (int)image.Get("n-pages") : 1;
        int orientation = image.Contains("orientation") ? (int)image.Get("orientation") : 1;
        bool swap = orientation is >= 5 and <= 8;
        var info = new ImageInfo(
            swap ? image.Height : image.Width,
            swap ? image.Width : image.Height,
            format,
            IsAnimated: pages > 1 && format is ImageFormat.Gif or ImageFormat.WebP,
            HasAlpha: image.HasAlpha());
        if ((long)info.Width * info.Height > MaxPixels)
        {
            throw new InvalidDataException($"The image is {info.Width}×{info.Height}, more than {MaxPixels:N0} pixels.");
        }

        return info;
    }

    /// <summary>
    /// The widths to make for an image <paramref name="originalWidth"/> pixels wide: the standard widths that
    /// are narrower than it, plus its own width when that is not wider than the largest standard width (never
    /// an upscale): 1000 gives 480, 800, 1000; 4000 gives 480, 800, 1200, 1600; 300 gives 300.
    /// </summary>
    public static IReadOnlyList<int> WidthsFor(int originalWidth, IReadOnlyList<int>? standard = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(originalWidth);
        var widths = (standard ?? StandardWidths).Where(w => w > 0 && w < originalWidth).ToList();
        if ((standard ?? StandardWidths).Any(w => w >= originalWidth))
        {
            widths.Add(originalWidth);
        }

        return widths.Distinct().Order().ToList();
    }

    /// <summary>The formats to make: AVIF and WebP, then PNG for PNG, GIF or transparent sources, else JPEG.</summary>
    public static IReadOnlyList<ImageFormat> FormatsFor(ImageInfo info) => [.. ModernFormats, FallbackFormat(info)];

    public static ImageFormat FallbackFormat(ImageInfo info) =>
        info.HasAlpha || info.Format is ImageFormat.Png or ImageFormat.Gif ? ImageFormat.Png : ImageFormat.Jpeg;

    /// <summary>Every variant the site publishes for <paramref name="source"/>: <see cref="WidthsFor"/> × <see cref="FormatsFor"/>.</summary>
    public IReadOnlyList<ProcessedImage> Variants(byte[] source)
    {
        var info = Probe(source);
        return info.PassThrough ? [Original(source, info)] : Variants(source, WidthsFor(info.Width), FormatsFor(info));
    }

    /// <summary>
    /// Resizes <paramref name="source"/> to each width (a width larger than the image gives the image's own
    /// size, never an upscale) and encodes each in each format, in the order given: widths outer, formats inner.
    /// An animated image comes back once, as it is.
    /// </summary>
    public IReadOnlyList<ProcessedImage> Variants(byte[] source, IReadOnlyList<int> widths, IReadOnlyList<ImageFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(formats);
        var info = Probe(source);
        if (info.PassThrough)
        {
            return [Original(source, info)];
        }

        EnsureComplete(source, info);
        var results = new List<ProcessedImage>(widths.Count * formats.Count);
        foreach (var width in widths)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
            using var resized = Decode(() => Image.ThumbnailBuffer(source, Math.Min(width, info.Width), height: Unbounded, size: Enums.Size.Down, failOn: Enums.FailOn.Truncated));
            using var converted = ToSrgb(resized);
            // Thumbnail streams the source once, top to bottom; render it to memory so that each format can
            // read the pixels again (a PNG source cannot be re-read out of order).
            using var srgb = Decode(converted.CopyMemory);
            foreach (var format in formats)
            {
                results.Add(new ProcessedImage(srgb.Width, srgb.Height, format, Encode(srgb, format)));
            }
        }

        return results;
    }

    /// <summary>
    /// An Open Graph image of exactly <paramref name="width"/> × <paramref name="height"/> (1200 × 630 by
    /// default): scaled to cover the box (up if the source is smaller), cropped at <paramref name="focus"/>,
    /// transparency flattened onto white, as JPEG. An animated source gives its first frame.
    /// </summary>
    public ProcessedImage OpenGraph(byte[] source, int width = OpenGraphWidth, int height = OpenGraphHeight, CropFocus focus = CropFocus.Attention)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        EnsureComplete(source, Probe(source));
        var interesting = focus == CropFocus.Attention ? Enums.Interesting.Attention : Enums.Interesting.Centre;
        using var cropped = Decode(() => Image.ThumbnailBuffer(source, width, height: height, size: Enums.Size.Both, crop: interesting, failOn: Enums.FailOn.Truncated));
        using var converted = ToSrgb(cropped);
        using var srgb = Decode(converted.CopyMemory);
        return new ProcessedImage(srgb.Width, srgb.Height, ImageFormat.Jpeg, Encode(srgb, ImageFormat.Jpeg));
    }

    private static ProcessedImage Original(byte[] source, ImageInfo info) => new(info.Width, info.Height, info.Format, source);

    /// <summary>
    /// Decodes every pixel once, so that a truncated or damaged file is an error: libvips' thumbnail only warns
    /// and pads with grey. A JPEG is decoded at 1/8 scale (its DC coefficients only), which is cheap but still
    /// reads the whole stream.
    /// </summary>
    private static void EnsureComplete(byte[] source, ImageInfo info)
    {
        using var whole = Decode(() => Image.NewFromBuffer(source, info.Format == ImageFormat.Jpeg ? "shrink=8" : "", access: Enums.Access.Sequential, failOn: Enums.FailOn.Truncated));
        try
        {
            whole.Avg();
        }
        catch (VipsException e)
        {
            throw new InvalidDataException("The image cannot be read: " + e.Message.Trim(), e);
        }
    }

    private static Image Load(byte[] source) => Decode(() => Image.NewFromBuffer(source, failOn: Enums.FailOn.Truncated));

    /// <summary>
    /// Runs a libvips step that reads the source; a damaged or truncated file becomes an
    /// <see cref="InvalidDataException"/> (libvips reads lazily, so this can happen after the header was fine).
    /// </summary>
    private static Image Decode(Func<Image> step)
    {
        try
        {
            return step();
        }
        catch (VipsException e)
        {
            throw new InvalidDataException("The image cannot be read: " + e.Message.Trim(), e);
        }
    }

    /// <summary>8-bit sRGB (or 8-bit grey), whatever the source's colour space and depth.</summary>
    private static Image ToSrgb(Image image)
    {
        bool eightBit = image.Format == Enums.BandFormat.Uchar;
        if (eightBit && image.Interpretation is Enums.Interpretation.Srgb or Enums.Interpretation.Bw)
        {
            return image.Copy();
        }

        var target = image.Interpretation is Enums.Interpretation.Bw or Enums.Interpretation.Grey16 ? Enums.Interpretation.Bw : Enums.Interpretation.Srgb;
        using var converted = image.Colourspace(target);
        return converted.Format == Enums.BandFormat.Uchar ? converted.Copy() : converted.Cast(Enums.BandFormat.Uchar);
    }

    private byte[] Encode(Image image, ImageFormat format)
    {
        const Enums.ForeignKeep none = Enums.ForeignKeep.None;
        switch (format)
        {
            case ImageFormat.Avif:
                // The thread count is process-wide; put it back if anything else in the process changed it.
                if (Vips.Concurrency != LibvipsThreads)
                {
                    Vips.Concurrency = LibvipsThreads;
                }

                return image.HeifsaveBuffer(q: Encoding.AvifQuality, effort: Encoding.AvifEffort, compression: Enums.ForeignHeifCompression.Av1, bitdepth: 8, keep: none);
            case ImageFormat.WebP:
                return image.WebpsaveBuffer(q: Encoding.WebPQuality, effort: Encoding.WebPEffort, keep: none);
            case ImageFormat.Png:
                return image.PngsaveBuffer(compression: Encoding.PngCompression, keep: none);
            case ImageFormat.Jpeg:
                if (image.HasAlpha())
                {
                    using var flat = image.Flatten(background: [.. Encoding.FlattenBackground]);
                    return flat.JpegsaveBuffer(q: Encoding.JpegQuality, optimizeCoding: true, interlace: true, keep: none);
                }

                return image.JpegsaveBuffer(q: Encoding.JpegQuality, optimizeCoding: true, interlace: true, keep: none);
            default:
                throw new ArgumentException($"{format} is not an output format; use AVIF, WebP, PNG or JPEG.", nameof(format));
        }
    }
}
