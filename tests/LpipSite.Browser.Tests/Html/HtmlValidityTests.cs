using System.Text;
using System.Text.Json;
using LpipSite.Browser.Tests.Support;

namespace LpipSite.Browser.Tests.Html;

/// <summary>The Nu Html Checker (vnu-jar, pinned in tests/package.json) finds no error in any HTML file of any built site, the shipped site's Welsh edition included.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HtmlValidityTests(SiteFixture sites)
{
    [Fact]
    public async Task Every_html_file_of_every_built_site_passes_the_Nu_Html_Checker()
    {
        var run = await sites.HtmlChecker;
        using var report = JsonDocument.Parse(run.Json);
        var errors = report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Where(m => !IsControl(m))
            .ToList();
        var text = new StringBuilder($"the Nu Html Checker found {errors.Count} error(s):\n");
        foreach (var m in errors.Take(100))
        {
            var url = m.TryGetProperty("url", out var u) ? u.GetString() : "?";
            var line = m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"- {url}:{line}: {m.GetProperty("message").GetString()}\n");
        }

        Assert.True(errors.Count == 0, text.ToString());
    }

    [Fact]
    public async Task The_Nu_Html_Checker_reports_an_error_in_invalid_html()
    {
        // The control page checked in the same run, so a checker that reports nothing cannot pass the test above.
        var run = await sites.HtmlChecker;
        using var report = JsonDocument.Parse(run.Json);
        Assert.Contains(report.RootElement.GetProperty("messages").EnumerateArray(), m =>
            m.GetProperty("type").GetString() == "error" && IsControl(m));
    }

    [Fact]
    public async Task The_Nu_Html_Checker_checks_every_Welsh_sample_page_of_the_shipped_site()
    {
        // The checker is given whole output folders; the Welsh edition (/cy/) must be inside one of them.
        var run = await sites.HtmlChecker;
        var files = PageSamples.ShippedWelsh.Select(p => PageSamples.FileFor(sites.Shipped, p)).Distinct().ToList();
        var notChecked = files.Where(f => !File.Exists(f) || !run.Folders.Any(folder => f.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))).ToList();
        Assert.True(notChecked.Count == 0, "Welsh sample pages the checker did not check: " + string.Join(", ", notChecked));
    }

    private bool IsControl(JsonElement message) =>
        message.TryGetProperty("url", out var url) && (url.GetString() ?? "").Contains(sites.HtmlCheckerControl, StringComparison.Ordinal);
}
