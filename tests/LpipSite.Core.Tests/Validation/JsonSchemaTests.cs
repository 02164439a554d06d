using LpipSite.Core.ContentTypes;
using System.Text.Json;
using Json.Schema;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;
using LpipSite.Core.Tests.Support;
using LpipSite.Core.Validation.Schema;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Validation;

/// <summary>
/// The JSON Schemas in schemas/ are generated from the content model, never drift from it, and
/// agree with the validator: valid content passes both, typical mistakes fail both.
/// </summary>
public class JsonSchemaTests
{
    private static readonly string SchemasFolder = Path.Combine(RepositoryRoot.Path, "schemas");

    private static readonly Dictionary<string, JsonSchema> Schemas = JsonSchemaGenerator.All().ToDictionary(
        f => f.FileName,
        f => JsonSchema.FromText(f.Json, baseUri: new Uri("https://schemas.lpip.test/" + f.FileName)));

    [Fact]
    public void Committed_schemas_are_byte_identical_to_the_generated_ones()
    {
        var generated = JsonSchemaGenerator.All();
        foreach (var file in generated)
        {
            var path = Path.Combine(SchemasFolder, file.FileName);
            Assert.True(File.Exists(path), $"schemas/{file.FileName} is missing; run 'lpip schemas' and commit the result");
            Assert.True(file.Json == File.ReadAllText(path), $"schemas/{file.FileName} differs from the content model; run 'lpip schemas' and commit the result");
        }

        var committed = Directory.GetFiles(SchemasFolder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(generated.Select(f => f.FileName).Order(StringComparer.Ordinal), committed);
    }

    [Fact]
    public void Every_kind_of_content_file_has_a_schema()
    {
        var kinds = ContentTypeRegistry.All.Select(t => t.Kind).Concat([ContentKind.Site, ContentKind.Themes, ContentKind.Topics]);
        Assert.All(kinds, kind => Assert.Contains(JsonSchemaGenerator.SchemaFileName(kind), Schemas.Keys));
    }

    [Fact]
    public void Editor_settings_map_every_yaml_file_kind_to_its_committed_schema()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, ".vscode", "settings.json")));
        var mapping = settings.RootElement.GetProperty("yaml.schemas").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty);
        var expected = new Dictionary<string, string>
        {
            ["./schemas/site.schema.json"] = "content/site.yml",
            ["./schemas/taxonomy.schema.json"] = "content/taxonomies/*.yml",
        };
        foreach (var (folder, kind, extension) in ContentLayout.Collections.Where(c => c.Extension == ".yml"))
        {
            expected["./schemas/" + JsonSchemaGenerator.SchemaFileName(kind)] = $"content/{folder}/*.yml";
        }

        // Translations (gwynedd.cy.yml) have their own schemas: only the translated fields.
        expected["./schemas/site.translation.schema.json"] = "content/site.*.yml";
        expected["./schemas/taxonomy.translation.schema.json"] = "content/taxonomies/*.*.yml";
        foreach (var (folder, kind, extension) in ContentLayout.Collections.Where(c => c.Extension == ".yml"))
        {
            expected["./schemas/" + JsonSchemaGenerator.TranslationSchemaFileName(kind)] = $"content/{folder}/*.*.yml";
        }

        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), mapping.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.All(mapping.Keys, schema => Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, schema))));
    }

    [Fact]
    public void Generated_schemas_are_valid_draft_2020_12_schemas()
    {
        foreach (var file in JsonSchemaGenerator.All())
        {
            using var document = JsonDocument.Parse(file.Json);
            var result = MetaSchemas.Draft202012.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, file.FileName + ": " + Describe(result));
            Assert.Equal(JsonSchemaGenerator.Draft, document.RootElement.GetProperty("$schema").GetString());
        }
    }

    [Fact]
    public void Conditional_requirements_become_if_then_clauses()
    {
        var place = JsonSchemaGenerator.All().Single(f => f.FileName == "place.schema.json").Json;
        Assert.Contains("\"if\"", place, StringComparison.Ordinal);
        Assert.Contains("\"then\"", place, StringComparison.Ordinal);
        Assert.Contains("\"else\"", place, StringComparison.Ordinal);
    }

    public static TheoryData<string> ValidSites => new() { "content", "tests/fixtures/sites/minimal/content", "tests/fixtures/sites/sample/content" };

    [Theory]
    [MemberData(nameof(ValidSites))]
    public void Every_file_of_a_valid_site_passes_its_schema(string site)
    {
        var bag = new DiagnosticBag();
        var loaded = ContentLoader.Load(Path.Combine(RepositoryRoot.Path, site), bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        Assert.NotEmpty(loaded.Documents);
        foreach (var document in loaded.Documents)
        {
            var result = Evaluate(document);
            Assert.True(result.IsValid, document.Path + ": " + Describe(result));
        }
    }

    public static TheoryData<string, string, string, string> Mistakes => new()
    {
        // file, text to find, replacement, the validator's code
        { "case-studies/leeds-panel.md", "evidence_level: not-assessed", "evidence_level: not-assessed\nevidence: strong", DiagnosticCodes.UnknownField },
        { "case-studies/leeds-panel.md", "evidence_level: not-assessed", "evidence_level: nesta-9", DiagnosticCodes.NotInVocabulary },
        { "case-studies/leeds-panel.md", "evidence_level: not-assessed\n", "", DiagnosticCodes.MissingField },
        { "case-studies/leeds-panel.md", "summary: Residents advised the partnership.", "summary: Residents **advised** the partnership.", DiagnosticCodes.NotPlainText },
        { "case-studies/leeds-panel.md", "summary: Residents advised the partnership.", "summary: " + new string('x', 301), DiagnosticCodes.TooLong },
        { "case-studies/leeds-panel.md", "date: 2025-03-31", "date: 31/03/2025", DiagnosticCodes.InvalidDate },
        { "case-studies/leeds-panel.md", "places: [leeds]", "places: leeds", DiagnosticCodes.WrongType },
        { "case-studies/leeds-panel.md", "places: [leeds]", "places: []", DiagnosticCodes.EmptyList },
        { "case-studies/leeds-panel.md", "orcid: 0000-0002-1825-0097", "orcid: 0000-0002-1825", DiagnosticCodes.InvalidOrcid },
        { "places/leeds.yml", "gss: E08000035", "gss: E0800003", DiagnosticCodes.InvalidGss },
        { "places/leeds.yml", "type: local-authority-district", "type: city", DiagnosticCodes.NotInVocabulary },
        { "places/leeds.yml", "gss: E08000035\n", "", DiagnosticCodes.ConditionallyRequired },
        { "places/leeds.yml", "gss: E08000035", "gss: E08000035\nconstituents: [england]", DiagnosticCodes.NotAllowedHere },
        { "organisations/test-university.yml", "type: university", "type: university\nurl: www.example.org", DiagnosticCodes.InvalidUrl },
        { "partnerships/test-lpip.yml", "phase: phase-2", "phase: 2", DiagnosticCodes.NotInVocabulary },
        { "methods/community-panel.md", "family: engagement", "family: engagment", DiagnosticCodes.NotInVocabulary },
        { "pages/about.md", "title: About\n", "", DiagnosticCodes.MissingField },
        { "site.yml", "base_url: https://example.org/", "base_url: example.org", DiagnosticCodes.InvalidUrl },
        { "taxonomies/themes.yml", "- id: skills", "- id: Skills", DiagnosticCodes.InvalidId },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Typical_mistakes_fail_both_the_validator_and_the_schema(string file, string find, string replace, string code)
    {
        using var tree = new ContentTree();
        tree.Edit(file, find, replace);
        var (_, diagnostics) = tree.Validate();
        Assert.Contains(diagnostics, d => d.Code == code && d.Location.Path == "content/" + file);

        var document = Load(tree).Documents.Single(d => d.Path == "content/" + file);
        Assert.False(Evaluate(document).IsValid, $"the schema accepted the mistake in {file}");
    }

    public static TheoryData<string, string> ConditionalFiles => new()
    {
        {
            "news/an-event.md", """
            ---
            title: An event
            summary: A meeting.
            date: 2026-01-01
            kind: event
            ---
            Text.
            """
        },
        {
            "training/a-webinar.md", """
            ---
            title: A webinar
            summary: A recording.
            format: webinar
            audience: [researchers]
            learning_outcomes: [Understand things]
            ---
            Text.
            """
        },
        {
            "places/a-custom-area.yml", """
            name: A custom area
            type: custom-area
            nation: england
            summary: Several places.
            """
        },
    };

    [Theory]
    [MemberData(nameof(ConditionalFiles))]
    public void Fields_required_by_another_fields_value_fail_both_when_missing(string file, string text)
    {
        using var tree = new ContentTree();
        tree.Write(file, text);
        var (_, diagnostics) = tree.Validate();
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ConditionallyRequired && d.Location.Path == "content/" + file);
        Assert.False(Evaluate(Load(tree).Documents.Single(d => d.Path == "content/" + file)).IsValid);
    }

    [Fact]
    public void The_valid_test_tree_passes_both_the_validator_and_the_schemas()
    {
        using var tree = new ContentTree();
        Assert.DoesNotContain(tree.Validate().Diagnostics, d => d.Severity == Severity.Error);
        Assert.All(Load(tree).Documents, d => Assert.True(Evaluate(d).IsValid, d.Path + ": " + Describe(Evaluate(d))));
    }

    private static LoadedContent Load(ContentTree tree) => ContentLoader.Load(tree.ContentRoot, new DiagnosticBag());

    private static EvaluationResults Evaluate(SourceDocument document)
    {
        Assert.NotNull(document.FrontMatter);
        var json = YamlJson.ToJson(document.FrontMatter!);
        using var parsed = JsonDocument.Parse(json?.ToJsonString() ?? "null");
        var schema = Schemas[document.IsTranslation ? JsonSchemaGenerator.TranslationSchemaFileName(document.Kind) : JsonSchemaGenerator.SchemaFileName(document.Kind)];
        return schema.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults result) =>
        string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => d.InstanceLocation + ": " + string.Join(", ", d.Errors!.Values)));
}
