using LpipSite.Core.Rendering.Markdown;
using LpipSite.Core.Rendering.Theming;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Rendering;

public class MarkdownRendererTests
{
    private static MarkdownResult Render(string markdown) => MarkdownRenderer.Shared.Render(markdown);

    /// <summary>The renderer a build with the default theme uses: headings avoid the theme's ids.</summary>
    private static readonly Lazy<MarkdownRenderer> DefaultThemeRenderer = new(() =>
        new MarkdownRenderer(SiteTheme.Load(RepositoryRoot.DefaultTheme).Theme!.ReservedIds));

    [Fact]
    public void Pipe_tables_render_inside_a_focusable_labelled_scroll_region()
    {
        var html = Render("| Year | Value |\n|---:|---|\n| 2024 | 3 |\n").Html;

        Assert.Contains("<div class=\"table-wrap\" role=\"region\" aria-label=\"Table: Year, Value\" tabindex=\"0\">", html);
        Assert.Contains("<th scope=\"col\" class=\"align-right\">Year</th>", html);
        Assert.Contains("<td class=\"align-right\">2024</td>", html);
        Assert.DoesNotContain("style=", html);
        Assert.EndsWith("</table>\n</div>\n", html);
    }

    [Fact]
    public void Headings_get_github_style_ids_and_are_listed_with_their_text()
    {
        var result = Render("## What we did\n\ntext\n\n## Lessons for *other* places\n");

        Assert.Contains("<h2 id=\"what-we-did\">What we did</h2>", result.Html);
        Assert.Equal(
            [new HeadingInfo(2, "what-we-did", "What we did"), new HeadingInfo(2, "lessons-for-other-places", "Lessons for other places")],
            result.Headings);
    }

    [Fact]
    public void Heading_levels_start_at_h2_and_never_skip_a_level()
    {
        var result = Render("# Top\n\n#### Deep\n\n## Next\n");

        Assert.Equal([2, 3, 2], result.Headings.Select(h => h.Level));
        Assert.DoesNotContain("<h1", result.Html);
        Assert.DoesNotContain("<h4", result.Html);
    }

    [Fact]
    public void Heading_ids_never_collide_with_ids_the_theme_uses()
    {
        var result = DefaultThemeRenderer.Value.Render("## Outcomes\n\n## Outcomes 1\n");

        Assert.Equal("outcomes-2", result.Headings[0].Id);
        Assert.Equal("outcomes-1", result.Headings[1].Id);
        Assert.Equal(2, result.Headings.Select(h => h.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("Cite (APA)", "cite-apa")]
    [InlineData("Cite (Harvard)", "cite-harvard")]
    [InlineData("Cite: download", "cite-download")]
    [InlineData("Used places", "used-places")]
    [InlineData("Methods tried here", "methods-tried-here")]
    public void Heading_whose_id_a_theme_element_has_gets_another_id(string heading, string themeId)
    {
        Assert.Equal(themeId, Render("## " + heading + "\n").Headings[0].Id);

        var id = DefaultThemeRenderer.Value.Render("## " + heading + "\n").Headings[0].Id;

        Assert.Equal(themeId + "-1", id);
    }

    [Fact]
    public void Without_a_theme_headings_take_their_own_ids()
    {
        Assert.Equal("outcomes", Render("## Outcomes\n").Headings[0].Id);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](jav&#x61;script:alert(1))")]
    [InlineData("[click](&#106;avascript:alert(1))")]
    [InlineData("[click](java&#x09;script:alert(1))")]
    [InlineData("[click]( javascript:alert(1) )")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click](DATA:text/html,<script>alert(1)</script>)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("[click][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)")]
    public void Dangerous_destinations_never_reach_an_href_or_src(string markdown)
    {
        var result = Render(markdown);

        Assert.DoesNotContain("href=\"javascript", result.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", result.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", result.Html, StringComparison.Ordinal);
        Assert.Single(result.RefusedUrls);
    }

    [Fact]
    public void Refused_link_keeps_its_text_and_reports_where_it_was()
    {
        var result = Render("Intro\n\nSee [the report](javascript:alert(1)) now.");

        Assert.Contains("<p>See the report now.</p>", result.Html);
        Assert.Equal(3, result.RefusedUrls[0].Line);
        Assert.Equal(5, result.RefusedUrls[0].Column);
    }

    [Theory]
    [InlineData("[a](https://example.org/x)", "https://example.org/x")]
    [InlineData("[a](http://example.org/)", "http://example.org/")]
    [InlineData("[a](mailto:hub@example.org)", "mailto:hub@example.org")]
    [InlineData("[a](tel:+441234567890)", "tel:+441234567890")]
    [InlineData("[a](/places/leeds/)", "/places/leeds/")]
    [InlineData("[a](#lessons)", "#lessons")]
    [InlineData("[a](other-page/)", "other-page/")]
    public void Safe_destinations_survive(string markdown, string href)
    {
        var result = Render(markdown);

        Assert.Contains($"href=\"{href}\"", result.Html);
        Assert.Empty(result.RefusedUrls);
    }

    [Fact]
    public void Raw_html_is_escaped_not_passed_through()
    {
        var html = Render("<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> and <iframe src=\"https://evil\"></iframe>\n\n<style>body{display:none}</style>").Html;

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<iframe", html);
        Assert.DoesNotContain("<style", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
    }

    [Theory]
    [InlineData("![Map](../assets/images/map.png)", "/assets/images/map.png")]
    [InlineData("![Map](assets/images/map.png)", "/assets/images/map.png")]
    [InlineData("[Report](../assets/files/report.pdf)", "/assets/files/report.pdf")]
    public void Relative_asset_links_become_site_urls_and_are_collected(string markdown, string url)
    {
        var result = Render(markdown);

        Assert.Contains($"=\"{url}\"", result.Html);
        Assert.Equal([url], result.AssetPaths);
    }

    [Fact]
    public void Images_load_lazily()
    {
        var html = Render("![A map of the region](/assets/images/map.png)").Html;

        Assert.Contains("loading=\"lazy\"", html);
        Assert.Contains("alt=\"A map of the region\"", html);
    }

    [Fact]
    public void Auto_links_emphasis_extras_and_footnotes_are_enabled()
    {
        var html = Render("Visit https://example.org today. ~~old~~ ==new==.[^1]\n\n[^1]: A note.").Html;

        Assert.Contains("<a href=\"https://example.org\">https://example.org</a>", html);
        Assert.Contains("<del>old</del>", html);
        Assert.Contains("<mark>new</mark>", html);
        Assert.Contains("class=\"footnotes\"", html);
    }

    [Fact]
    public void External_links_are_noted_so_post_processing_can_mark_them()
    {
        Assert.True(Render("[x](https://example.org)").HasExternalLinks);
        Assert.False(Render("[x](/places/)").HasExternalLinks);
    }

    [Fact]
    public void Rendering_from_many_threads_gives_the_same_html()
    {
        var markdown = string.Join("\n\n", Enumerable.Range(0, 20).Select(i => $"## Section {i}\n\n| a | b |\n|---|---|\n| {i} | [x](https://example.org/{i}) |"));
        var expected = Render(markdown).Html;

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = MarkdownRenderer.Shared.Render(markdown).Html);

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
