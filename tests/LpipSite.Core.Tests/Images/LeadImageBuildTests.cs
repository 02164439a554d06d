using System.Text;
using System.Text.RegularExpressions;
using LpipSite.Core.Caching;
using LpipSite.Core.Images;
using LpipSite.Core.Tests.Support;
using LpipSite.Core.Writing;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Images;

/// <summary>
/// A small site whose case study has a phone photo (stored 1200×1700, EXIF orientation 6, so 1700×1200
/// upright) as its lead image: what the page says about it and the files published for it.
/// </summary>
public sealed partial class LeadImageBuildTests : IDisposable
{
    private const string PagePath = "case-studies/leeds-panel/index.html";
    private static readonly byte[] Photo = TestPhotos.Jpeg(1200, 1700, orientation: 6);
    private readonly ContentTree _tree = new();

    public LeadImageBuildTests()
    {
        _tree.WriteBytes("assets/images/harbour.jpg", Photo);
        _tree.Edit(
            "case-studies/leeds-panel.md",
            "evidence_level: not-assessed\n",
            "evidence_level: not-assessed\nimage:\n  src: assets/images/harbour.jpg\n  alt: Boats in the harbour at dawn\n");
    }

    public void Dispose() => _tree.Dispose();

    private MemorySiteWriter Build(int? threads = null, RenderCache? cache = null) => ImageSite.Build(_tree, threads, cache);

    private static string Text(MemorySiteWriter site, string path) => ImageSite.Text(site, path);

