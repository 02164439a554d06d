using System.Text;
using LpipSite.Core.Images;
using NetVips;

namespace LpipSite.Core.Tests.Images;

[Collection(ImageCollection.Name)]
public class ImageProcessorTests
{
    // Stored 2400×1800 with EXIF orientation 6: shown upright as 1800×2400 (portrait).
    private static readonly Lazy<byte[]> Photo = new(() => TestPhotos.Jpeg(2400, 1800, orientation: 6, seed: 7));
    private static readonly Lazy<byte[]> SmallPhoto = new(() => TestPhotos.Jpeg(640, 480, orientation: 6, seed: 8));
    private static readonly Lazy<byte[]> TransparentPng = new(() => TestPhotos.PngWithAlpha(640, 400));

    // The standard set for the large photo, made once: several tests look at it from different sides.
    private static readonly Lazy<IReadOnlyList<ProcessedImage>> PhotoVariants = new(() => new ImageProcessor().Variants(Photo.Value));

    private readonly ImageProcessor _processor = new();

    [Fact]
    public void Test_photo_really_carries_gps_exif_xmp_and_orientation_6()
    {
        using var image = Image.NewFromBuffer(Photo.Value);
        var fields = image.GetFields();

        Assert.Contains("exif-ifd3-GPSLatitude", fields);
        Assert.Contains("exif-ifd0-Make", fields);
        Assert.Contains("exif-ifd0-Artist", fields);
        Assert.Contains("xmp-data", fields);
        Assert.Equal(6, (int)image.Get("orientation"));
        Assert.All(TestPhotos.PlantedMarkers, marker => Assert.True(Photo.Value.AsSpan().IndexOf(Encoding.ASCII.GetBytes(marker)) >= 0, marker));
        Assert.True(Photo.Value.Length > 1_000_000, "the test photo should compress like a photo, not like a flat fill");
    }

    [Fact]
    public void Probe_reports_the_upright_size_format_and_no_alpha_of_a_rotated_jpeg()
    {
        var info = ImageProcessor.Probe(Photo.Value);

        Assert.Equal(new ImageInfo(1800, 2400, ImageFormat.Jpeg, IsAnimated: false, HasAlpha: false), info);
    }

    [Theory]
    [InlineData(4000, new[] { 480, 800, 1200, 1600 })]
    [InlineData(1600, new[] { 480, 800, 1200, 1600 })]
    [InlineData(1000, new[] { 480, 800, 1000 })]
    [InlineData(480, new[] { 480 })]
    [InlineData(300, new[] { 300 })]
    public void Standard_widths_are_capped_at_the_original_width_and_include_it_when_smaller(int original, int[] expected)
    {
        Assert.Equal(expected, ImageProcessor.WidthsFor(original));
    }

    [Fact]
    public void Large_rotated_photo_gives_every_standard_width_in_avif_webp_and_jpeg_upright()
    {
        var variants = PhotoVariants.Value;

        var expected = from w in new[] { 480, 800, 1200, 1600 }
                       from f in new[] { ImageFormat.Avif, ImageFormat.WebP, ImageFormat.Jpeg }
                       select (w, (int)Math.Round(w * 2400.0 / 1800), f);
        Assert.Equal(expected, variants.Select(v => (v.Width, v.Height, v.Format)));
        foreach (var variant in variants)
        {
            using var back = Image.NewFromBuffer(variant.Bytes);
            Assert.Equal((variant.Width, variant.Height), (back.Width, back.Height));
            Assert.Equal(variant.Format, ImageFormats.Sniff(variant.Bytes));
        }
    }

    [Fact]
    public void Orientation_6_is_applied_to_the_pixels_not_just_the_size()
    {
        var variant = _processor.Variants(Photo.Value, [480], [ImageFormat.Jpeg]).Single();

        using var output = Image.NewFromBuffer(variant.Bytes);
        using var source = Image.NewFromBuffer(Photo.Value);
        using var upright = source.Autorot();
        using var expected = upright.Resize(480.0 / upright.Width);
        using var unrotated = source.Resize(480.0 / source.Width);
        Assert.True(output.Height > output.Width);
        Assert.True(MeanDifference(output, expected) < 6, "output should match the source turned upright");
        Assert.True(MeanDifference(output, unrotated) > 20, "output should not match the source as stored");
    }

