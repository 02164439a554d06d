using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml;
using AngleSharp.Html.Parser;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Rendering;
using LpipSite.Core.Tests.Support;

namespace LpipSite.Core.Tests.Rendering;

public class SiteRendererTests
{
    private static RenderResult Site => FixtureSite.Sample.Rendered;

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string path) => new HtmlParser().ParseDocument(Site.Html(path));

    [Fact]
    public void Sample_site_renders_without_errors()
    {
        Assert.False(Site.HasErrors, string.Join("\n", Site.Diagnostics.Select(d => d.Format())));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("case-studies/index.html")]
    [InlineData("case-studies/page/2/index.html")]
    [InlineData("case-studies/community-panel-leeds/index.html")]
    [InlineData("case-studies/theme/innovation/index.html")]
    [InlineData("case-studies/nation/wales/index.html")]
    [InlineData("case-studies/region/yorkshire-and-the-humber/index.html")]
    [InlineData("case-studies/method/community-panel/index.html")]
    [InlineData("case-studies/partnership/ypip/index.html")]
    [InlineData("places/index.html")]
    [InlineData("places/leeds/index.html")]
    [InlineData("partnerships/index.html")]
    [InlineData("partnerships/ypip/index.html")]
    [InlineData("methods/index.html")]
    [InlineData("methods/community-panel/index.html")]
    [InlineData("training/index.html")]
    [InlineData("training/running-a-community-panel/index.html")]
    [InlineData("news/index.html")]
    [InlineData("news/policy-fund-call/index.html")]
    [InlineData("themes/index.html")]
    [InlineData("themes/skills/index.html")]
    [InlineData("about/index.html")]
    [InlineData("evidence-levels/index.html")]
    [InlineData("search/index.html")]
    [InlineData("404.html")]
    [InlineData("sitemap.xml")]
    [InlineData("robots.txt")]
    [InlineData("feed.xml")]
    public void Every_page_type_is_written_at_its_url(string path)
    {
        Assert.Contains(Site.Files, f => f.Path == path);
    }

    [Fact]
    public void Unpublished_items_are_absent_from_a_published_build()
    {
        Assert.DoesNotContain(Site.Files, f => f.Path.Contains("draft", StringComparison.Ordinal) || f.Path.Contains("scheduled", StringComparison.Ordinal));
        Assert.DoesNotContain(Site.Files, f => f.Path.EndsWith(".html", StringComparison.Ordinal)
            && Encoding.UTF8.GetString(f.Content.Span).Contains("draft-case-study", StringComparison.Ordinal));
    }

    [Fact]
    public void Files_are_sorted_by_path_and_unique()
    {
        var paths = Site.Files.Select(f => f.Path).ToList();
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        Assert.Equal(paths.Count, paths.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Case_study_list_shows_twenty_a_page_with_rel_prev_and_next()
    {
        var first = Parse("case-studies/index.html");
        var second = Parse("case-studies/page/2/index.html");

        Assert.Equal(20, first.QuerySelectorAll("#results ~ .cards > li, .cards[data-filterable] > li").Length);
        Assert.Equal(5, second.QuerySelectorAll(".cards[data-filterable] > li").Length);
        Assert.Equal("https://lpiphub.example.org/case-studies/page/2/", first.QuerySelector("link[rel=next]")?.GetAttribute("href"));
        Assert.Null(first.QuerySelector("link[rel=prev]"));
        Assert.Equal("https://lpiphub.example.org/case-studies/", second.QuerySelector("link[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/case-studies/page/2/", first.QuerySelector(".pagination a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("page", second.QuerySelector(".pagination a[href='/case-studies/page/2/']")?.GetAttribute("aria-current"));
        Assert.Equal("Case studies (page 2 of 2)", second.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public void Case_study_list_links_to_every_facet_page_without_javascript()
    {
        var list = Parse("case-studies/index.html");
        var facetLinks = list.QuerySelectorAll(".facets a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Contains("/case-studies/theme/innovation/", facetLinks);
        Assert.Contains("/case-studies/nation/england/", facetLinks);
        Assert.Contains("/case-studies/region/yorkshire-and-the-humber/", facetLinks);
        Assert.Contains("/case-studies/method/labour-market-observatory/", facetLinks);
        Assert.Contains("/case-studies/partnership/cymru-wledig/", facetLinks);
        Assert.All(facetLinks, link => Assert.Contains(Site.Files, f => f.Path == link.TrimStart('/') + "index.html"));
    }

    [Fact]
    public void Every_html_page_has_the_required_landmarks_and_head()
    {
        // The web editor's page (admin/) is Decap's application, not a reader's page.
        foreach (var file in Site.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !f.Path.StartsWith("admin/", StringComparison.Ordinal)))
        {
            var doc = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(file.Content.Span));
            var where = file.Path;

            Assert.True(doc.DocumentElement.GetAttribute("lang") == "en-GB", where);
            Assert.True(doc.QuerySelectorAll("h1").Length == 1, where + ": one h1");
            Assert.True(doc.QuerySelector("body a")?.ClassName == "skip-link", where + ": skip link first");
            Assert.NotNull(doc.QuerySelector("header.site-header"));
            Assert.NotNull(doc.QuerySelector("nav[aria-label=Main]"));
            Assert.NotNull(doc.QuerySelector("main#main"));
            Assert.NotNull(doc.QuerySelector("footer.site-footer a[href='/accessibility-statement/']"));
            Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("meta[name=description]")?.GetAttribute("content")), where);
            foreach (var property in new[] { "og:title", "og:description", "og:type", "og:site_name", "og:locale" })
            {
                Assert.True(doc.QuerySelector($"meta[property='{property}']") is not null, $"{where}: {property}");
            }

            var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
            Assert.True(ids.Count == ids.Distinct(StringComparer.Ordinal).Count(), where + ": unique ids");
            Assert.Empty(doc.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
            Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.Empty(doc.QuerySelectorAll("[style]"));
            // No third-party requests: stylesheets, scripts and images all come from this site.
            Assert.All(
                doc.QuerySelectorAll("link[rel=stylesheet], script[src], img[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!),
                url => Assert.Matches("^/[^/]", url));

            var levels = doc.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6").Select(h => h.LocalName[1] - '0').ToList();
            for (var i = 1; i < levels.Count; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{where}: heading levels jump from h{levels[i - 1]} to h{levels[i]}");
            }

            if (file.Path != "404.html")
            {
                Assert.StartsWith("https://lpiphub.example.org/", doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? string.Empty);
                var json = doc.QuerySelector("script[type='application/ld+json']")?.TextContent;
                Assert.NotNull(json);
                using var ld = JsonDocument.Parse(json);
                Assert.Equal("https://schema.org", ld.RootElement.GetProperty("@context").GetString());
            }

            if (file.Path != "index.html" && file.Path != "404.html")
            {
                Assert.True(doc.QuerySelector("nav[aria-label=Breadcrumb] [aria-current=page]") is not null, where + ": breadcrumbs");
            }
        }
    }

    [Fact]
    public void Current_section_is_marked_in_the_main_navigation()
    {
        Assert.Equal("page", Parse("places/index.html").QuerySelector("nav[aria-label=Main] a[href='/places/']")?.GetAttribute("aria-current"));
        Assert.Equal("true", Parse("places/leeds/index.html").QuerySelector("nav[aria-label=Main] a[href='/places/']")?.GetAttribute("aria-current"));
        Assert.Single(Parse("places/leeds/index.html").QuerySelectorAll("nav[aria-label=Main] [aria-current]"));
    }

    [Fact]
    public void Home_page_has_website_json_ld_and_nested_pages_have_breadcrumbs_and_a_report()
    {
        using var home = JsonDocument.Parse(Parse("index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);
        using var caseStudy = JsonDocument.Parse(Parse("case-studies/community-panel-leeds/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);

        Assert.Contains(home.RootElement.GetProperty("@graph").EnumerateArray(), n => n.GetProperty("@type").GetString() == "WebSite");
        var types = caseStudy.RootElement.GetProperty("@graph").EnumerateArray().Select(n => n.GetProperty("@type").GetString()).ToList();
        Assert.Equal(["BreadcrumbList", "Report"], types);
    }

    [Fact]
    public void Case_study_page_has_everything_a_reader_needs()
    {
        // Validation refuses a javascript: output, so the file cannot hold one; it is added here to
        // show that the page never links to it.
        var content = FixtureSite.Sample.Content;
        var withBadOutput = content.CaseStudies.Select(c => c.Id == "community-panel-leeds"
            ? c with { Outputs = [.. c.Outputs, new LpipSite.Core.Model.TypedLink("Bad link", "javascript:alert(1)", "web-page")] }
            : c);
        var model = LpipSite.Core.Model.SiteModelFactory.Create(content.With(LpipSite.Core.Loading.ContentKind.CaseStudy, withBadOutput), FixtureSite.Sample.Today, false);
        var doc = new HtmlParser().ParseDocument(SiteRenderer.Render(model, FixtureSite.Sample.Options()).Html("case-studies/community-panel-leeds/index.html"));
        var facts = doc.QuerySelectorAll(".summary-list dt").Select(dt => dt.TextContent).ToList();

        Assert.Equal("A community panel shapes Leeds priorities: a short summary.", doc.QuerySelector("p.lead")?.TextContent);
        Assert.Equal(["Partnership", "Place", "Themes", "Method", "Topics", "Partners", "Status", "Published", "Updated", "Evidence level", "Authors", "Licence"], facts);
        Assert.NotNull(doc.QuerySelector("a[href='https://orcid.org/0000-0002-1825-0097']"));
        Assert.NotNull(doc.QuerySelector("a[href='/evidence-levels/#nesta-2']"));
        Assert.NotNull(doc.QuerySelector("time[datetime='2025-05-20']"));
        Assert.Equal(["#challenge", "#what-we-did", "#lessons-for-other-places"], doc.QuerySelectorAll(".contents a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(doc.QuerySelector(".transferability h2#transferability"));
        Assert.Contains("Bradford", doc.QuerySelector(".transferability")!.TextContent);
        Assert.Equal("Example, A. and Example, B. (2025) A community panel shapes Leeds priorities. LPIP Hub. Available at: https://doi.org/10.1234/example.5678.", doc.QuerySelector("#cite-harvard + .citation")?.TextContent);
        Assert.Equal("https://github.com/example/lpip-site/edit/main/content/case-studies/community-panel-leeds.md", doc.QuerySelector(".suggest-change a")?.GetAttribute("href"));
        Assert.Equal(5, Parse("case-studies/generated-case-study-02/index.html").QuerySelectorAll("#related ~ .cards .card").Length);
        Assert.NotNull(doc.QuerySelector(".prose .table-wrap[role=region][tabindex='0'] table"));
        Assert.DoesNotContain(doc.QuerySelectorAll("a").Select(a => a.GetAttribute("href")), h => h!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Case_study_page_is_under_fifty_kilobytes_of_compressed_html_and_css()
    {
        var html = Site.Files.Single(f => f.Path == "case-studies/community-panel-leeds/index.html").Content;
        var css = Site.Files.Single(f => f.Path.StartsWith("assets/css/site.", StringComparison.Ordinal)).Content;

        Assert.InRange(Gzipped(html) + Gzipped(css), 1, 50 * 1024);

        static long Gzipped(ReadOnlyMemory<byte> bytes)
        {
            using var output = new MemoryStream();
            using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
            {
                gzip.Write(bytes.Span);
            }

            return output.Length;
        }
    }

    [Fact]
    public void Theme_css_and_js_are_fingerprinted_and_pages_link_to_those_names()
    {
        var css = Assert.Single(Site.Files, f => f.Path.StartsWith("assets/css/", StringComparison.Ordinal));
        var js = Assert.Single(Site.Files, f => f.Path.StartsWith("assets/js/site.", StringComparison.Ordinal));
        Assert.Matches(@"^assets/css/site\.[0-9a-f]{8}\.css$", css.Path);
        Assert.Matches(@"^assets/js/site\.[0-9a-f]{8}\.js$", js.Path);

        var home = Parse("index.html");
        Assert.Equal("/" + css.Path, home.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
        Assert.Equal("/" + js.Path, home.QuerySelector("script[src]")?.GetAttribute("src"));
    }

    [Fact]
    public void Sitemap_lists_published_pages_with_absolute_urls_and_lastmod()
    {
        var preview = SiteRenderer.Render(FixtureSite.Sample.Model(includeUnpublished: true), FixtureSite.Sample.Options(includeUnpublished: true));
        var xml = new XmlDocument();
        xml.LoadXml(preview.Html("sitemap.xml"));
        var ns = new XmlNamespaceManager(xml.NameTable);
        ns.AddNamespace("s", "http://www.sitemaps.org/schemas/sitemap/0.9");
        var locs = xml.SelectNodes("//s:url/s:loc", ns)!.Cast<XmlNode>().Select(n => n.InnerText).ToList();

        Assert.Contains("https://lpiphub.example.org/", locs);
        Assert.Contains("https://lpiphub.example.org/case-studies/community-panel-leeds/", locs);
        Assert.DoesNotContain("https://lpiphub.example.org/case-studies/draft-case-study/", locs);
        Assert.DoesNotContain("https://lpiphub.example.org/case-studies/scheduled-case-study/", locs);
        Assert.DoesNotContain("https://lpiphub.example.org/news/draft-news/", locs);
        Assert.DoesNotContain(locs, l => l.Contains("404", StringComparison.Ordinal) || l.Contains("/search/", StringComparison.Ordinal));
        Assert.Contains(preview.Files, f => f.Path == "case-studies/draft-case-study/index.html");
        Assert.Equal(
            "2025-06-01",
            xml.SelectSingleNode("//s:url[s:loc='https://lpiphub.example.org/case-studies/community-panel-leeds/']/s:lastmod", ns)?.InnerText);
    }

    [Fact]
    public void Robots_txt_points_to_the_sitemap_and_a_preview_build_is_not_indexed()
    {
        Assert.Contains("Sitemap: https://lpiphub.example.org/sitemap.xml", Site.Html("robots.txt"));

        var preview = SiteRenderer.Render(FixtureSite.Sample.Model(includeUnpublished: true), FixtureSite.Sample.Options(includeUnpublished: true));
        Assert.Contains("Disallow: /", preview.Html("robots.txt"));
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", preview.Html("index.html"));
    }

    [Fact]
    public void Drafts_and_scheduled_items_carry_a_visible_banner_in_a_preview()
    {
        var preview = SiteRenderer.Render(FixtureSite.Sample.Model(includeUnpublished: true), FixtureSite.Sample.Options(includeUnpublished: true));

        Assert.Contains("Draft: this page is not published", preview.Html("case-studies/draft-case-study/index.html"));
        Assert.Contains("Scheduled for 25 November 2025", preview.Html("case-studies/scheduled-case-study/index.html"));
        Assert.DoesNotContain("class=\"banner", preview.Html("case-studies/community-panel-leeds/index.html"));
    }

    [Fact]
    public void Atom_feed_is_well_formed_newest_first_and_dated_by_its_newest_entry()
    {
        var xml = new XmlDocument();
        xml.LoadXml(Site.Html("feed.xml"));
        var ns = new XmlNamespaceManager(xml.NameTable);
        ns.AddNamespace("a", "http://www.w3.org/2005/Atom");
        var entries = xml.SelectNodes("/a:feed/a:entry", ns)!.Cast<XmlNode>().ToList();
        var updated = entries.Select(e => e.SelectSingleNode("a:updated", ns)!.InnerText).ToList();

        Assert.Equal(20, entries.Count);
        Assert.Equal(updated.OrderDescending(StringComparer.Ordinal), updated);
        Assert.Equal(updated[0], xml.SelectSingleNode("/a:feed/a:updated", ns)!.InnerText);
        Assert.Equal("2025-06-02T00:00:00Z", updated[0]);
        Assert.Equal("https://lpiphub.example.org/news/policy-fund-call/", entries[0].SelectSingleNode("a:id", ns)!.InnerText);
        Assert.DoesNotContain(entries, e => e.SelectSingleNode("a:id", ns)!.InnerText.Contains("draft", StringComparison.Ordinal));
        Assert.Equal(Site.Html("feed.xml"), SiteRenderer.Render(FixtureSite.Sample.Model(), FixtureSite.Sample.Options()).Html("feed.xml"));
    }

    [Fact]
    public void Place_page_shows_names_codes_indicators_and_related_places()
    {
        var leeds = Parse("places/leeds/index.html");
        var anglesey = Parse("places/isle-of-anglesey/index.html");
        var ruralWales = Parse("places/rural-wales/index.html");

        Assert.Equal("https://statistics.data.gov.uk/id/statistical-geography/E08000035", leeds.QuerySelector("a[href*='statistical-geography']")?.GetAttribute("href"));
        Assert.Contains("74.2%", leeds.QuerySelector("#indicators ~ .table-wrap table")!.TextContent);
        Assert.NotNull(leeds.QuerySelector("a[href='https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/']"));
        Assert.Equal("Ynys Môn", anglesey.QuerySelector(".alt-names span[lang=cy]")?.TextContent);
        Assert.Equal(["/places/isle-of-anglesey/", "/places/gwynedd/"], ruralWales.QuerySelectorAll("#constituents ~ ul a").Select(a => a.GetAttribute("href")));
        Assert.Contains(anglesey.QuerySelectorAll("#part-of ~ ul a"), a => a.GetAttribute("href") == "/places/rural-wales/");
        Assert.NotEmpty(Parse("places/bradford/index.html").QuerySelectorAll("#tried-here ~ .cards .card"));
    }

    [Fact]
    public void Places_index_groups_by_nation_then_region_with_counts()
    {
        var places = Parse("places/index.html");

        Assert.Equal(["England", "Wales"], places.QuerySelectorAll("main h2[id^='nation-']").Select(h => h.TextContent));
        Assert.Equal("Yorkshire and The Humber", places.QuerySelector("#nation-england ~ h3")?.TextContent);
        Assert.Contains("Leeds", places.QuerySelector("#nation-england ~ h3 + ul")!.TextContent);
        Assert.Contains("Leeds Local authority district, 1 case study", places.QuerySelector("#nation-england ~ h3 + ul")!.TextContent);
    }

    [Fact]
    public void Method_page_lists_every_case_study_that_used_it_with_places_and_partnerships()
    {
        var method = Parse("methods/labour-market-observatory/index.html");

        Assert.Equal(5, method.QuerySelectorAll(".uses > li").Length);
        Assert.Contains("Used in 5 case studies, in 1 place, by 1 partnership.", method.QuerySelector("#where-used + p")!.TextContent);
        Assert.NotNull(method.QuerySelector(".uses a[href='/places/bradford/']"));
        Assert.NotNull(method.QuerySelector(".uses a[href='/partnerships/ypip/']"));
    }

    [Fact]
    public void Training_lists_upcoming_sessions_before_past_ones_marked_past()
    {
        var html = Site.Html("training/running-a-community-panel/index.html");
        var doc = new HtmlParser().ParseDocument(html);

        Assert.True(html.IndexOf("id=\"upcoming\"", StringComparison.Ordinal) < html.IndexOf("id=\"past\"", StringComparison.Ordinal));
        Assert.Equal("2025-09-10T10:00", doc.QuerySelector("#upcoming ~ .sessions time")?.GetAttribute("datetime"));
        Assert.Contains("10am to midday", doc.QuerySelector("#upcoming ~ .sessions")!.TextContent);
        Assert.Equal("Past", doc.QuerySelector("#past ~ .sessions .tag-past")?.TextContent);
        Assert.Contains("4 March 2025, 2pm to 4:30pm", doc.QuerySelector("#past ~ .sessions")!.TextContent);
        Assert.Contains("(PDF, 596 bytes)", doc.QuerySelector("#files ~ ul")!.TextContent);
        Assert.NotNull(Parse("training/placecast-episode-1/index.html").QuerySelector("a[href='/assets/files/placecast-1-transcript.txt']"));
    }

    [Fact]
    public void Funding_call_shows_its_deadline_prominently_and_events_their_details()
    {
        var call = Parse("news/policy-fund-call/index.html");
        var closed = Parse("news/closed-call/index.html");
        var conference = Parse("news/hub-conference/index.html");

        Assert.Equal("31 July 2025", call.QuerySelector(".deadline .deadline-date time")?.TextContent);
        Assert.Null(call.QuerySelector(".deadline-passed"));
        Assert.NotNull(closed.QuerySelector(".deadline-passed"));
        Assert.Contains("Online and in person at Birmingham", conference.QuerySelector(".event")!.TextContent);
        Assert.Equal("2025-11-25T09:30", conference.QuerySelector(".event time")?.GetAttribute("datetime"));
    }

    [Fact]
    public void Evidence_levels_page_has_an_anchor_for_every_level()
    {
        var doc = Parse("evidence-levels/index.html");

        Assert.All(LpipSite.Core.Model.Vocabularies.EvidenceLevels.Ids, id => Assert.NotNull(doc.GetElementById(id)));
    }

    [Fact]
    public void Search_placeholder_has_a_get_form_with_q()
    {
        var form = Parse("search/index.html").QuerySelector("main form[role=search]");

        Assert.Equal("/search/", form?.GetAttribute("action"));
        Assert.Equal("get", form?.GetAttribute("method"));
        Assert.NotNull(form?.QuerySelector("input[name=q]"));
    }

    [Fact]
    public void English_search_form_names_its_index_and_language_and_the_page_does_not_load_the_Welsh_pipeline()
    {
        var doc = Parse("search/index.html");
        var form = doc.QuerySelector("main form[role=search]");

        Assert.Equal("/search/manifest.json", form?.GetAttribute("data-manifest"));
        Assert.Equal("en", form?.GetAttribute("data-language"));
        var scripts = doc.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
        Assert.Contains(scripts, s => s.StartsWith("/assets/js/search.", StringComparison.Ordinal));
        Assert.DoesNotContain(scripts, s => s.Contains("lunr-cy", StringComparison.Ordinal));
        var welsh = Assert.Single(Site.Files, f => f.Path.StartsWith("assets/js/lunr-cy.", StringComparison.Ordinal));
        Assert.Matches(@"^assets/js/lunr-cy\.[0-9a-f]{8}\.js$", welsh.Path); // published for Welsh search pages, fingerprinted
    }

    [Fact]
    public void Unsafe_link_in_a_body_is_reported_at_its_line_in_the_source_file()
    {
        var content = FixtureSite.Sample.Content;
        var evil = content.CaseStudies.Select(c => c.Id == "community-panel-leeds" ? c with { Body = new LpipSite.Core.Model.MarkdownBody("Intro.\n\n[x](javascript:alert(1))\n", 14) } : c);
        var model = LpipSite.Core.Model.SiteModelFactory.Create(content.With(LpipSite.Core.Loading.ContentKind.CaseStudy, evil), FixtureSite.Sample.Today, false);

        var result = SiteRenderer.Render(model, FixtureSite.Sample.Options());

        var warning = Assert.Single(result.Diagnostics, d => d.Code == RenderCodes.UnsafeUrl);
        Assert.Equal(new SourceLocation("content/case-studies/community-panel-leeds.md", 16, 1), warning.Location);
        Assert.Equal(Severity.Warning, warning.Severity);
    }

    [Fact]
    public void Collecting_links_reports_every_link_of_every_page()
    {
        var result = SiteRenderer.Render(FixtureSite.Sample.Model(), FixtureSite.Sample.Options() with { CollectLinks = true });

        var home = Assert.Single(result.Links, l => l.Url == "/");
        Assert.Contains("/case-studies/", home.Hrefs);
        Assert.Equal(result.Pages.Count, result.Links.Count);
    }
}