    [Fact]
    public void The_lead_photo_is_a_picture_offering_avif_webp_and_jpeg_at_widths_never_above_the_original_with_its_upright_size()
    {
        var html = Text(Build(), PagePath);

        var picture = Assert.Single(PictureElement().Matches(html)).Value;
        var sources = SourceElement().Matches(picture).Select(m => (Type: m.Groups["type"].Value, Srcset: m.Groups["srcset"].Value, Sizes: m.Groups["sizes"].Value)).ToList();
        Assert.Equal(["image/avif", "image/webp"], sources.Select(s => s.Type));
        Assert.Equal(
            "/assets/images/harbour.jpg.480.avif 480w, /assets/images/harbour.jpg.800.avif 800w, /assets/images/harbour.jpg.1200.avif 1200w, /assets/images/harbour.jpg.1600.avif 1600w",
            sources[0].Srcset);
        Assert.All(sources, s => Assert.Equal("(min-width: 44rem) 42rem, calc(100vw - 2rem)", s.Sizes));

        var img = Assert.Single(ImgElement().Matches(picture)).Value;
        Assert.Contains("src=\"/assets/images/harbour.jpg.1600.jpg\"", img, StringComparison.Ordinal);
        Assert.Contains("srcset=\"/assets/images/harbour.jpg.480.jpg 480w, /assets/images/harbour.jpg.800.jpg 800w, /assets/images/harbour.jpg.1200.jpg 1200w, /assets/images/harbour.jpg.1600.jpg 1600w\"", img, StringComparison.Ordinal);
        Assert.Contains("sizes=\"(min-width: 44rem) 42rem, calc(100vw - 2rem)\"", img, StringComparison.Ordinal);
        // 1700×1200 upright, scaled to 1600 wide: 1200 × 1600 / 1700 = 1129.4.
        Assert.Contains("width=\"1600\" height=\"1129\"", img, StringComparison.Ordinal);
        Assert.Contains("alt=\"Boats in the harbour at dawn\"", img, StringComparison.Ordinal);
        // The largest picture near the top of the page: fetched early, never lazily.
        Assert.Contains("fetchpriority=\"high\"", img, StringComparison.Ordinal);
        Assert.DoesNotContain("loading=\"lazy\"", img, StringComparison.Ordinal);
        Assert.All(sources.SelectMany(s => s.Srcset.Split(", ")).Select(c => int.Parse(c[(c.LastIndexOf(' ') + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)), w => Assert.InRange(w, 1, 1700));
    }

    [Fact]
    public void Every_variant_is_published_at_the_size_the_page_says_without_the_photos_metadata()
    {
        var site = Build();
        var heights = new Dictionary<int, int> { [480] = 339, [800] = 565, [1200] = 847, [1600] = 1129 };
        foreach (var (width, height) in heights)
        {
            foreach (var (extension, format) in new[] { ("avif", ImageFormat.Avif), ("webp", ImageFormat.WebP), ("jpg", ImageFormat.Jpeg) })
            {
                var bytes = site.Files[$"assets/images/harbour.jpg.{width}.{extension}"].ToArray();
                var info = ImageProcessor.Probe(bytes);
                Assert.Equal((width, height, format), (info.Width, info.Height, info.Format));
                var text = Encoding.Latin1.GetString(bytes);
                Assert.All(TestPhotos.PlantedMarkers, marker => Assert.DoesNotContain(marker, text, StringComparison.Ordinal));
            }
        }

        Assert.Equal(12, site.Files.Keys.Count(k => k.StartsWith("assets/images/harbour.jpg.", StringComparison.Ordinal) && !k.EndsWith(".og.jpg", StringComparison.Ordinal)));
        // The page links only the copies: the full-size original is not published.
        Assert.False(site.Files.ContainsKey("assets/images/harbour.jpg"));
    }

    [Fact]
    public void The_page_has_an_open_graph_image_of_1200_by_630_at_an_absolute_address()
    {
        var site = Build();
        var html = Text(site, PagePath);

        Assert.Contains("<meta property=\"og:image\" content=\"https://example.org/assets/images/harbour.jpg.og.jpg\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image:width\" content=\"1200\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image:height\" content=\"630\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image:alt\" content=\"Boats in the harbour at dawn\">", html, StringComparison.Ordinal);
        var og = site.Files["assets/images/harbour.jpg.og.jpg"].ToArray();
        var info = ImageProcessor.Probe(og);
        Assert.Equal((1200, 630, ImageFormat.Jpeg), (info.Width, info.Height, info.Format));
        Assert.All(TestPhotos.PlantedMarkers, marker => Assert.DoesNotContain(marker, Encoding.Latin1.GetString(og), StringComparison.Ordinal));
        // Pages without a lead photo have none.
        Assert.DoesNotContain("og:image", Text(site, "about/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_builds_and_one_or_several_threads_write_the_same_bytes()
    {
        var first = Build(threads: 1);
        var second = Build(threads: 4);

        Assert.Equal(first.Files.Keys.Order(StringComparer.Ordinal), second.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(first.Files, file => Assert.True(file.Value.Span.SequenceEqual(second.Files[file.Key].Span), file.Key));
    }

    [Fact]
    public void The_cache_gives_the_same_bytes_and_a_second_build_encodes_nothing()
    {
        using var folder = new TemporaryFolder("lpip-image-cache");
        var uncached = Build(threads: 2);

        var cold = RenderCache.OnDisk(folder.Path);
        var firstCached = Build(threads: 2, cache: cold);
        // 12 variants and the Open Graph crop (the original is not published: the page links only the copies).
        Assert.Equal((13, 0), (cold.Images.Encoded, cold.Images.Reused));

        // A new process: only what is on disk.
        var warm = RenderCache.OnDisk(folder.Path);
        var secondCached = Build(threads: 2, cache: warm);
        Assert.Equal((0, 13), (warm.Images.Encoded, warm.Images.Reused));

        foreach (var site in new[] { firstCached, secondCached })
        {
            Assert.Equal(uncached.Files.Keys.Order(StringComparer.Ordinal), site.Files.Keys.Order(StringComparer.Ordinal));
            Assert.All(
                uncached.Files.Where(f => f.Key.StartsWith("assets/images/", StringComparison.Ordinal)),
                file => Assert.True(file.Value.Span.SequenceEqual(site.Files[file.Key].Span), file.Key));
        }

        // A changed photo is encoded again, and the old one's outputs are forgotten.
        _tree.WriteBytes("assets/images/harbour.jpg", TestPhotos.Jpeg(1200, 1700, orientation: 6, seed: 7));
        var changed = RenderCache.OnDisk(folder.Path);
        Build(threads: 2, cache: changed);
        Assert.Equal((13, 0), (changed.Images.Encoded, changed.Images.Reused));
        Assert.Equal(13, Directory.EnumerateFiles(Path.Combine(folder.Path, "images"), "*.bin", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void A_photo_narrower_than_the_smallest_width_is_offered_at_its_own_width_only()
    {
        _tree.WriteBytes("assets/images/harbour.jpg", TestPhotos.Jpeg(300, 200, orientation: 1));
        var site = Build();
        var img = Assert.Single(ImgElement().Matches(Assert.Single(PictureElement().Matches(Text(site, PagePath))).Value)).Value;

        Assert.Contains("srcset=\"/assets/images/harbour.jpg.300.jpg 300w\"", img, StringComparison.Ordinal);
        Assert.Contains("width=\"300\" height=\"200\"", img, StringComparison.Ordinal);
        Assert.Equal(3, site.Files.Keys.Count(k => k.StartsWith("assets/images/harbour.jpg.300.", StringComparison.Ordinal)));
        Assert.DoesNotContain(site.Files.Keys, k => k.StartsWith("assets/images/harbour.jpg.480.", StringComparison.Ordinal));
    }

    [Fact]
    public void An_svg_or_an_animated_gif_stays_a_plain_img_with_no_variants_and_no_open_graph_image()
    {
        _tree.WriteBytes("assets/images/loop.gif", TestPhotos.AnimatedGif(120, 90));
        _tree.Edit("case-studies/leeds-panel.md", "src: assets/images/harbour.jpg", "src: assets/images/loop.gif");
        var site = Build();
        var html = Text(site, PagePath);

        Assert.Empty(PictureElement().Matches(html));
        Assert.Contains("<img src=\"/assets/images/loop.gif\" width=\"120\" height=\"90\" alt=\"Boats in the harbour at dawn\" fetchpriority=\"high\" decoding=\"async\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("og:image", html, StringComparison.Ordinal);
        Assert.DoesNotContain(site.Files.Keys, k => k.StartsWith("assets/images/loop.gif.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_transparent_png_logo_falls_back_to_png_loads_eagerly_and_has_no_open_graph_image()
    {
        _tree.WriteBytes("assets/images/logo.png", TestPhotos.PngWithAlpha(900, 300));
        _tree.Edit("partnerships/test-lpip.yml", "status: active\n", "status: active\nlogo:\n  src: assets/images/logo.png\n  alt: Test LPIP\n");
        var site = Build();
        var html = Text(site, "partnerships/test-lpip/index.html");

        // The page's other picture is the thumbnail on its case study's card.
        var logo = Assert.Single(PictureElement().Matches(html), m => m.Value.Contains("logo.png", StringComparison.Ordinal)).Value;
        var img = Assert.Single(ImgElement().Matches(logo)).Value;
        Assert.Contains("srcset=\"/assets/images/logo.png.480.png 480w, /assets/images/logo.png.800.png 800w, /assets/images/logo.png.900.png 900w\"", img, StringComparison.Ordinal);
        Assert.Contains("width=\"900\" height=\"300\"", img, StringComparison.Ordinal);
        Assert.DoesNotContain("loading=", img, StringComparison.Ordinal);
        Assert.DoesNotContain("fetchpriority", img, StringComparison.Ordinal);
        Assert.DoesNotContain("og:image", html, StringComparison.Ordinal);
        var fallback = ImageProcessor.Probe(site.Files["assets/images/logo.png.480.png"].ToArray());
        Assert.Equal((480, 160, ImageFormat.Png, true), (fallback.Width, fallback.Height, fallback.Format, fallback.HasAlpha));
    }

    [Fact]
    public void A_cache_key_changes_with_the_source_the_output_and_every_encoder_setting()
    {
        var cache = ImageCache.InMemory();
        var hash = ImageCache.SourceHash(Photo);
        var key = cache.KeyOf(hash, "480.avif");

        Assert.Equal(key, ImageCache.InMemory().KeyOf(hash, "480.avif"));
        Assert.NotEqual(key, cache.KeyOf(hash, "800.avif"));
        Assert.NotEqual(key, cache.KeyOf(ImageCache.SourceHash([.. Photo, 0]), "480.avif"));
        Assert.NotEqual(key, ImageCache.InMemory(new ImageEncoding { AvifEffort = 4 }).KeyOf(hash, "480.avif"));
        Assert.NotEqual(key, ImageCache.InMemory(new ImageEncoding { FlattenBackground = [0, 0, 0] }).KeyOf(hash, "480.avif"));
    }

    [Theory]
    [InlineData(1999, 1333)]
    [InlineData(1601, 901)]
    [InlineData(1234, 567)]
    [InlineData(987, 1501)]
    public void The_height_a_page_gives_each_width_is_the_height_libvips_makes(int width, int height)
    {
        var source = TestPhotos.Jpeg(width, height, orientation: 1, quality: 70);
        var info = ImageProcessor.Probe(source);
        var image = new LpipSite.Core.Rendering.Assets.CataloguedImage("/assets/a.jpg", "assets/a.jpg", info, ImageProcessor.WidthsFor(info.Width), ImageProcessor.FormatsFor(info));
        var made = new ImageProcessor().Variants(source, image.Widths, [ImageFormat.Jpeg]);

        Assert.Equal(image.Widths.Select(w => (w, image.HeightAt(w))), made.Select(m => (m.Width, m.Height)));
    }

    private static Regex PictureElement() => ImageSite.PictureElement();

    private static Regex SourceElement() => ImageSite.SourceElement();

    private static Regex ImgElement() => ImageSite.ImgElement();
}