    [Fact]
    public void Images_are_never_upscaled()
    {
        var variants = _processor.Variants(SmallPhoto.Value, [240, 480, 800, 1600], [ImageFormat.WebP, ImageFormat.Jpeg]);

        Assert.Equal([240, 240, 480, 480, 480, 480, 480, 480], variants.Select(v => v.Width));
        Assert.All(variants, v => Assert.Equal(v.Width == 240 ? 320 : 640, v.Height));
    }

    [Fact]
    public void Gps_exif_xmp_and_author_are_gone_from_every_output()
    {
        var outputs = PhotoVariants.Value.Append(_processor.OpenGraph(Photo.Value)).ToList();

        Assert.Equal(13, outputs.Count);
        foreach (var output in outputs)
        {
            AssertNoMetadata(output);
        }
    }

    [Fact]
    public void Png_with_alpha_keeps_alpha_in_avif_webp_and_the_png_fallback()
    {
        var info = ImageProcessor.Probe(TransparentPng.Value);
        var variants = _processor.Variants(TransparentPng.Value);

        Assert.True(info.HasAlpha);
        Assert.Equal([ImageFormat.Avif, ImageFormat.WebP, ImageFormat.Png], ImageProcessor.FormatsFor(info));
        Assert.Equal([480, 480, 480, 640, 640, 640], variants.Select(v => v.Width));
        foreach (var variant in variants)
        {
            using var back = Image.NewFromBuffer(variant.Bytes);
            Assert.True(back.HasAlpha(), $"{variant.Format} {variant.Width} lost its alpha channel");
            Assert.True(back[back.Bands - 1].Getpoint(2, 2)[0] < 10, $"{variant.Format} {variant.Width}: the transparent border became opaque");
            Assert.True(back[back.Bands - 1].Getpoint(back.Width / 2 + 10, back.Height / 2)[0] > 245, $"{variant.Format} {variant.Width}: the opaque centre became transparent");
            AssertNoMetadata(variant);
        }
    }

    [Fact]
    public void Open_graph_image_of_a_transparent_png_is_flattened_onto_white()
    {
        var og = _processor.OpenGraph(TransparentPng.Value, focus: CropFocus.Centre);

        using var back = Image.NewFromBuffer(og.Bytes);
        Assert.False(back.HasAlpha());
        Assert.All(back.Getpoint(2, 300), band => Assert.True(band > 245));
    }

    [Fact]
    public void Animated_gif_is_passed_through_byte_for_byte()
    {
        var gif = TestPhotos.AnimatedGif(120, 80, frames: 4);

        var info = ImageProcessor.Probe(gif);
        var variants = _processor.Variants(gif);

        Assert.True(info.IsAnimated);
        Assert.True(info.PassThrough);
        Assert.Equal((120, 80, ImageFormat.Gif), (info.Width, info.Height, info.Format));
        var only = Assert.Single(variants);
        Assert.Equal(gif, only.Bytes);
    }

    [Theory]
    [InlineData(CropFocus.Attention)]
    [InlineData(CropFocus.Centre)]
    public void Open_graph_image_is_exactly_1200_by_630_from_a_portrait_photo_and_from_a_small_one(CropFocus focus)
    {
        foreach (var source in new[] { Photo.Value, SmallPhoto.Value, TransparentPng.Value })
        {
            var og = _processor.OpenGraph(source, focus: focus);

            using var back = Image.NewFromBuffer(og.Bytes);
            Assert.Equal((1200, 630, ImageFormat.Jpeg), (og.Width, og.Height, og.Format));
            Assert.Equal((1200, 630), (back.Width, back.Height));
        }
    }

