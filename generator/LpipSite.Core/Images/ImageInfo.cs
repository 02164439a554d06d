namespace LpipSite.Core.Images;

/// <summary>
/// What <see cref="ImageProcessor.Probe(byte[])"/> reads from an image's header: the size as it is shown (after
/// its EXIF orientation), its format, whether it has more than one frame and whether it has an alpha channel.
/// </summary>
public sealed record ImageInfo(int Width, int Height, ImageFormat Format, bool IsAnimated, bool HasAlpha)
{
    /// <summary>Animated images are published as they are: resizing or re-encoding them is out of scope.</summary>
    public bool PassThrough => IsAnimated;
}

/// <summary>One encoded output: its real pixel size, its format and its bytes (no metadata in them).</summary>
public sealed record ProcessedImage(int Width, int Height, ImageFormat Format, byte[] Bytes)
{
    public string MediaType => Format.MediaType();

    public string Extension => Format.Extension();
}

/// <summary>Where <see cref="ImageProcessor.OpenGraph"/> cuts the picture when its shape is not 1200:630.</summary>
public enum CropFocus
{
    /// <summary>The middle of the picture.</summary>
    Centre,

    /// <summary>The busiest, most saturated, most skin-coloured region (libvips' attention strategy).</summary>
    Attention,
}
