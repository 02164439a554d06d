using System.Text.RegularExpressions;
using LpipSite.Site.Tests.Support;
using LpipSite.Testing;

namespace LpipSite.Site.Tests;

/// <summary>
/// Translations through the real command line: a bilingual build of the minimal fixture, the
/// contributor's errors for bad translation files, and 'lpip translations' reporting and marking.
/// </summary>
public partial class TranslationsTests
{
    private const string WelshAbout = "---\ntitle: Amdanom ni\nsummary: Am yr Hyb.\ntranslation:\n  reviewed: false\n---\nTestun amdanom ni.\n";

    /// <summary>The minimal fixture in English and Welsh, with the About page translated (not yet marked current).</summary>
    private static SiteTree Bilingual()
    {
        var site = SiteTree.FromFixture("minimal");
        site.Write("site.yml", site.ReadContent("site.yml") + "languages: [en, cy]\nmenu:\n  - label: About\n    url: /about/\n");
        site.Write("pages/about.cy.md", WelshAbout);
        return site;
    }

    [Fact]
    public void Every_page_has_a_Welsh_twin_under_cy_and_each_links_to_the_other()
    {
        using var site = Bilingual();
        var run = site.Build("--no-cache");
        Assert.True(run.ExitCode == 0, run.Stderr);

        var english = Pages(site.Output).Where(p => !p.StartsWith("cy/", StringComparison.Ordinal)).ToList();
        var welsh = Pages(site.Output).Where(p => p.StartsWith("cy/", StringComparison.Ordinal)).Select(p => p[3..]).ToList();
        Assert.Equal(english, welsh);
        foreach (var page in english.Where(p => p != "404.html"))
        {
            var url = "/" + page[..^"index.html".Length];
            var en = site.ReadOutput(page);
            var cy = site.ReadOutput("cy/" + page);
            foreach (var html in new[] { en, cy })
            {
                Assert.Contains($"<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org{url}\">", html, StringComparison.Ordinal);
                Assert.Contains($"<link rel=\"alternate\" hreflang=\"cy\" href=\"https://example.org/cy{url}\">", html, StringComparison.Ordinal);
                Assert.Contains($"<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org{url}\">", html, StringComparison.Ordinal);
            }

            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">", en, StringComparison.Ordinal);
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"cy\">", cy, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"/cy{url}\" hreflang=\"cy\" lang=\"cy\">Cymraeg</a>", en, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"{url}\" hreflang=\"en\" lang=\"en-GB\">English</a>", cy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Welsh_pages_link_only_to_Welsh_pages_except_where_hreflang_names_another_language()
    {
        using var site = Bilingual();
        Assert.Equal(0, site.Build("--no-cache").ExitCode);
        foreach (var page in Pages(site.Output).Where(p => p.StartsWith("cy/", StringComparison.Ordinal)))
        {
            var html = site.ReadOutput(page);
            foreach (Match tag in Tag().Matches(html))
            {
                if (tag.Value.Contains(" hreflang=", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match href in Href().Matches(tag.Value))
                {
                    var target = href.Groups[1].Value.Replace("https://example.org", string.Empty, StringComparison.Ordinal);
                    if (target.StartsWith('/') && !target.StartsWith("/assets/", StringComparison.Ordinal))
                    {
                        Assert.True(target.StartsWith("/cy/", StringComparison.Ordinal), $"{page} links to {target}");
                        var file = target.Split('#', '?')[0].TrimStart('/');
                        Assert.True(site.OutputExists(file.EndsWith('/') ? file + "index.html" : file), $"{page} links to {target}, which was not written");
                    }
                }
            }
        }
    }

    [Fact]
    public void An_untranslated_item_keeps_its_Welsh_page_with_its_English_text_marked_and_a_notice()
    {
        using var site = Bilingual();
        Assert.Equal(0, site.Build("--no-cache").ExitCode);
        var page = site.ReadOutput("cy/case-studies/leeds-panel/index.html");
        Assert.Contains("<h1 lang=\"en-GB\">A panel in Leeds</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"lead\" lang=\"en-GB\">Residents advised the partnership.</p>", page, StringComparison.Ordinal);
        Assert.Contains("translation-notice", page, StringComparison.Ordinal);
        Assert.DoesNotContain("lang=\"en-GB\"", site.ReadOutput("case-studies/leeds-panel/index.html").Replace("<html lang=\"en-GB\">", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_translated_page_shows_its_translation_and_says_it_is_out_of_date_and_unreviewed()
    {
        using var site = Bilingual();
        var run = site.Build("--no-cache");
        Assert.Contains("content/pages/about.cy.md:5:3: warning LPIP0506:", run.Stderr, StringComparison.Ordinal);
        var page = site.ReadOutput("cy/about/index.html");
        Assert.Contains("<h1>Amdanom ni</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Testun amdanom ni.", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/about/\" hreflang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/cy/about/\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Marking_a_translation_current_records_the_source_and_silences_the_warning_until_the_source_changes()
    {
        using var site = Bilingual();
        var mark = Lpip.Run(site.Root, "translations", "--content", site.Content, "--mark-current", Path.Combine(site.Content, "pages/about.cy.md"));
        Assert.True(mark.ExitCode == 0, mark.Stderr);
        Assert.Matches(@"translation:\n  reviewed: false\n  source: [0-9a-f]{12}\n", site.ReadContent("pages/about.cy.md"));
        Assert.DoesNotContain("LPIP0506", site.Check().Stdout + site.Check().Stderr, StringComparison.Ordinal);

        // A date is not translated: changing it leaves the translation current.
        site.Write("pages/about.md", site.ReadContent("pages/about.md").Replace("summary: About the Hub.", "summary: About the Hub.\nupdated: 2026-01-01", StringComparison.Ordinal));
        Assert.DoesNotContain("LPIP0506", site.Build("--no-cache").Stderr, StringComparison.Ordinal);

        site.Write("pages/about.md", site.ReadContent("pages/about.md").Replace("About text.", "About text, changed.", StringComparison.Ordinal));
        var run = site.Build("--no-cache");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning LPIP0506: content/pages/about.md has changed since this was translated", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Translations_report_lists_untranslated_out_of_date_and_unreviewed_files_per_type()
    {
        using var site = Bilingual();
        var run = Lpip.Run(site.Root, "translations", "--content", site.Content);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("cy: 1 of 11 files translated, 1 out of date, 1 not reviewed", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  page: 1 of 1 translated\n    out of date: content/pages/about.cy.md\n    not reviewed: content/pages/about.cy.md\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  case-study: 0 of 1 translated\n    untranslated: content/case-studies/leeds-panel.md\n", run.Stdout, StringComparison.Ordinal);

        var json = Lpip.Run(site.Root, "translations", "--content", site.Content, "--format", "json");
        Assert.Contains("\"translation_path\": \"content/pages/about.cy.md\"", json.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Marking_reviewed_records_the_reviewer_and_removes_the_unreviewed_notice()
    {
        using var site = Bilingual();
        var file = Path.Combine(site.Content, "pages/about.cy.md");
        Assert.Equal(0, Lpip.Run(site.Root, "translations", "--content", site.Content, "--mark-current", file).ExitCode);
        Assert.Equal(2, Lpip.Run(site.Root, "translations", "--content", site.Content, "--mark-reviewed", file).ExitCode);
        var run = Lpip.Run(site.Root, "translations", "--content", site.Content, "--mark-reviewed", file, "--by", "Siân \"Test\" Jones");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var text = site.ReadContent("pages/about.cy.md");
        Assert.Contains("\n  reviewed: true\n", text, StringComparison.Ordinal);
        Assert.Contains("\n  reviewed_by: \"Siân \\\"Test\\\" Jones\"\n", text, StringComparison.Ordinal);
        Assert.Equal(0, site.Build("--no-cache").ExitCode);
        Assert.DoesNotContain("translation-notice", site.ReadOutput("cy/about/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Marking_a_file_that_is_not_a_translation_exits_1()
    {
        using var site = Bilingual();
        var run = Lpip.Run(site.Root, "translations", "--content", site.Content, "--mark-current", Path.Combine(site.Content, "pages/about.md"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not a translation file of this site", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pages/about.fr.md", WelshAbout, "LPIP0502", "this is a translation into 'fr', which is not one of the site's languages (en, cy)")]
    [InlineData("pages/about.en.md", WelshAbout, "LPIP0502", "'en' is the language of the source files, so this file cannot be a translation into it; name the source file without a language code (content/pages/about.md)")]
    [InlineData("pages/abuot.cy.md", WelshAbout, "LPIP0503", "there is no content/pages/abuot.md for this file to translate")]
    [InlineData("pages/about.cy.md", "---\ntitle: Amdanom ni\ndraft: true\ntranslation:\n  reviewed: false\n---\nTestun.\n", "LPIP0504", "'draft' is not translated: a translation gives only title, summary, the body, and takes everything else from content/pages/about.md")]
    [InlineData("pages/about.cy.md", "---\ntitle: Amdanom ni\ntranslation:\n  reviewed: false\n---\n\n", "LPIP0507", "the translation has no body text")]
    [InlineData("site.cy.yml", "title: Hyb Prawf\nmenu:\n  - label: Newyddion\n    url: /news/\ntranslation:\n  reviewed: false\n", "LPIP0505", "site.yml's menu has no link to '/news/' for this label to translate")]
    public void A_bad_translation_is_a_located_error_and_nothing_is_written(string file, string text, string code, string message)
    {
        using var site = Bilingual();
        site.Write(file, text);
        var run = site.Build("--no-cache");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches($@"content/{Regex.Escape(file)}:\d+:\d+: error {code}: {Regex.Escape(message)}", run.Stderr);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_translation_without_a_translation_block_as_the_web_editor_writes_it_builds_as_unreviewed_and_out_of_date_until_marked_current()
    {
        using var site = Bilingual();
        site.Write("pages/about.cy.md", "---\ntitle: Amdanom ni\n---\nTestun.\n");
        var run = site.Build("--no-cache");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("warning LPIP0506: the translation does not record which version of content/pages/about.md it translates", run.Stderr, StringComparison.Ordinal);
        var page = site.ReadOutput("cy/about/index.html");
        Assert.Contains("<h1>Amdanom ni</h1>", page, StringComparison.Ordinal);
        Assert.Contains("translation-notice", page, StringComparison.Ordinal);

        var file = Path.Combine(site.Content, "pages/about.cy.md");
        Assert.Equal(0, Lpip.Run(site.Root, "translations", "--content", site.Content, "--mark-current", file).ExitCode);
        Assert.Matches("^---\ntitle: Amdanom ni\ntranslation:\n  source: [0-9a-f]{12}\n  reviewed: false\n---\nTestun.\n$", site.ReadContent("pages/about.cy.md"));
        var again = site.Build("--no-cache");
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.DoesNotContain("LPIP0506", again.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_on_a_site_in_one_language_says_to_add_the_language()
    {
        using var site = SiteTree.FromFixture("minimal");
        site.Write("pages/about.cy.md", WelshAbout);
        var run = site.Build("--no-cache");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error LPIP0502: this is a translation into 'cy', but site.yml lists no languages besides the default; add 'languages: [en, cy]' to site.yml", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("languages: [cy, en]", "the first of the languages is the language of the source files, 'en' (from language: en-GB), not 'cy'")]
    [InlineData("languages: [en, Welsh]", "'Welsh' is not a language code")]
    [InlineData("languages: [en, cy, cy]", "'cy' is listed twice")]
    public void Invalid_languages_are_LPIP0501(string line, string message)
    {
        using var site = SiteTree.FromFixture("minimal");
        site.Write("site.yml", site.ReadContent("site.yml") + line + "\n");
        var run = site.Build("--no-cache");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error LPIP0501: " + message, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Welsh_place_names_come_from_alt_names_and_the_English_name_becomes_the_other_name()
    {
        using var site = Bilingual();
        site.Write("places/leeds.yml", site.ReadContent("places/leeds.yml") + "alt_names:\n  - name: Lîds\n    lang: cy\n");
        Assert.Equal(0, site.Build("--no-cache").ExitCode);
        var page = site.ReadOutput("cy/places/leeds/index.html");
        Assert.Contains(">Lîds</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Leeds", page, StringComparison.Ordinal);
        Assert.Contains(">Leeds</h1>", site.ReadOutput("places/leeds/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Sitemap_lists_each_page_with_its_alternates_and_each_language_has_its_feed_and_404()
    {
        using var site = Bilingual();
        Assert.Equal(0, site.Build("--no-cache").ExitCode);
        var sitemap = site.ReadOutput("sitemap.xml");
        Assert.Contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.org/cy/about/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<xhtml:link rel=\"alternate\" hreflang=\"cy\" href=\"https://example.org/cy/about/\" />", sitemap, StringComparison.Ordinal);
        Assert.Contains("<feed xml:lang=\"cy\"", site.ReadOutput("cy/feed.xml"), StringComparison.Ordinal);
        Assert.Contains("https://example.org/cy/case-studies/leeds-panel/", site.ReadOutput("cy/feed.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("https://example.org/case-studies/", site.ReadOutput("cy/feed.xml"), StringComparison.Ordinal);
        Assert.Contains("/cy/* /cy/404.html 404", site.ReadOutput("_redirects"), StringComparison.Ordinal);
        Assert.Contains("\"inLanguage\":\"cy\"", site.ReadOutput("cy/index.html"), StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:locale\" content=\"cy_GB\">", site.ReadOutput("cy/index.html"), StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:locale:alternate\" content=\"en_GB\">", site.ReadOutput("cy/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_in_one_language_has_no_alternates_switcher_or_Welsh_pages()
    {
        using var site = SiteTree.FromFixture("minimal");
        Assert.Equal(0, site.Build("--no-cache").ExitCode);
        var home = site.ReadOutput("index.html");
        Assert.DoesNotContain("hreflang", home, StringComparison.Ordinal);
        Assert.DoesNotContain("language-switcher", home, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "cy")));
    }

    private static List<string> Pages(string root) => Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
        .Where(p => !p.StartsWith("assets/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();

    [GeneratedRegex("<[a-z][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("(?:href|action|data-manifest)=\"([^\"]*)\"")]
    private static partial Regex Href();
}
