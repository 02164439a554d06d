namespace LpipSite.Core.Images;

/// <summary>The raster formats the image pipeline reads or writes. SVG is recognised only so that it can be refused.</summary>
public enum ImageFormat
{
    Jpeg,
    Png,
    Gif,
    WebP,
    Avif,
    Heic,
    Svg,
}

public static class ImageFormats
{
    public static string Extension(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => ".jpg",
        ImageFormat.Png => ".png",
        ImageFormat.Gif => ".gif",
        ImageFormat.WebP => ".webp",
        ImageFormat.Avif => ".avif",
        ImageFormat.Heic => ".heic",
        ImageFormat.Svg => ".svg",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string MediaType(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        ImageFormat.Gif => "image/gif",
        ImageFormat.WebP => "image/webp",
        ImageFormat.Avif => "image/avif",
        ImageFormat.Heic => "image/heic",
        ImageFormat.Svg => "image/svg+xml",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>
    /// Recognises a format from its first bytes (never from a file name), so that a renamed file cannot reach
    /// a decoder it was not meant for. Returns null for anything the pipeline does not accept.
    /// </summary>
    public static ImageFormat? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return ImageFormat.Jpeg;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return ImageFormat.Png;
        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8)) return ImageFormat.Gif;
        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)) return ImageFormat.WebP;
        if (bytes.Length >= 16 && bytes[4..8].SequenceEqual("ftyp"u8))
        {
            return IsoBrand(bytes);
        }

        return LooksLikeSvg(bytes) ? ImageFormat.Svg : null;
    }

    /// <summary>
    /// AVIF or HEIC from an ISO media file's <c>ftyp</c> box: the major brand and the compatible brands (a file
    /// may be <c>mif1</c> first and say <c>avif</c> later). An AV1 brand anywhere wins.
    /// </summary>
    private static ImageFormat? IsoBrand(ReadOnlySpan<byte> bytes)
    {
        int size = (int)Math.Min(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes), (uint)bytes.Length);
        bool heif = false;
        for (int at = 8; at + 4 <= size; at += at == 8 ? 8 : 4) // major brand, minor version, then compatible brands
        {
            var brand = bytes.Slice(at, 4);
            if (brand.SequenceEqual("avif"u8) || brand.SequenceEqual("avis"u8)) return ImageFormat.Avif;
            heif |= brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("heim"u8)
                || brand.SequenceEqual("heis"u8) || brand.SequenceEqual("hevc"u8) || brand.SequenceEqual("mif1"u8) || brand.SequenceEqual("msf1"u8);
        }

        return heif ? ImageFormat.Heic : null;
    }

    private static bool LooksLikeSvg(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        return head.TrimStart(" \t\r\n\uFEFF"u8).StartsWith("<"u8) && head.IndexOf("<svg"u8) >= 0;
    }
}
