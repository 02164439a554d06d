namespace LpipSite.Core.Images;

/// <summary>
/// Fixed encoder settings. Every output depends only on the source bytes and these numbers (never on the
/// clock, the thread count or the machine's locale), so a rebuild writes the same bytes and a cache keyed on
/// (source hash, settings) stays valid.
/// </summary>
public sealed record ImageEncoding
{
    public static readonly ImageEncoding Default = new();

    public int JpegQuality { get; init; } = 82;

    public int WebPQuality { get; init; } = 80;

    /// <summary>libwebp's method, 0 (fast) to 6 (small).</summary>
    public int WebPEffort { get; init; } = 4;

    /// <summary>AV1 quality; 50 looks like JPEG 80 at about a fifth of its size on photographs.</summary>
    public int AvifQuality { get; init; } = 50;

    /// <summary>
    /// libheif/aom speed trade-off, 0 (fast) to 9 (small). AVIF dominates the build time: on the generated
    /// 4000×3000 test photos, libvips' default of 4 made AVIFs half the size at the same PSNR (39 dB) but took
    /// about 3.5 times as long as 2 (5.4 s against 1.5 s per photo for the four standard widths), so 2 keeps
    /// a build without its cache short. Raise it once processed images are cached between builds.
    /// </summary>
    public int AvifEffort { get; init; } = 2;

    /// <summary>zlib level for PNG fallbacks.</summary>
    public int PngCompression { get; init; } = 9;

    /// <summary>The background that transparent pixels are flattened onto when the output has no alpha (JPEG).</summary>
    public IReadOnlyList<double> FlattenBackground { get; init; } = [255, 255, 255];

    /// <summary>Every setting as text, for cache keys: two encodings with the same fingerprint write the same bytes.</summary>
    public string Fingerprint => string.Join(
        '|',
        new[] { JpegQuality, WebPQuality, WebPEffort, AvifQuality, AvifEffort, PngCompression }.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(string.Join(',', FlattenBackground.Select(n => n.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))));
}
