using LpipSite.Core.Checking;
using LpipSite.Core.Tests.Support;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Checking;

/// <summary>Links the templates make (not written in Markdown) are checked in the rendered pages.</summary>
public class PageLinkChecksTests
{
    [Fact]
    public void Broken_link_in_a_theme_template_is_reported_once_for_all_the_pages_it_is_on()
    {
        using var tree = new ContentTree();
        var themes = Path.Combine(tree.Root, "themes");
        LpipSite.Testing.Folders.Copy(RepositoryRoot.DefaultTheme, Path.Combine(themes, "default"));
        Directory.CreateDirectory(Path.Combine(themes, "broken", "partials"));
        File.WriteAllText(Path.Combine(themes, "broken", "theme.yml"), "name: Broken\nextends: default\n");
        File.WriteAllText(Path.Combine(themes, "broken", "partials", "footer.scriban-html"), "<footer><a href=\"/abut/\">About us</a> <a href=\"/#nowhere\">Top</a></footer>\n");

        var result = SiteChecker.Check(new CheckOptions { ContentDirectory = tree.ContentRoot, ThemeDirectory = Path.Combine(themes, "broken"), Today = ContentTree.Today });
        var messages = result.Diagnostics.Select(d => d.Format()).ToList();
        Assert.True(messages.Count == 2, string.Join("\n", messages));
        Assert.Matches(@"^themes/broken/layouts/home\.scriban-html:1:1: error LPIP0403: the page / \(and \d+ other pages\) links to /abut/, which is not a page or file of the site; did you mean '/about/'\?$",
            messages.Single(m => m.Contains("/abut/", StringComparison.Ordinal)));
        Assert.Contains(messages, m => m.Contains("links to /#nowhere, but that page has no element with that id", StringComparison.Ordinal));
    }

}