    [Fact]
    public void Svg_is_refused_rather_than_rasterised()
    {
        var svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>"u8.ToArray();

        Assert.Equal(ImageFormat.Svg, ImageFormats.Sniff(svg));
        Assert.Throws<NotSupportedException>(() => ImageProcessor.Probe(svg));
        Assert.Throws<NotSupportedException>(() => _processor.Variants(svg));
    }

    [Fact]
    public void Avif_and_webp_sources_are_read_like_jpegs()
    {
        var small = _processor.Variants(SmallPhoto.Value, [320], [ImageFormat.Avif, ImageFormat.WebP]);

        foreach (var source in small)
        {
            var info = ImageProcessor.Probe(source.Bytes);
            var again = _processor.Variants(source.Bytes);

            Assert.Equal((320, 427, source.Format), (info.Width, info.Height, info.Format));
            Assert.Equal([ImageFormat.Avif, ImageFormat.WebP, ImageFormat.Jpeg], again.Select(v => v.Format));
            Assert.All(again, v => Assert.Equal((320, 427), (v.Width, v.Height)));
        }
    }

    [Theory]
    [InlineData("avif", "mif1", ImageFormat.Avif)]
    [InlineData("mif1", "avif", ImageFormat.Avif)]
    [InlineData("heic", "mif1", ImageFormat.Heic)]
    [InlineData("mif1", "heic", ImageFormat.Heic)]
    public void Iso_media_files_are_told_apart_by_any_of_their_brands(string major, string compatible, ImageFormat expected)
    {
        Assert.Equal(expected, ImageFormats.Sniff(IsoHeader(major, compatible)));
    }

    [Fact]
    public void Heic_is_refused_with_a_reason_because_there_is_no_hevc_decoder()
    {
        var heic = IsoHeader("heic", "mif1");

        var refused = Assert.Throws<NotSupportedException>(() => ImageProcessor.Probe(heic));
        Assert.Contains("JPEG", refused.Message);
    }

    [Fact]
    public void A_truncated_photo_is_an_error_not_a_half_grey_picture()
    {
        var truncated = SmallPhoto.Value[..(SmallPhoto.Value.Length * 2 / 3)];

        Assert.Throws<InvalidDataException>(() => _processor.Variants(truncated, [320], [ImageFormat.Jpeg]));
        Assert.Throws<InvalidDataException>(() => _processor.OpenGraph(truncated));
    }

    [Fact]
    public void Bytes_that_are_not_an_image_are_refused()
    {
        Assert.Throws<NotSupportedException>(() => ImageProcessor.Probe("hello, world"u8.ToArray()));
        Assert.Throws<InvalidDataException>(() => ImageProcessor.Probe([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]));
    }

    private static byte[] IsoHeader(string major, string compatible) =>
        [0, 0, 0, 24, .. "ftyp"u8, .. Encoding.ASCII.GetBytes(major), 0, 0, 0, 0, .. Encoding.ASCII.GetBytes(major), .. Encoding.ASCII.GetBytes(compatible), 0, 0, 0, 0];

    private static void AssertNoMetadata(ProcessedImage output)
    {
        using var back = Image.NewFromBuffer(output.Bytes);
        var fields = back.GetFields();
        string what = $"{output.Format} {output.Width}×{output.Height}";
        Assert.DoesNotContain(fields, f => f.StartsWith("exif", StringComparison.Ordinal));
        Assert.DoesNotContain(fields, f => f is "xmp-data" or "iptc-data" or "icc-profile-data");
        Assert.False(back.Contains("orientation") && (int)back.Get("orientation") != 1, $"{what} keeps an orientation tag");
        foreach (var marker in TestPhotos.PlantedMarkers.Append("Exif").Append("EXIF").Append("XMP ").Append("adobe"))
        {
            Assert.True(output.Bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(marker)) < 0, $"{what} contains \"{marker}\"");
        }
    }

    private static double MeanDifference(Image a, Image b)
    {
        int w = Math.Min(a.Width, b.Width), h = Math.Min(a.Height, b.Height);
        using var ca = a.Crop(0, 0, w, h);
        using var cb = b.Crop(0, 0, w, h);
        using var diff = (ca - cb).Abs();
        return diff.Avg();
    }
}
