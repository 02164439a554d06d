using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using Json.Schema;
using LpipSite.Core.Model;
using LpipSite.Core.Tests.Support;

namespace LpipSite.Core.Tests.Reuse;

public class OpenDataTests
{
    public static TheoryData<string> Datasets => new() { "case-studies", "places", "place-indicators", "partnerships", "organisations", "methods", "training" };

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Every_json_export_validates_against_its_2020_12_schema(string dataset)
    {
        var schemaText = ReuseFiles.Text($"data/schema/{dataset}.schema.json");
        Assert.Contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"", schemaText, StringComparison.Ordinal);
        var schema = JsonSchema.FromText(schemaText);
        using var document = JsonDocument.Parse(ReuseFiles.Text($"data/{dataset}.json"));
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(result.IsValid, dataset + ": " + JsonSerializer.Serialize(result));
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Csv_has_one_row_per_json_item_and_the_same_ids(string dataset)
    {
        var json = JsonNode.Parse(ReuseFiles.Text($"data/{dataset}.json"))!;
        var items = json["items"]!.AsArray();
        Assert.Equal(items.Count, (int)json["count"]!);

        using var csv = CsvReader.Create(ReuseFiles.Bytes($"data/{dataset}.csv"), new CsvReaderOptions { Separator = ',' });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Current.ToArray());
        }

        Assert.Equal(items.Count, rows.Count);
        var key = dataset == "place-indicators" ? "place" : "id";
        var column = csv.GetFieldIndex(key);
        Assert.Equal(items.Select(i => (string)i![key]!), rows.Select(r => r[column]));
        Assert.All(rows, r => Assert.Equal(csv.Headers.Count, r.Length));
    }

    [Fact]
    public void Csv_row_counts_match_the_published_model_without_drafts_or_scheduled_items()
    {
        var model = FixtureSite.Sample.Model();
        int Rows(string dataset)
        {
            using var csv = CsvReader.Create(ReuseFiles.Bytes($"data/{dataset}.csv"), new CsvReaderOptions { Separator = ',' });
            var n = 0;
            while (csv.Read())
            {
                n++;
            }

            return n;
        }

        Assert.Equal(model.CaseStudies.Count(c => c.Publication.StateOn(model.Today) == PublishState.Published), Rows("case-studies"));
        Assert.Equal(model.Places.Count, Rows("places"));
        Assert.Equal(model.Places.Sum(p => p.Indicators.Count), Rows("place-indicators"));
        Assert.Equal(model.Partnerships.Count, Rows("partnerships"));
        Assert.Equal(model.Organisations.Count, Rows("organisations"));
        Assert.Equal(model.Methods.Count, Rows("methods"));
        Assert.Equal(model.Training.Count, Rows("training"));
        Assert.DoesNotContain("draft-case-study", ReuseFiles.Text("data/case-studies.csv"), StringComparison.Ordinal);
        Assert.DoesNotContain("scheduled-case-study", ReuseFiles.Text("data/case-studies.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_is_rfc_4180_with_crlf_no_bom_and_semicolon_joined_lists()
    {
        var bytes = ReuseFiles.Bytes("data/case-studies.csv");
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF);
        var text = ReuseFiles.Text("data/case-studies.csv");
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { Separator = ',' });
        while (csv.Read())
        {
            if (csv.GetString("id") == "community-panel-leeds")
            {
                Assert.Equal("communities-in-their-places;inclusive-sustainable-economy", csv.GetString("themes"));
                Assert.Equal("Ada Example;Ben Example", csv.GetString("authors_name"));
                Assert.Equal("https://orcid.org/0000-0002-1825-0097;", csv.GetString("authors_orcid"));
                Assert.Equal("ypip", csv.GetString("partnership"));
                Assert.StartsWith("https://", csv.GetString("partnership_url"), StringComparison.Ordinal);
                return;
            }
        }

        Assert.Fail("community-panel-leeds not found");
    }

    [Fact]
    public void Training_export_carries_dated_sessions_in_uk_local_time()
    {
        var items = JsonNode.Parse(ReuseFiles.Text("data/training.json"))!["items"]!.AsArray();
        var withSessions = items.First(i => i!["sessions"]!.AsArray().Count == 2)!;
        Assert.Equal("2025-03-04T14:00", (string)withSessions["sessions"]![0]!["start"]!);
        Assert.EndsWith("sessions.ics", (string)withSessions["calendar"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_page_describes_every_dataset_with_licence_sizes_fields_and_datacatalog_json_ld()
    {
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(ReuseFiles.Text("data/index.html"));
        foreach (var dataset in Datasets)
        {
            var section = doc.QuerySelector($"section[aria-labelledby='dataset-{dataset}']");
            Assert.NotNull(section);
            Assert.NotNull(section!.QuerySelector($"a[href='/data/{dataset}.json']"));
            Assert.NotNull(section.QuerySelector($"a[href='/data/{dataset}.csv']"));
            Assert.NotNull(section.QuerySelector($"a[href='/data/schema/{dataset}.schema.json']"));
            Assert.NotNull(section.QuerySelector("a[rel=license]"));
            Assert.Matches(@"\((\d+ bytes|\d+ KB|\d+\.\d MB)\)", section.TextContent);
            Assert.NotEmpty(section.QuerySelectorAll("tbody th[scope=row] code"));
        }

        Assert.Contains("Open Government Licence", doc.QuerySelector("section[aria-labelledby='dataset-place-indicators']")!.TextContent, StringComparison.Ordinal);

        // The update time is the newest content date (a case study updated 2025-06-01), not the clock.
        Assert.NotNull(doc.QuerySelector("time[datetime='2025-06-01']"));
        var graph = JsonNode.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent)!["@graph"]!.AsArray();
        var catalog = graph.Single(n => (string)n!["@type"]! == "DataCatalog")!;
        Assert.Equal(8, catalog["dataset"]!.AsArray().Count); // seven from the built-in types, and opportunities
        Assert.All(catalog["dataset"]!.AsArray(), d =>
        {
            Assert.Equal("Dataset", (string)d!["@type"]!);
            Assert.NotNull(d["license"]);
            Assert.Equal(2, d["distribution"]!.AsArray().Count);
        });
    }

    [Fact]
    public void Footer_links_to_the_open_data_page()
    {
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(ReuseFiles.Text("index.html"));
        Assert.NotNull(doc.QuerySelector("footer a[href='/data/']"));
    }

    [Fact]
    public void Preview_build_keeps_drafts_and_scheduled_items_out_of_exports_and_site_wide_calendars()
    {
        var preview = LpipSite.Core.Rendering.SiteRenderer.Render(FixtureSite.Sample.Model(includeUnpublished: true), FixtureSite.Sample.Options(includeUnpublished: true));
        string Text(string path) => System.Text.Encoding.UTF8.GetString(preview.Files.Single(f => f.Path == path).Content.Span);
        Assert.Contains(preview.Files, f => f.Path == "case-studies/draft-case-study/index.html");
        foreach (var dataset in Datasets)
        {
            Assert.DoesNotContain("draft-case-study", Text($"data/{dataset}.json"), StringComparison.Ordinal);
            Assert.DoesNotContain("scheduled-case-study", Text($"data/{dataset}.csv"), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("draft-news", Text("news/events.ics"), StringComparison.Ordinal);
    }
}
