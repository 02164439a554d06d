using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using System.Xml.Linq;

namespace LpipSite.Core.Tests.Reuse;

public class MapAndTransferabilityTests
{
    private static IDocument Parse(string path) => new HtmlParser().ParseDocument(ReuseFiles.Text(path));

    [Theory]
    [InlineData("places/index.html")]
    [InlineData("places/leeds/index.html")]
    [InlineData("partnerships/ypip/index.html")]
    public void Maps_are_well_formed_svg_with_title_desc_and_named_marker_links_that_match_the_list(string path)
    {
        var doc = Parse(path);
        var svg = doc.QuerySelector("svg.uk-map");
        Assert.NotNull(svg);
        var xml = XElement.Parse(svg!.OuterHtml);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "title", xml.Elements().First().Name);
        Assert.Equal(ns + "desc", xml.Elements().Skip(1).First().Name);
        Assert.Contains(xml.Elements(ns + "path"), p => p.Attribute("class")!.Value.Contains("land-uk", StringComparison.Ordinal));
        var markers = xml.Elements(ns + "a").ToList();
        Assert.NotEmpty(markers);
        var listed = svg.ParentElement!.ParentElement!.QuerySelectorAll(".map-list a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.All(markers, m =>
        {
            Assert.StartsWith("/places/", m.Attribute("href")!.Value, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(m.Element(ns + "title")?.Value));
            Assert.Contains(m.Attribute("href")!.Value, listed);
        });
        Assert.DoesNotContain("http://", svg.OuterHtml.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Place_map_marks_the_current_place()
    {
        var svg = Parse("places/leeds/index.html").QuerySelector("svg.uk-map")!;
        Assert.Equal("/places/leeds/", svg.QuerySelector("a.marker-current")!.GetAttribute("href"));
    }

    [Fact]
    public void Explorer_is_an_accessible_table_of_methods_against_nations_and_partnerships()
    {
        var doc = Parse("transferability/index.html");
        var tables = doc.QuerySelectorAll("table.transfer-table");
        Assert.Equal(2, tables.Length);
        foreach (var table in tables)
        {
            Assert.NotNull(table.QuerySelector("caption"));
            Assert.NotEmpty(table.QuerySelectorAll("thead th[scope=col]"));
            Assert.NotEmpty(table.QuerySelectorAll("tbody th[scope=row] a[href^='/methods/']"));
        }

        var byNation = doc.QuerySelector("#by-nation")!;
        Assert.Contains(byNation.QuerySelectorAll("thead th"), th => th.TextContent == "England");
        var use = byNation.QuerySelector("li[data-evidence] a[href='/case-studies/community-panel-leeds/']")!.ParentElement!;
        Assert.Contains("Evidence: Nesta level 2", use.TextContent, StringComparison.Ordinal);
        Assert.Contains("communities-in-their-places", use.GetAttribute("data-themes"), StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("form[data-transfer-filter][hidden] select#filter-theme"));
        Assert.Empty(doc.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
    }

    [Fact]
    public void Tried_in_places_link_both_ways()
    {
        // The Leeds case study says its approach has since been tried in Bradford.
        var caseStudy = Parse("case-studies/community-panel-leeds/index.html");
        Assert.NotNull(caseStudy.QuerySelector(".transferability a[href='/places/bradford/']"));
        var place = Parse("places/bradford/index.html");
        var table = place.QuerySelector("#tried-here-methods")!;
        Assert.NotNull(table.QuerySelector("th[scope=row] a[href='/methods/community-panel/']"));
        Assert.NotNull(table.QuerySelector("td a[href='/case-studies/community-panel-leeds/']"));
        var method = Parse("methods/community-panel/index.html");
        Assert.NotNull(method.QuerySelector("#method-places th[scope=row] a[href='/places/bradford/']"));
        Assert.NotNull(method.QuerySelector("a[href='/transferability/']"));
    }
}
