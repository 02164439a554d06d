using System.Text;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Images;
using LpipSite.Core.Rendering;
using LpipSite.Core.Rendering.Assets;
using LpipSite.Core.Tests.Images;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Rendering;

/// <summary>What the site publishes for the photos and other images pages refer to under content/assets/.</summary>
public sealed class PublishedPhotosTests
{
    private static (IReadOnlyList<Writing.OutputFile> Files, DiagnosticBag Diagnostics) Publish(string name, byte[] bytes)
    {
        using var folder = new TemporaryFolder("lpip-assets");
        Directory.CreateDirectory(Path.Combine(folder.Path, "assets", "images"));
        File.WriteAllBytes(Path.Combine(folder.Path, "assets", "images", name), bytes);
        var bag = new DiagnosticBag();
        var files = ContentAssets.Copy(folder.Path, ["/assets/images/" + name], bag).ToList();
        return (files, bag);
    }

    [Fact]
    public void A_photo_is_published_upright_and_without_its_GPS_position_camera_or_author()
    {
        var (files, bag) = Publish("photo.jpg", TestPhotos.Jpeg(600, 400, orientation: 6));
        Assert.Empty(bag.Sorted());
        var published = Assert.Single(files);
        Assert.Equal("assets/images/photo.jpg", published.Path);
        var bytes = published.Content.ToArray();
        var text = Encoding.Latin1.GetString(bytes);
        Assert.All(TestPhotos.PlantedMarkers, marker => Assert.DoesNotContain(marker, text, StringComparison.Ordinal));
        var info = ImageProcessor.Probe(bytes);
        Assert.Equal((400, 600, ImageFormat.Jpeg), (info.Width, info.Height, info.Format));
    }

    [Fact]
    public void A_transparent_png_stays_a_transparent_png_and_the_same_bytes_each_time()
    {
        var png = TestPhotos.PngWithAlpha(120, 80);
        var first = Assert.Single(Publish("logo.png", png).Files).Content.ToArray();
        var second = Assert.Single(Publish("logo.png", png).Files).Content.ToArray();
        Assert.Equal(first, second);
        var info = ImageProcessor.Probe(first);
        Assert.Equal((120, 80, ImageFormat.Png, true), (info.Width, info.Height, info.Format, info.HasAlpha));
    }

    [Fact]
    public void Svg_and_animated_gifs_are_published_as_they_are()
    {
        var svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><rect width=\"1\" height=\"1\"/></svg>");
        Assert.Equal(svg, Assert.Single(Publish("map.svg", svg).Files).Content.ToArray());
        var gif = TestPhotos.AnimatedGif(40, 30);
        Assert.Equal(gif, Assert.Single(Publish("loop.gif", gif).Files).Content.ToArray());
    }

    [Fact]
    public void A_damaged_photo_is_a_located_error_and_is_not_published()
    {
        var jpeg = TestPhotos.Jpeg(600, 400);
        var (files, bag) = Publish("broken.jpg", jpeg[..(jpeg.Length / 2)]);
        Assert.Empty(files);
        var error = Assert.Single(bag.Sorted());
        Assert.Equal((Severity.Error, RenderCodes.ImageUnreadable, "content/assets/images/broken.jpg"), (error.Severity, error.Code, error.Location.Path));
    }
}
