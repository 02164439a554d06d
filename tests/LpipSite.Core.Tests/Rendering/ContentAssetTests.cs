using LpipSite.Core.Rendering;
using LpipSite.Core.Tests.Support;

namespace LpipSite.Core.Tests.Rendering;

public sealed class ContentAssetTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "lpip-content-" + Guid.NewGuid().ToString("N"), "content");

    public ContentAssetTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "assets", "images"));
        Directory.CreateDirectory(Path.Combine(_root, "assets", "files"));
        File.WriteAllText(Path.Combine(_root, "assets", "images", "panel.jpg"), "jpeg");
        File.WriteAllText(Path.Combine(_root, "assets", "files", "slides.pdf"), "pdf");
        File.WriteAllText(Path.Combine(_root, "assets", "images", "unused.png"), "png");
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_root)!, recursive: true);

    [Fact]
    public void Referenced_content_assets_are_copied_and_unreferenced_ones_are_not()
    {
        var result = SiteRenderer.Render(FixtureSite.Sample.Model(), FixtureSite.Sample.Options() with { ContentRoot = _root });

        Assert.Equal("jpeg", result.Html("assets/images/panel.jpg"));
        Assert.Equal("pdf", result.Html("assets/files/slides.pdf"));
        Assert.DoesNotContain(result.Files, f => f.Path == "assets/images/unused.png");
        var missing = Assert.Single(result.Diagnostics, d => d.Code == RenderCodes.AssetMissing);
        Assert.Contains("placecast-1-transcript.txt", missing.Message);
    }

    [Theory]
    [InlineData("/assets/../../etc/passwd")]
    [InlineData("/assets/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/assets/..%2F..%2Fsecret")]
    [InlineData("/elsewhere/file.txt")]
    public void Asset_paths_that_leave_content_assets_are_refused(string sitePath)
    {
        Assert.Null(LpipSite.Core.Rendering.Assets.ContentAssets.Resolve(_root, sitePath));
    }

    [Fact]
    public void Asset_paths_are_unescaped_inside_content_assets()
    {
        Assert.Equal(
            Path.Combine(Path.GetFullPath(_root), "assets", "files", "a b.pdf"),
            LpipSite.Core.Rendering.Assets.ContentAssets.Resolve(_root, "/assets/files/a%20b.pdf"));
    }
}
