using LpipSite.Browser.Tests.Support;
using Microsoft.Playwright;

namespace LpipSite.Browser.Tests.Layout;

/// <summary>
/// WCAG 1.4.10 reflow and 1.4.4 resize: at 320 CSS pixels wide, and at 1280 pixels zoomed to
/// 200% (a 640 CSS pixel viewport at device scale factor 2), no page content scrolls sideways, in
/// English and, on the shipped site, in Welsh.
/// Tables may scroll inside their own .table-wrap region.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReflowTests(SiteFixture sites)
{
    public static TheoryData<int, int> Viewports() => new() { { 320, 1 }, { 640, 2 } };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task No_sample_page_scrolls_sideways(int width, int scale)
    {
        await using var context = await sites.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
            DeviceScaleFactor = scale,
        });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var (site, paths) in new[] { (sites.Full, PageSamples.Full), (sites.Shipped, PageSamples.Shipped) })
        {
            foreach (var path in paths)
            {
                await page.GotoAsync(site.Url(path));
                var overflow = await page.EvaluateAsync<string?>(
                    """
                    () => {
                      const root = document.documentElement;
                      if (root.scrollWidth <= root.clientWidth) return null;
                      const wide = Array.from(document.body.querySelectorAll('*'))
                        .filter(el => el.getBoundingClientRect().right > root.clientWidth + 1)
                        .slice(0, 5).map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + ' ' + Math.round(el.getBoundingClientRect().right) + 'px');
                      return 'scrollWidth ' + root.scrollWidth + ' > clientWidth ' + root.clientWidth + ': ' + wide.join(', ');
                    }
                    """);
                if (overflow is not null)
                {
                    problems.Add($"{site.Name} {path}: {overflow}");
                }
            }
        }

        Assert.True(problems.Count == 0, $"pages that scroll sideways at {width}px (scale {scale}):\n" + string.Join('\n', problems));
    }

    [Fact]
    public async Task A_wide_table_scrolls_inside_its_own_region_at_320px()
    {
        await using var context = await sites.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Full.Url("/places/wales/"));
        Assert.True(await page.Locator(".table-wrap table").CountAsync() > 0, "the place page has no table in a .table-wrap region");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
    }
}
