using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;

namespace LpipSite.Core.Tests.Reuse;

public class StructuredDataTests
{
    private static JsonArray Graph(string path)
    {
        var doc = new HtmlParser().ParseDocument(ReuseFiles.Text(path));
        var script = Assert.Single(doc.QuerySelectorAll("script[type='application/ld+json']"));
        var root = JsonNode.Parse(script.TextContent)!;
        Assert.Equal("https://schema.org", (string)root["@context"]!);
        return root["@graph"]!.AsArray();
    }

    private static JsonNode Node(string path, string type) =>
        Graph(path).Single(n => (string)n!["@type"]! == type)!;

    [Fact]
    public void Every_html_page_has_valid_json_ld_with_types_and_breadcrumbs_on_nested_pages()
    {
        // Not the web editor's page (admin/): it describes nothing and is noindex.
        foreach (var path in ReuseFiles.Paths(p => p.EndsWith(".html", StringComparison.Ordinal) && p != "404.html" && !p.StartsWith("admin/", StringComparison.Ordinal)))
        {
            var graph = Graph(path);
            Assert.NotEmpty(graph);
            Assert.All(graph, n => Assert.False(string.IsNullOrEmpty((string?)n!["@type"]), path));
            if (path != "index.html")
            {
                var crumbs = graph.Single(n => (string)n!["@type"]! == "BreadcrumbList")!["itemListElement"]!.AsArray();
                Assert.True(crumbs.Count >= 2, path);
                Assert.All(crumbs, c => Assert.StartsWith("https://", (string)c!["item"]!, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Home_page_has_a_website_with_a_search_action()
    {
        var site = Node("index.html", "WebSite");
        Assert.Equal("SearchAction", (string)site["potentialAction"]!["@type"]!);
        Assert.EndsWith("/search/?q={search_term_string}", (string)site["potentialAction"]!["target"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Case_study_is_a_report_with_authors_publisher_licence_and_spatial_coverage()
    {
        var report = Node("case-studies/community-panel-leeds/index.html", "Report");
        Assert.Equal("https://orcid.org/0000-0002-1825-0097", (string)report["author"]![0]!["sameAs"]!);
        Assert.Equal("Person", (string)report["author"]![0]!["@type"]!);
        Assert.Equal("Organization", (string)report["publisher"]!["@type"]!);
        Assert.StartsWith("https://creativecommons.org/", (string)report["license"]!, StringComparison.Ordinal);
        var place = report["spatialCoverage"]![0]!;
        Assert.Equal("Leeds", (string)place["name"]!);
        Assert.Equal("E08000035", (string)place["identifier"]!);
    }

    [Fact]
    public void Place_has_its_gss_code_as_identifier_and_geo()
    {
        var place = Graph("places/leeds/index.html").Single(n => (string)n!["@type"]! == "AdministrativeArea")!;
        Assert.Equal("E08000035", (string)place["identifier"]!);
        Assert.Equal("GeoCoordinates", (string)place["geo"]!["@type"]!);
    }

    [Fact]
    public void Partnership_is_a_research_project_with_organisations()
    {
        var project = Node("partnerships/ypip/index.html", "ResearchProject");
        Assert.Equal("Organization", (string)project["parentOrganization"]!["@type"]!);
        Assert.All(project["member"]!.AsArray(), m => Assert.Equal("Organization", (string)m!["@type"]!));
        Assert.NotEmpty(project["areaServed"]!.AsArray());
    }

    [Fact]
    public void Training_is_a_course_with_a_course_instance_per_session()
    {
        var course = Node("training/running-a-community-panel/index.html", "Course");
        Assert.NotNull(course["provider"]);
        var instances = course["hasCourseInstance"]!.AsArray();
        Assert.Equal(2, instances.Count);
        Assert.Equal("2025-03-04T14:00", (string)instances[0]!["startDate"]!);
        Assert.Equal("onsite", (string)instances[0]!["courseMode"]!);
        Assert.Equal("online", (string)instances[1]!["courseMode"]!);
    }

    [Fact]
    public void Event_news_is_an_event()
    {
        var ev = Node("news/hub-conference/index.html", "Event");
        Assert.Equal("2025-11-25T09:30", (string)ev["startDate"]!);
        Assert.Equal("Birmingham", (string)ev["location"]!["name"]!);
    }
}
