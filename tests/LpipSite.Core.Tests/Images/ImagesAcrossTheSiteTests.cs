using System.Text.RegularExpressions;
using LpipSite.Core.Tests.Checking;
using LpipSite.Core.Tests.Support;
using LpipSite.Core.Writing;

namespace LpipSite.Core.Tests.Images;

/// <summary>
/// Images beyond a case study's lead photo: photos in Markdown bodies, thumbnails on cards, the credit and
/// licence line, lead images of other types and the site-wide preview image for pages without one.
/// </summary>
public sealed partial class ImagesAcrossTheSiteTests : IDisposable
{
    private const string Alt = "Volunteers sorting donated food at the Leeds hub";
    private const string CaseStudyPage = "case-studies/leeds-panel/index.html";
    private readonly ContentTree _tree = new();

    public ImagesAcrossTheSiteTests()
    {
        _tree.WriteBytes("assets/images/hub.jpg", TestPhotos.Jpeg(1000, 1400, orientation: 6));
    }

    public void Dispose() => _tree.Dispose();

    private MemorySiteWriter Build() => ImageSite.Build(_tree);

    private static string Text(MemorySiteWriter site, string path) => ImageSite.Text(site, path);

    private void GiveCaseStudyLeadImage(string extra = "") => _tree.Edit(
        "case-studies/leeds-panel.md",
        "evidence_level: not-assessed\n",
        $"evidence_level: not-assessed\nimage:\n  src: assets/images/hub.jpg\n  alt: {Alt}\n{extra}");

    [Fact]
    public void A_photo_in_a_markdown_body_becomes_a_lazy_picture_with_its_size_and_its_title_kept()
    {
        _tree.WithCaseStudyBody($"## Challenge\n\nText.\n\n![{Alt}](../assets/images/hub.jpg \"The hub in March\")\n");
        var site = Build();
        var html = Text(site, CaseStudyPage);

        var picture = Assert.Single(PictureElement().Matches(html)).Value;
        Assert.Contains("<source type=\"image/avif\" srcset=\"/assets/images/hub.jpg.480.avif 480w, /assets/images/hub.jpg.800.avif 800w, /assets/images/hub.jpg.1200.avif 1200w, /assets/images/hub.jpg.1400.avif 1400w\" sizes=\"(min-width: 44rem) 42rem, calc(100vw - 2rem)\">", picture, StringComparison.Ordinal);
        Assert.Contains("<source type=\"image/webp\"", picture, StringComparison.Ordinal);
        // Stored 1000×1400 with orientation 6: 1400×1000 upright.
        Assert.Contains($"<img src=\"/assets/images/hub.jpg.1400.jpg\" srcset=\"/assets/images/hub.jpg.480.jpg 480w, /assets/images/hub.jpg.800.jpg 800w, /assets/images/hub.jpg.1200.jpg 1200w, /assets/images/hub.jpg.1400.jpg 1400w\" sizes=\"(min-width: 44rem) 42rem, calc(100vw - 2rem)\" width=\"1400\" height=\"1000\" alt=\"{Alt}\" title=\"The hub in March\" loading=\"lazy\" decoding=\"async\">", picture, StringComparison.Ordinal);
        Assert.Equal(12, site.Files.Keys.Count(k => k.StartsWith("assets/images/hub.jpg.", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_animated_gif_in_a_body_keeps_its_frames_and_gets_its_size_and_an_svg_is_left_alone()
    {
        _tree.WriteBytes("assets/images/loop.gif", TestPhotos.AnimatedGif(120, 90));
        _tree.Write("assets/images/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>");
        _tree.WithCaseStudyBody("## Challenge\n\n![A looping chart of visits by month](../assets/images/loop.gif)\n\n![A bar chart of visits](../assets/images/chart.svg)\n");
        var site = Build();
        var html = Text(site, CaseStudyPage);

        Assert.Empty(PictureElement().Matches(html));
        Assert.Contains("<img src=\"/assets/images/loop.gif\" width=\"120\" height=\"90\" alt=\"A looping chart of visits by month\" loading=\"lazy\" decoding=\"async\">", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/assets/images/chart.svg\" loading=\"lazy\" alt=\"A bar chart of visits\">", html, StringComparison.Ordinal);
        Assert.Equal(TestPhotos.AnimatedGif(120, 90), site.Files["assets/images/loop.gif"].ToArray());
        Assert.DoesNotContain(site.Files.Keys, k => k.StartsWith("assets/images/loop.gif.", StringComparison.Ordinal) || k.StartsWith("assets/images/chart.svg.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_card_shows_a_small_decorative_thumbnail_of_the_lead_image()
    {
        GiveCaseStudyLeadImage();
        var listing = Text(Build(), "case-studies/index.html");

        var card = Assert.Single(CardWithImage().Matches(listing)).Value;
        var img = Assert.Single(ImgElement().Matches(card)).Value;
        // The card's linked title names the item: a screen reader should not hear the picture as well.
        Assert.Contains("alt=\"\"", img, StringComparison.Ordinal);
        Assert.Contains("sizes=\"6rem\"", img, StringComparison.Ordinal);
        Assert.Contains("loading=\"lazy\"", img, StringComparison.Ordinal);
        Assert.Contains("width=\"1400\" height=\"1000\"", img, StringComparison.Ordinal);
        Assert.Contains("<source type=\"image/avif\" srcset=\"/assets/images/hub.jpg.480.avif 480w", card, StringComparison.Ordinal);
        Assert.DoesNotContain("figcaption", card, StringComparison.Ordinal);
    }

    [Fact]
    public void The_credit_and_the_images_own_licence_are_shown_under_it_with_the_licence_linked()
    {
        GiveCaseStudyLeadImage("  credit: Leeds Food Hub\n  licence: CC-BY-4.0\n");
        var html = Text(Build(), CaseStudyPage);

        Assert.Contains("<figcaption>Leeds Food Hub. Licence: <a rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\">Creative Commons Attribution 4.0</a></figcaption>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_yml_image_is_the_preview_of_pages_without_a_photo_and_a_lead_photo_takes_its_place()
    {
        _tree.WriteBytes("assets/images/share.jpg", TestPhotos.Jpeg(1600, 900, orientation: 1, seed: 5));
        _tree.Edit("site.yml", "title: ", "image:\n  src: assets/images/share.jpg\n  alt: The name of the Hub on a green background\ntitle: ");
        _tree.Edit("partnerships/test-lpip.yml", "status: active\n", $"status: active\nimage:\n  src: assets/images/hub.jpg\n  alt: {Alt}\n");
        var site = Build();

        Assert.Contains("<meta property=\"og:image\" content=\"https://example.org/assets/images/share.jpg.og.jpg\">", Text(site, "about/index.html"), StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image:alt\" content=\"The name of the Hub on a green background\">", Text(site, "about/index.html"), StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image\" content=\"https://example.org/assets/images/share.jpg.og.jpg\">", Text(site, "index.html"), StringComparison.Ordinal);
        var partnership = Text(site, "partnerships/test-lpip/index.html");
        Assert.Contains("<meta property=\"og:image\" content=\"https://example.org/assets/images/hub.jpg.og.jpg\">", partnership, StringComparison.Ordinal);
        Assert.Single(PictureElement().Matches(partnership));
        Assert.True(site.Files.ContainsKey("assets/images/share.jpg.og.jpg"));
    }

    private static Regex PictureElement() => ImageSite.PictureElement();

    private static Regex ImgElement() => ImageSite.ImgElement();

    [GeneratedRegex("<article class=\"card card-with-image\">.*?</article>", RegexOptions.Singleline)]
    private static partial Regex CardWithImage();
}
