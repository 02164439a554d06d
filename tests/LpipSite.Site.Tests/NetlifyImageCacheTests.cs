using System.Diagnostics;
using System.Text.RegularExpressions;
using LpipSite.Testing;

namespace LpipSite.Site.Tests;

/// <summary>Netlify keeps resized images between deploys: its build plugin saves and restores the folder the build command keeps them in.</summary>
public partial class NetlifyImageCacheTests
{
    [GeneratedRegex("""\[\[plugins\]\]\s*\n\s*package = "(?<path>[^"]+)"\s*\n""")]
    private static partial Regex Plugin();

    [Fact]
    public void Netlify_toml_names_the_local_plugin_and_the_build_script_keeps_images_without_the_page_cache()
    {
        var toml = File.ReadAllText(RepositoryRoot.PathOf("netlify.toml"));
        var package = Assert.Single(Plugin().Matches(toml)).Groups["path"].Value;
        Assert.Equal("/netlify/plugins/lpip-image-cache", package);
        var folder = RepositoryRoot.PathOf(package.TrimStart('/').Split('/'));
        Assert.Equal("name: lpip-image-cache", File.ReadAllText(Path.Combine(folder, "manifest.yml")).Trim());
        Assert.Contains("'.lpip-cache/images'", File.ReadAllText(Path.Combine(folder, "index.js")), StringComparison.Ordinal);

        var script = File.ReadAllText(RepositoryRoot.PathOf("scripts", "netlify-build.sh"));
        Assert.Equal(2, Regex.Matches(script, @"exec \./scripts/build\.sh --no-cache --keep-images").Count);
    }

    [Fact]
    public async Task The_plugin_restores_before_the_build_and_saves_after_it()
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--test");
        start.ArgumentList.Add(RepositoryRoot.PathOf("tests", "tools", "netlify-image-cache.test.js"));
        using var node = Process.Start(start)!;
        var reading = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await node.WaitForExitAsync(timeout.Token);
        var output = await reading;
        Assert.True(node.ExitCode == 0, output + await errors);
        Assert.Contains("# pass 3", output, StringComparison.Ordinal);
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
    }
}
