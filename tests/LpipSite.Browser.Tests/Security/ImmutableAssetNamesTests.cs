using System.Text.RegularExpressions;
using LpipSite.Browser.Tests.Support;

namespace LpipSite.Browser.Tests.Security;

/// <summary>Every file that netlify.toml caches for a year carries a content hash in its name in the built sites.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ImmutableAssetNamesTests(SiteFixture sites)
{
    [GeneratedRegex(@"\.[0-9a-f]{8,}\.(css|js)$")]
    private static partial Regex Hashed();

    [Fact]
    public void Every_file_under_assets_css_and_assets_js_has_a_content_hash_in_its_name()
    {
        foreach (var site in sites.Sites)
        {
            foreach (var folder in new[] { "css", "js" }.Select(f => Path.Combine(site.Output, "assets", f)).Where(Directory.Exists))
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                {
                    Assert.True(Hashed().IsMatch(Path.GetFileName(file)), $"{Path.GetRelativePath(site.Output, file)} in the {site.Name} site is cached as immutable but has no content hash in its name");
                }
            }
        }
    }
}
