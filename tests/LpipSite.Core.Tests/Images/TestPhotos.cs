using System.Buffers.Binary;
using System.Text;
using NetVips;

namespace LpipSite.Core.Tests.Images;

/// <summary>
/// Makes phone-like test photographs without any fixture files: seeded noise over smooth gradients (so they
/// compress like a photo, not like a flat fill), encoded as JPEG, with an EXIF block written by hand
/// (camera make and model, artist, orientation, the date taken and GPS latitude/longitude) and an XMP packet
/// that repeats the GPS position and the author. Shared with bench/LpipSite.Bench.Images.
/// </summary>
public static class TestPhotos
{
    /// <summary>Strings that only the planted metadata contains; none may survive processing.</summary>
    public static readonly string[] PlantedMarkers = ["LpipTestCam", "Model X-42", "Test Author", "Exif\0\0", "http://ns.adobe.com/xap/1.0/", "GPSLatitude"];

    /// <summary>A JPEG whose stored pixels are <paramref name="storedWidth"/> × <paramref name="storedHeight"/>.</summary>
    public static byte[] Jpeg(int storedWidth, int storedHeight, int orientation = 6, int seed = 1, int quality = 90)
    {
        var pixels = PhotoPixels(storedWidth, storedHeight, seed);
        using var image = Image.NewFromMemory(pixels, storedWidth, storedHeight, 3, Enums.BandFormat.Uchar);
        var jpeg = image.JpegsaveBuffer(q: quality, keep: Enums.ForeignKeep.None);
        return InsertMetadata(jpeg, Exif(orientation), Xmp());
    }

