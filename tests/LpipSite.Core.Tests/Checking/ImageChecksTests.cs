using LpipSite.Core.Tests.Images;
using LpipSite.Core.Tests.Support;

namespace LpipSite.Core.Tests.Checking;

/// <summary>The warnings <c>lpip check</c> gives about images: huge originals, lead photos too small for their place, and alt text that names a file.</summary>
public class ImageChecksTests
{
    private const string Path = CheckTree.CaseStudyPath;

    private static ContentTree WithLeadImage(byte[] photo, string alt = "Boats in the harbour at dawn") =>
        new ContentTree()
            .WriteBytes("assets/images/harbour.jpg", photo)
            .Edit("case-studies/leeds-panel.md", "evidence_level: not-assessed\n", $"evidence_level: not-assessed\nimage:\n  src: assets/images/harbour.jpg\n  alt: {alt}\n");

    private static IReadOnlyList<string> ImageWarnings(ContentTree tree) =>
        tree.Check().Diagnostics.Where(d => d.Code is "LPIP0212" or "LPIP0213" or "LPIP0214").Select(d => d.Format()).ToList();

    [Fact]
    public void A_large_enough_lead_photo_with_a_description_gets_no_warning()
    {
        using var tree = WithLeadImage(TestPhotos.Jpeg(1600, 1000, orientation: 1));
        Assert.Empty(tree.Check().Diagnostics);
    }

    [Fact]
    public void An_original_over_10_mb_is_reported_at_its_src_with_what_to_do()
    {
        // A valid JPEG followed by 10.2 MB that decoders ignore: the check looks at the file's size only.
        var photo = TestPhotos.Jpeg(1600, 1000, orientation: 1).Concat(new byte[10_200_000]).ToArray();
        using var tree = WithLeadImage(photo);
        var mb = ((photo.Length) / 1_000_000.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            [$"{Path}:14:8: warning LPIP0212: the image 'assets/images/harbour.jpg' is {mb} MB: every build and every copy of the repository carries it, though readers only get resized copies; save it again at most 2400 pixels wide (any photo editor's 'export' or 'resize'): it will be under 2 MB and look the same on the site"],
            ImageWarnings(tree));
    }

    [Fact]
    public void A_lead_photo_narrower_than_its_shared_preview_is_reported_with_its_width()
    {
        // Stored 1000×700 with orientation 6: 700 pixels wide as shown.
        using var tree = WithLeadImage(TestPhotos.Jpeg(1000, 700, orientation: 6));
        var warning = Assert.Single(ImageWarnings(tree));
        Assert.StartsWith($"{Path}:14:8: warning LPIP0213: the lead image 'assets/images/harbour.jpg' is 700 pixels wide:", warning, StringComparison.Ordinal);
        Assert.EndsWith("use the original photo, at least 1200 pixels wide (1600 or more is best)", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_logo_or_an_svg_lead_image_is_not_too_small()
    {
        using var tree = new ContentTree()
            .WriteBytes("assets/images/logo.png", TestPhotos.PngWithAlpha(300, 100))
            .Write("assets/images/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>")
            .Edit("partnerships/test-lpip.yml", "status: active\n", "status: active\nlogo:\n  src: assets/images/logo.png\n  alt: Test LPIP\n")
            .Edit("case-studies/leeds-panel.md", "evidence_level: not-assessed\n", "evidence_level: not-assessed\nimage:\n  src: assets/images/diagram.svg\n  alt: A diagram of the panel's three stages\n");
        Assert.Empty(ImageWarnings(tree));
    }

    [Theory]
    [InlineData("IMG_2041.jpg")]
    [InlineData("Photo")]
    [InlineData("image.")]
    [InlineData("DSC 0042")]
    public void Alt_text_that_is_a_file_name_or_just_image_is_reported_at_the_alt(string alt)
    {
        using var tree = WithLeadImage(TestPhotos.Jpeg(1600, 1000, orientation: 1), alt);
        Assert.Equal(
            [$"{Path}:15:8: warning LPIP0214: the alternative text '{alt}' does not say what the image shows: a screen reader reads out only that; describe what the picture shows and why it is there, in a sentence; or, if it adds nothing to the text, write decorative: true and leave alt empty"],
            ImageWarnings(tree));
    }

    [Fact]
    public void A_markdown_image_is_checked_at_its_line_in_the_body()
    {
        var big = TestPhotos.Jpeg(800, 600, orientation: 1).Concat(new byte[10_100_000]).ToArray();
        using var tree = new ContentTree()
            .WriteBytes("assets/images/room.jpg", big)
            .WithCaseStudyBody("## Challenge\n\nText.\n\n![screenshot](../assets/images/room.jpg)\n");
        var warnings = ImageWarnings(tree);
        Assert.Equal(2, warnings.Count);
        Assert.StartsWith($"{Path}:20:1: warning LPIP0212: the image '../assets/images/room.jpg' is 10.", warnings[0], StringComparison.Ordinal);
        Assert.StartsWith($"{Path}:20:1: warning LPIP0214: the alternative text 'screenshot' does not say what the image shows", warnings[1], StringComparison.Ordinal);
    }
}
