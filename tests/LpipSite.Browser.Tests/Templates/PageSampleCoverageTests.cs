using System.Text.RegularExpressions;
using LpipSite.Browser.Tests.Support;
using LpipSite.Testing;

namespace LpipSite.Browser.Tests.Templates;

/// <summary>The page samples that the browser tests check cover every layout the sites produce, in both languages of the shipped site.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PageSampleCoverageTests(SiteFixture sites)
{
    [GeneratedRegex("<body class=\"layout-([a-z0-9-]+)\"")]
    private static partial Regex LayoutClass();

    private static string? LayoutOf(string file) =>
        File.Exists(file) && LayoutClass().Match(File.ReadAllText(file)) is { Success: true } m ? m.Groups[1].Value : null;

    [Fact]
    public void Every_layout_of_both_sites_and_every_theme_layout_is_in_the_page_samples()
    {
        var sampled = PageSamples.Full.Select(p => LayoutOf(PageSamples.FileFor(sites.Full, p)))
            .Concat(PageSamples.Shipped.Select(p => LayoutOf(PageSamples.FileFor(sites.Shipped, p))))
            .ToList();
        Assert.DoesNotContain(null, sampled);

        var produced = new[] { sites.Full, sites.Shipped }
            .SelectMany(s => Directory.EnumerateFiles(s.Output, "*.html", SearchOption.AllDirectories))
            .Select(LayoutOf)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var themeLayouts = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "themes", "default", "layouts"), "*.scriban-html")
            .Select(f => Path.GetFileName(f).Split('.')[0])
            .Where(name => name != "base")
            .ToHashSet(StringComparer.Ordinal);

        var missing = produced.Union(themeLayouts).Except(sampled.OfType<string>()).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "layouts with no page in PageSamples: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_layout_of_the_shipped_sites_Welsh_edition_is_in_the_Welsh_page_samples()
    {
        var welsh = Path.Combine(sites.Shipped.Output, "cy");
        var produced = Directory.EnumerateFiles(welsh, "*.html", SearchOption.AllDirectories)
            .Select(LayoutOf)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var sampled = PageSamples.ShippedWelsh.Select(p => LayoutOf(PageSamples.FileFor(sites.Shipped, p))).OfType<string>();

        var missing = produced.Except(sampled).Order(StringComparer.Ordinal).ToList();
        Assert.True(produced.Count > 10, $"the Welsh edition has only {produced.Count} layouts");
        Assert.True(missing.Count == 0, "layouts of the Welsh edition with no page in PageSamples.ShippedWelsh: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_English_sample_of_the_shipped_site_has_a_Welsh_sample_and_every_Welsh_sample_is_a_Welsh_page()
    {
        Assert.Equal(PageSamples.ShippedEnglish.Length, PageSamples.ShippedWelsh.Length);
        Assert.All(PageSamples.ShippedEnglish, p => Assert.Contains(PageSamples.InWelsh(p), PageSamples.Shipped));
        var notWelsh = PageSamples.ShippedWelsh
            .Where(p => !PageSamples.IsWelsh(p) || !File.ReadAllText(PageSamples.FileFor(sites.Shipped, p)).Contains("<html lang=\"cy\">", StringComparison.Ordinal))
            .ToList();
        Assert.True(notWelsh.Count == 0, "Welsh samples that are not Welsh pages under /cy/: " + string.Join(", ", notWelsh));
    }

    [Fact]
    public void Every_sample_page_exists_in_the_built_site()
    {
        var missing = PageSamples.Full.Where(p => !File.Exists(PageSamples.FileFor(sites.Full, p))).Select(p => "full " + p)
            .Concat(PageSamples.Shipped.Where(p => !File.Exists(PageSamples.FileFor(sites.Shipped, p))).Select(p => "shipped " + p))
            .ToList();
        Assert.True(missing.Count == 0, "sample pages not in the output: " + string.Join(", ", missing));
    }
}
