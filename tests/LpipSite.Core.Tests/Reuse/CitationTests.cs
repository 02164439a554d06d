using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace LpipSite.Core.Tests.Reuse;

public partial class CitationTests
{
    private const string CaseStudy = "case-studies/community-panel-leeds/";

    public static TheoryData<string> CitableFolders => new()
    {
        CaseStudy,
        "methods/community-panel/",
        "training/running-a-community-panel/",
    };

    /// <summary>A small BibTeX parser: <c>@type{key, name = {value}, ...}</c> with nested braces.</summary>
    private static (string Type, string Key, Dictionary<string, string> Fields) ParseBibTeX(string text)
    {
        var match = BibHead().Match(text);
        Assert.True(match.Success, "no @type{key, at the start: " + text);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = match.Length;
        while (true)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == ','))
            {
                i++;
            }

            if (text[i] == '}')
            {
                Assert.Equal(string.Empty, text[(i + 1)..].Trim());
                return (match.Groups[1].Value, match.Groups[2].Value, fields);
            }

            var eq = text.IndexOf('=', i);
            var name = text[i..eq].Trim();
            Assert.Matches("^[a-z]+$", name);
            i = text.IndexOf('{', eq);
            Assert.True(string.IsNullOrWhiteSpace(text[(eq + 1)..i]), "value of " + name + " is not braced");
            var depth = 0;
            var start = i;
            do
            {
                if (text[i] == '\\')
                {
                    i += 2;
                    continue;
                }

                depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
                i++;
            }
            while (depth > 0);
            Assert.True(fields.TryAdd(name, text[(start + 1)..(i - 1)]), "duplicate field " + name);
        }
    }

    [GeneratedRegex(@"^@([a-z]+)\{([A-Za-z0-9_:\-]+),")]
    private static partial Regex BibHead();

    [Theory]
    [MemberData(nameof(CitableFolders))]
    public void Every_bibtex_entry_parses_into_fields(string folder)
    {
        var (type, key, fields) = ParseBibTeX(ReuseFiles.Text(folder + "cite.bib"));
        Assert.Equal("misc", type);
        Assert.NotEmpty(key);
        foreach (var required in new[] { "title", "author", "publisher", "howpublished", "url" })
        {
            Assert.True(fields.ContainsKey(required), required);
        }
    }

    [Fact]
    public void Case_study_bibtex_has_authors_date_and_doi()
    {
        var (_, key, fields) = ParseBibTeX(ReuseFiles.Text(CaseStudy + "cite.bib"));
        Assert.Equal("example2025-community-panel-leeds", key);
        Assert.Equal("Example, Ada and Example, Ben", fields["author"]);
        Assert.Equal("2025", fields["year"]);
        Assert.Equal("2025-05-20", fields["date"]);
        Assert.Equal("10.1234/example.5678", fields["doi"]);
    }

    [Theory]
    [MemberData(nameof(CitableFolders))]
    public void Ris_tags_are_in_order_with_ty_first_and_er_last(string folder)
    {
        var text = ReuseFiles.Text(folder + "cite.ris");
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Matches(@"^[A-Z][A-Z0-9]  - ", l + " "));
        var tags = lines.Select(l => l[..2]).ToList();
        Assert.Equal("TY", tags[0]);
        Assert.Equal("ER", tags[^1]);
        Assert.Single(tags, t => t == "TY");
        Assert.Contains("TI", tags);
        Assert.Contains("AU", tags);
        Assert.Contains("UR", tags);
        Assert.True(tags.IndexOf("TI") < tags.IndexOf("AU") && tags.LastIndexOf("AU") < tags.IndexOf("PB"), string.Join(",", tags));
    }

    [Theory]
    [MemberData(nameof(CitableFolders))]
    public void Csl_json_has_the_required_fields(string folder)
    {
        var items = JsonNode.Parse(ReuseFiles.Text(folder + "cite.json"))!.AsArray();
        var item = Assert.Single(items)!;
        Assert.False(string.IsNullOrEmpty((string?)item["id"]));
        Assert.Contains((string)item["type"]!, new[] { "report", "webpage" });
        Assert.False(string.IsNullOrEmpty((string?)item["title"]));
        Assert.StartsWith("https://", (string)item["URL"]!, StringComparison.Ordinal);
        Assert.All(item["author"]!.AsArray(), a => Assert.True(a!["literal"] is not null || (a["family"] is not null && a["given"] is not null)));
    }

    [Fact]
    public void Case_study_csl_json_carries_orcid_doi_and_issued_date()
    {
        var item = JsonNode.Parse(ReuseFiles.Text(CaseStudy + "cite.json"))!.AsArray()[0]!;
        Assert.Equal("https://orcid.org/0000-0002-1825-0097", (string)item["author"]![0]!["ORCID"]!);
        Assert.Equal("10.1234/example.5678", (string)item["DOI"]!);
        Assert.Equal("[[2025,5,20]]", item["issued"]!["date-parts"]!.ToJsonString());
    }

    [Fact]
    public void Case_study_page_has_highwire_and_dublin_core_tags_and_a_cite_section()
    {
        var doc = new HtmlParser().ParseDocument(ReuseFiles.Text(CaseStudy + "index.html"));
        string[] Meta(string name) => doc.QuerySelectorAll($"meta[name='{name}']").Select(m => m.GetAttribute("content")!).ToArray();
        Assert.Equal(["A community panel shapes Leeds priorities"], Meta("citation_title"));
        Assert.Equal(["Example, Ada", "Example, Ben"], Meta("citation_author"));
        Assert.Equal(["2025/05/20"], Meta("citation_publication_date"));
        Assert.Equal(["2025/05/20"], Meta("citation_online_date"));
        Assert.Equal(["University of Birmingham"], Meta("citation_publisher"));
        Assert.Equal(["10.1234/example.5678"], Meta("citation_doi"));
        Assert.Equal(["A community panel shapes Leeds priorities"], Meta("DC.title"));
        Assert.Equal(2, Meta("DC.creator").Length);
        Assert.Equal(["2025-05-20"], Meta("DC.date"));
        Assert.Single(Meta("DC.publisher"));
        Assert.Single(Meta("DC.rights"));

        var apa = doc.QuerySelector("#cite-apa + .citation")!.TextContent;
        Assert.Equal("Example, A., & Example, B. (2025, May 20). A community panel shapes Leeds priorities. LPIP Hub. https://doi.org/10.1234/example.5678", apa);
        var harvard = doc.QuerySelector("#cite-harvard + .citation")!.TextContent;
        Assert.Equal("Example, A. and Example, B. (2025) A community panel shapes Leeds priorities. LPIP Hub. Available at: https://doi.org/10.1234/example.5678.", harvard);
        foreach (var file in new[] { "cite.bib", "cite.ris", "cite.json" })
        {
            Assert.NotNull(doc.QuerySelector($"#cite ~ ul a[href='/{CaseStudy}{file}']"));
        }
    }

    [Fact]
    public void Methods_without_a_date_are_cited_as_no_date_and_give_no_publication_date_tag()
    {
        var doc = new HtmlParser().ParseDocument(ReuseFiles.Text("methods/community-panel/index.html"));
        Assert.Empty(doc.QuerySelectorAll("meta[name='citation_publication_date']"));
        Assert.Contains("(n.d.)", doc.QuerySelector("#cite-apa + .citation")!.TextContent, StringComparison.Ordinal);
    }
}
