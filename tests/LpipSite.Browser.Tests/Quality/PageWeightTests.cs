using System.IO.Compression;
using System.Text.RegularExpressions;
using LpipSite.Browser.Tests.Support;
using Microsoft.Playwright;

namespace LpipSite.Browser.Tests.Quality;

/// <summary>
/// A case study page, English or Welsh, stays light (50 KB of HTML, CSS and JavaScript after gzip), uses system
/// fonts only, and on a phone fetches only the images of its first screen, in the copy its screen needs.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PageWeightTests(SiteFixture sites)
{
    private const int Budget = 50 * 1024;

    /// <summary>The images a case study may load before the reader scrolls, on a 375 px phone.</summary>
    private const int FirstScreenImageBudget = 100 * 1024;

    [GeneratedRegex("<(?:link[^>]+rel=\"stylesheet\"[^>]+href|script[^>]+src)=\"(/[^\"]+)\"")]
    private static partial Regex PageAssets();

    private static long GzipSize(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.Length;
    }

    [Theory]
    [InlineData("full", "/case-studies/full-case-study/")]
    [InlineData("shipped", "/case-studies/ypip-communities-innovating-yorkshire-fund/")]
    [InlineData("shipped", "/case-studies/stirling-water-as-an-asset/")]
    [InlineData("shipped", "/cy/case-studies/cymru-wledig-senedd-launch-and-programme/")]
    [InlineData("shipped", "/cy/case-studies/stirling-water-as-an-asset/")]
    public void A_case_study_page_is_at_most_50_KB_of_html_css_and_js_after_gzip(string name, string path)
    {
        var site = sites.Site(name);
        var html = File.ReadAllBytes(PageSamples.FileFor(site, path));
        var files = PageAssets().Matches(System.Text.Encoding.UTF8.GetString(html)).Select(m => m.Groups[1].Value).Distinct().ToList();
        var total = GzipSize(html) + files.Sum(f => GzipSize(File.ReadAllBytes(Path.Combine(site.Output, f.TrimStart('/')))));
        Assert.True(total <= Budget, $"{path} weighs {total} bytes gzipped (HTML and {string.Join(", ", files)}), over the {Budget}-byte budget");
        Assert.NotEmpty(files);
    }

    [Fact]
    public void The_css_declares_no_web_fonts()
    {
        foreach (var css in Directory.EnumerateFiles(Path.Combine(sites.Shipped.Output, "assets", "css"), "*.css"))
        {
            var text = File.ReadAllText(css);
            Assert.DoesNotContain("@font-face", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@import", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(@"url\([^)]*\.(woff2?|ttf|otf|eot)", text);
        }
    }

    [Fact]
    public async Task A_case_study_page_loads_no_font_file_and_defines_no_font_face()
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        var fonts = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.ResourceType == "font")
            {
                fonts.Add(request.Url);
            }
        };
        await page.GotoAsync(sites.Full.Url("/case-studies/full-case-study/"), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.fonts.size"));
        Assert.Empty(fonts);
    }

    /// <summary>
    /// On a phone 375 CSS pixels wide the lead photo is shown 343 px wide, so a 2× screen needs the 800 px copy
    /// and a 3× screen the 1200 px one, in AVIF: never the 1600 px JPEG a desktop gets. Images lower down wait
    /// until the reader scrolls to them.
    /// </summary>
    [Theory]
    [InlineData(2, 800)]
    [InlineData(3, 1200)]
    public async Task A_case_studys_first_screen_on_a_375_px_phone_loads_at_most_100_KB_of_images_in_the_copy_its_screen_needs(int scale, int width)
    {
        await using var context = await sites.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 375, Height = 812 },
            DeviceScaleFactor = scale,
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        var images = new List<(string Url, int Bytes)>();
        page.Response += async (_, response) =>
        {
            if (response.Request.ResourceType == "image")
            {
                var body = await response.BodyAsync();
                lock (images)
                {
                    images.Add((response.Url, body.Length));
                }
            }
        };

        await page.GotoAsync(sites.Full.Url("/case-studies/listing-example-01/"), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var loaded = await page.EvaluateAsync<string>("() => document.querySelector('.figure img').currentSrc");

        Assert.EndsWith($"/assets/images/workshop-photo.jpg.{width}.avif", loaded, StringComparison.Ordinal);
        lock (images)
        {
            var total = images.Sum(i => i.Bytes);
            Assert.True(total <= FirstScreenImageBudget, $"the first screen loads {total} bytes of images, over the {FirstScreenImageBudget}-byte budget: {string.Join(", ", images)}");
            Assert.Equal([loaded], images.Select(i => i.Url));
        }
    }
}