    /// <summary>An RGBA PNG with a transparent border and a half-transparent centre.</summary>
    public static byte[] PngWithAlpha(int width, int height, int seed = 2)
    {
        var rgb = PhotoPixels(width, height, seed);
        var rgba = new byte[width * height * 4];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int i = y * width + x;
                rgba[i * 4] = rgb[i * 3];
                rgba[i * 4 + 1] = rgb[i * 3 + 1];
                rgba[i * 4 + 2] = rgb[i * 3 + 2];
                bool border = x < width / 8 || y < height / 8 || x >= width - width / 8 || y >= height - height / 8;
                rgba[i * 4 + 3] = border ? (byte)0 : (byte)(x < width / 2 ? 128 : 255);
            }
        }
        using var image = Image.NewFromMemory(rgba, width, height, 4, Enums.BandFormat.Uchar);
        return image.PngsaveBuffer(keep: Enums.ForeignKeep.None);
    }

    /// <summary>An animated GIF of <paramref name="frames"/> frames (a moving bar), 100 ms each.</summary>
    public static byte[] AnimatedGif(int width, int height, int frames = 4)
    {
        var pixels = new byte[width * height * frames * 3];
        for (int f = 0; f < frames; f++)
        {
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    int i = ((f * height + y) * width + x) * 3;
                    bool bar = x / (width / frames) == f;
                    pixels[i] = bar ? (byte)220 : (byte)20;
                    pixels[i + 1] = (byte)(y * 255 / height);
                    pixels[i + 2] = bar ? (byte)40 : (byte)200;
                }
            }
        }
        using var strip = Image.NewFromMemory(pixels, width, height * frames, 3, Enums.BandFormat.Uchar);
        using var animated = strip.Mutate(m =>
        {
            m.Set(GValue.GIntType, "page-height", height);
            m.Set(GValue.ArrayIntType, "delay", Enumerable.Repeat(100, frames).ToArray());
            m.Set(GValue.GIntType, "loop", 0);
        });
        return animated.GifsaveBuffer(keep: Enums.ForeignKeep.None);
    }

    /// <summary>Smooth colour gradients and a few soft blobs, plus per-pixel noise from a seeded xorshift.</summary>
    public static byte[] PhotoPixels(int width, int height, int seed)
    {
        var pixels = new byte[width * height * 3];
        uint state = (uint)seed * 2654435761u | 1u;
        double cx = width * 0.6, cy = height * 0.4, r2 = Math.Pow(Math.Min(width, height) * 0.35, 2);
        for (int y = 0; y < height; y++)
        {
            double fy = (double)y / height;
            for (int x = 0; x < width; x++)
            {
                double fx = (double)x / width;
                double blob = Math.Exp(-((x - cx) * (x - cx) + (y - cy) * (y - cy)) / r2);
                double wave = 0.5 + 0.5 * Math.Sin(fx * 9 + fy * 5);
                state ^= state << 13; state ^= state >> 17; state ^= state << 5;
                int noise = (int)(state % 25) - 12;
                int i = (y * width + x) * 3;
                pixels[i] = Clamp(60 + 150 * fx + 40 * blob + noise);
                pixels[i + 1] = Clamp(40 + 120 * (1 - fy) + 50 * wave + noise);
                pixels[i + 2] = Clamp(90 + 100 * fy * wave + 60 * blob + noise);
            }
        }
        return pixels;
    }

    static byte Clamp(double v) => (byte)Math.Clamp((int)v, 0, 255);

    /// <summary>Inserts EXIF and XMP APP1 segments after the JPEG's SOI (and its JFIF APP0, if any).</summary>
    public static byte[] InsertMetadata(byte[] jpeg, byte[] tiffExif, string xmp)
    {
        if (jpeg[0] != 0xFF || jpeg[1] != 0xD8) throw new ArgumentException("Not a JPEG.", nameof(jpeg));
        int at = 2;
        if (jpeg[2] == 0xFF && jpeg[3] == 0xE0) at = 4 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(4));
        using var output = new MemoryStream();
        output.Write(jpeg, 0, at);
        WriteApp1(output, [.. "Exif\0\0"u8, .. tiffExif]);
        WriteApp1(output, [.. Encoding.ASCII.GetBytes("http://ns.adobe.com/xap/1.0/\0"), .. Encoding.UTF8.GetBytes(xmp)]);
        output.Write(jpeg, at, jpeg.Length - at);
        return output.ToArray();
    }

    static void WriteApp1(Stream output, byte[] payload)
    {
        output.WriteByte(0xFF);
        output.WriteByte(0xE1);
        int length = payload.Length + 2;
        output.WriteByte((byte)(length >> 8));
        output.WriteByte((byte)length);
        output.Write(payload);
    }

    public static string Xmp() =>
        "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\" "
        + "xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        + "exif:GPSLatitude=\"51,29.1234N\" exif:GPSLongitude=\"3,10.5678W\"><dc:creator><rdf:Seq><rdf:li>Test Author</rdf:li>"
        + "</rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";

    /// <summary>
    /// A little-endian TIFF structure: IFD0 (Make, Model, Orientation, Artist, pointers to the Exif and GPS
    /// IFDs), an Exif IFD (DateTimeOriginal) and a GPS IFD (version, latitude and longitude with their refs).
    /// </summary>
    public static byte[] Exif(int orientation)
    {
        var ifd0 = new List<Entry>
        {
            Ascii(0x010F, "LpipTestCam"),
            Ascii(0x0110, "Model X-42"),
            new(0x0112, 3, 1, U16((ushort)orientation)),
            Ascii(0x013B, "Test Author"),
            new(0x8769, 4, 1, new byte[4]), // Exif IFD pointer, patched below
            new(0x8825, 4, 1, new byte[4]), // GPS IFD pointer, patched below
        };
        var exifIfd = new List<Entry> { Ascii(0x9003, "2026:05:01 12:34:56") };
        var gpsIfd = new List<Entry>
        {
            new(0x0000, 1, 4, [2, 3, 0, 0]),
            Ascii(0x0001, "N"),
            Rationals(0x0002, (51, 1), (29, 1), (74, 10)),
            Ascii(0x0003, "W"),
            Rationals(0x0004, (3, 1), (10, 1), (341, 10)),
        };

        // Layout: header (8) | IFD0 | Exif IFD | GPS IFD, each IFD followed by its out-of-line values.
        int ifd0At = 8;
        int exifAt = ifd0At + IfdSize(ifd0);
        int gpsAt = exifAt + IfdSize(exifIfd);
        ifd0[4] = ifd0[4] with { Value = U32((uint)exifAt) };
        ifd0[5] = ifd0[5] with { Value = U32((uint)gpsAt) };

        using var tiff = new MemoryStream();
        tiff.Write("II"u8);
        tiff.Write(U16(42));
        tiff.Write(U32((uint)ifd0At));
        WriteIfd(tiff, ifd0);
        WriteIfd(tiff, exifIfd);
        WriteIfd(tiff, gpsIfd);
        return tiff.ToArray();
    }

    record Entry(ushort Tag, ushort Type, uint Count, byte[] Value);

    static Entry Ascii(ushort tag, string text) => new(tag, 2, (uint)text.Length + 1, [.. Encoding.ASCII.GetBytes(text), 0]);

    static Entry Rationals(ushort tag, params (uint Num, uint Den)[] values) =>
        new(tag, 5, (uint)values.Length, [.. values.SelectMany(v => U32(v.Num).Concat(U32(v.Den)))]);

    static int IfdSize(List<Entry> entries) =>
        2 + 12 * entries.Count + 4 + entries.Sum(e => e.Value.Length > 4 ? e.Value.Length + (e.Value.Length & 1) : 0);

    static void WriteIfd(MemoryStream tiff, List<Entry> entries)
    {
        int start = (int)tiff.Position;
        int dataAt = start + 2 + 12 * entries.Count + 4;
        var data = new MemoryStream();
        tiff.Write(U16((ushort)entries.Count));
        foreach (var e in entries.OrderBy(e => e.Tag))
        {
            tiff.Write(U16(e.Tag));
            tiff.Write(U16(e.Type));
            tiff.Write(U32(e.Count));
            if (e.Value.Length <= 4)
            {
                var inline = new byte[4];
                e.Value.CopyTo(inline, 0);
                tiff.Write(inline);
            }
            else
            {
                tiff.Write(U32((uint)(dataAt + data.Length)));
                data.Write(e.Value);
                if ((e.Value.Length & 1) == 1) data.WriteByte(0);
            }
        }
        tiff.Write(U32(0)); // no next IFD
        data.Position = 0;
        data.CopyTo(tiff);
    }

    static byte[] U16(ushort v) { var b = new byte[2]; BinaryPrimitives.WriteUInt16LittleEndian(b, v); return b; }

    static byte[] U32(uint v) { var b = new byte[4]; BinaryPrimitives.WriteUInt32LittleEndian(b, v); return b; }
}
