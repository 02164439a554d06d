using System.Text.Json.Nodes;
using LpipSite.Core.ContentTypes;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Outputs.Editor;
using LpipSite.Core.Validation;
using LpipSite.Core.Validation.Schema;
using LpipSite.Core.Tests.Support;
using LpipSite.Testing;
using YamlDotNet.RepresentationModel;
using YamlNode = YamlDotNet.RepresentationModel.YamlNode;

namespace LpipSite.Core.Tests.Output.Editor;

/// <summary>
/// The web editor's configuration against the JSON Schemas: both come from the content model, and a
/// contributor must meet the same rules whichever way they edit.
/// </summary>
public sealed class DecapConfigTests
{
    private static readonly Lazy<SiteModel> Shipped = new(() =>
    {
        var bag = new DiagnosticBag();
        var today = new DateOnly(2026, 11, 25);
        var validated = ContentValidator.Validate(ContentLoader.Load(RepositoryRoot.PathOf("content"), bag), bag, today);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted().Select(d => d.Format())));
        return SiteModelFactory.Create(new ItemMapper(validated).Map(), today, includeUnpublished: false);
    });

    private static JsonObject Config(SiteModel model) =>
        ToJson(Parse(new DecapConfig(model, DefaultThemeText.English, "content").Yaml("lpip-hub/lpipsite"))).AsObject();

    [Fact]
    public void Every_field_closed_list_pattern_and_required_flag_of_the_editor_agrees_with_the_JSON_Schema()
    {
        var config = Config(Shipped.Value);
        var collections = config["collections"]!.AsArray().Select(c => c!.AsObject()).ToList();
        Assert.Equal(ContentTypeRegistry.All.Select(t => t.Folder), collections.Select(c => (string)c["name"]!));
        foreach (var type in ContentTypeRegistry.All)
        {
            var collection = collections.Single(c => (string)c["name"]! == type.Folder);
            var schema = JsonNode.Parse(JsonSchemaGenerator.All().Single(f => f.FileName == type.SchemaFileName).Json)!.AsObject();
            var fields = collection["fields"]!.AsArray().Select(f => f!.AsObject()).ToList();
            if (type.Extension == ".md")
            {
                Assert.Equal("body", (string)fields[^1]["name"]!);
                Assert.Equal("markdown", (string)fields[^1]["widget"]!);
                fields.RemoveAt(fields.Count - 1);
            }

            Assert.Equal("content/" + type.Folder, (string)collection["folder"]!);
            Assert.Equal(type.Extension[1..], (string)collection["extension"]!);
            AgreeAsObjects(type.Folder, schema, fields);
        }
    }

    /// <summary>
    /// Every property is a field and back, required alike (except inside an optional object, where
    /// Decap would demand the object's fields even when it is left out: there every field is optional);
    /// each field's value agrees with its property's.
    /// </summary>
    private static void AgreeAsObjects(string where, JsonObject schema, IReadOnlyList<JsonObject> fields, bool insideOptional = false)
    {
        var properties = schema["properties"]!.AsObject();
        Assert.Equal(properties.Select(p => p.Key), fields.Select(f => (string)f["name"]!));
        var required = schema["required"]?.AsArray().Select(r => (string)r!).ToHashSet() ?? [];
        foreach (var field in fields)
        {
            var name = (string)field["name"]!;
            var at = where + "." + name;
            var expected = required.Contains(name) && !insideOptional;
            Assert.True(expected == (field["required"] is null), $"{at}: required should be {expected}, in the editor's config {field["required"]?.ToJsonString() ?? "true"}");
            AgreeAsValues(at, properties[name]!.AsObject(), field);
        }
    }

    private static void AgreeAsValues(string at, JsonObject property, JsonObject field)
    {
        var widget = (string)field["widget"]!;
        if (property["type"] is JsonValue type && (string)type! == "array")
        {
            var items = property["items"]!.AsObject();
            if (widget is "select" or "relation")
            {
                Assert.True((bool?)field["multiple"] == true, $"{at}: a list, but one choice");
                AgreeAsValues(at, items, field);
            }
            else
            {
                Assert.Equal("list", widget);
                if (field["fields"] is JsonArray nested)
                {
                    AgreeAsObjects(at, items, nested.Select(n => n!.AsObject()).ToList());
                }
                else
                {
                    AgreeAsValues(at, items, field["field"]!.AsObject());
                }
            }

            Assert.Equal((int?)property["minItems"], (int?)field["min"]);
            return;
        }

        if (property["enum"] is JsonArray closed)
        {
            Assert.Equal("select", widget);
            Assert.Equal(closed.Select(v => (string)v!), field["options"]!.AsArray().Select(o => (string)o!["value"]!));
            return;
        }

        if (property["properties"] is not null)
        {
            Assert.Equal("object", widget);
            AgreeAsObjects(at, property, field["fields"]!.AsArray().Select(f => f!.AsObject()).ToList(), insideOptional: field["required"] is not null);
            return;
        }

        if (property["anyOf"] is not null)
        {
            Assert.Equal("boolean", widget);
            return;
        }

        if (property["type"] is JsonValue number && (string)number! == "number")
        {
            Assert.Equal("number", widget);
            Assert.Equal(Number(property["minimum"]!), Number(field["min"]!));
            Assert.Equal(Number(property["maximum"]!), Number(field["max"]!));
            return;
        }

        var pattern = (string?)property["pattern"];
        var format = (string?)property["format"];
        if (format == "date" || pattern?.StartsWith("^[0-9]{4}-[0-9]{2}-[0-9]{2}", StringComparison.Ordinal) == true)
        {
            // The date widget writes what the pattern takes: YYYY-MM-DD, and a time when the field has one.
            Assert.Equal("datetime", widget);
            var stored = (string)field["format"]!;
            Assert.Matches(pattern!, stored.Replace("YYYY", "2025").Replace("MM", "03").Replace("DD", "31").Replace("HH", "14").Replace("mm", "00"));
            return;
        }

        if (widget is "relation" or "select")
        {
            // A reference: the relation stores the referenced file's name, which is its id.
            Assert.Equal("string", (string)property["type"]!);
            return;
        }

        if (widget is "file" or "image")
        {
            return;
        }

        if (property["not"] is JsonObject markup)
        {
            // Plain text: the editor's pattern refuses what the schema's "not" refuses, and a blank value.
            var editorPattern = (string)field["pattern"]![0]!;
            Assert.Contains((string)markup["pattern"]!, editorPattern, StringComparison.Ordinal);
            foreach (var refused in new[] { "**bold**", "<b>x</b>", "[a](b)", "# Heading", "&amp;" })
            {
                Assert.DoesNotMatch(editorPattern, refused);
            }

            if (property["maxLength"] is JsonValue max)
            {
                Assert.DoesNotMatch(editorPattern, new string('a', (int)max + 1));
                Assert.Matches(editorPattern, new string('a', (int)max));
            }

            return;
        }

        if (widget == "markdown")
        {
            return;
        }

        Assert.Equal("string", widget);
        Assert.Equal(pattern, (string?)field["pattern"]?[0]);
    }

    private static double Number(JsonNode node) => double.Parse(node.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Welsh_translations_are_edited_beside_the_English_field_by_translated_field()
    {
        var config = Config(Shipped.Value);
        Assert.Equal("multiple_files", (string)config["i18n"]!["structure"]!);
        Assert.Equal(["en", "cy"], config["i18n"]!["locales"]!.AsArray().Select(l => (string)l!));
        Assert.Equal("en", (string)config["i18n"]!["default_locale"]!);
        foreach (var collection in config["collections"]!.AsArray().Select(c => c!.AsObject()))
        {
            var type = ContentTypeRegistry.All.Single(t => t.Folder == (string)collection["name"]!);
            var translated = collection["fields"]!.AsArray()
                .SelectMany(f => TranslatedPaths(f!.AsObject(), string.Empty))
                .Where(p => p != "body")
                .ToList();
            Assert.Equal(type.TranslatedFields.Order(StringComparer.Ordinal), translated.Order(StringComparer.Ordinal));
            Assert.True((bool?)collection["i18n"] == true, type.Folder);
        }
    }

    /// <summary>The dotted paths of a field's translated leaves: its own name when nothing under it says i18n.</summary>
    private static IEnumerable<string> TranslatedPaths(JsonObject field, string prefix)
    {
        if ((bool?)field["i18n"] != true)
        {
            return [];
        }

        var path = prefix + (string)field["name"]!;
        var children = field["fields"]?.AsArray().SelectMany(c => TranslatedPaths(c!.AsObject(), path + ".")).ToList() ?? [];
        return children.Count > 0 ? children : [path];
    }

    [Fact]
    public void References_to_places_partnerships_organisations_and_methods_pick_from_their_collections_and_themes_from_the_sites_terms()
    {
        var config = Config(Shipped.Value);
        var caseStudy = config["collections"]!.AsArray().Single(c => (string)c!["name"]! == "case-studies")!["fields"]!.AsArray().ToDictionary(f => (string)f!["name"]!, f => f!.AsObject());
        Assert.Equal("relation", (string)caseStudy["places"]["widget"]!);
        Assert.Equal("places", (string)caseStudy["places"]["collection"]!);
        Assert.Equal("{{slug}}", (string)caseStudy["places"]["value_field"]!);
        Assert.True((bool)caseStudy["places"]["multiple"]!);
        Assert.Equal("partnerships", (string)caseStudy["partnership"]["collection"]!);
        Assert.Equal("select", (string)caseStudy["themes"]["widget"]!);
        Assert.Equal(Shipped.Value.Themes.Ids, caseStudy["themes"]["options"]!.AsArray().Select(o => (string)o!["value"]!));
        Assert.True((bool)caseStudy["draft"]["default"]!);
        // A case study may have no image; when it has one, src and alt are needed.
        var image = caseStudy["image"]["fields"]!.AsArray().ToDictionary(f => (string)f!["name"]!, f => f!.AsObject());
        Assert.False((bool)image["src"]["required"]!);
        Assert.EndsWith("Required when the image is given.", (string)image["src"]["hint"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void News_ids_start_with_the_date_as_lpip_new_names_them()
    {
        var collections = Config(Shipped.Value)["collections"]!.AsArray();
        Assert.Equal("{{year}}-{{month}}-{{day}}-{{slug}}", (string)collections.Single(c => (string)c!["name"]! == "news")!["slug"]!);
        Assert.Equal("{{slug}}", (string)collections.Single(c => (string)c!["name"]! == "case-studies")!["slug"]!);
    }

    [Fact]
    public void Production_saves_become_pull_requests_and_contributors_without_write_access_edit_through_a_fork()
    {
        var config = Config(Shipped.Value);
        Assert.Equal("github", (string)config["backend"]!["name"]!);
        Assert.Equal("lpip-hub/lpipsite", (string)config["backend"]!["repo"]!);
        Assert.True((bool)config["backend"]!["open_authoring"]!);
        Assert.Equal("editorial_workflow", (string)config["publish_mode"]!);
        Assert.True((bool)config["local_backend"]!);
        Assert.Equal("content/assets/images", (string)config["media_folder"]!);
        Assert.Equal("assets/images", (string)config["public_folder"]!);
    }

    [Theory]
    [InlineData("https://github.com/lpip-hub/lpipsite", "lpip-hub/lpipsite")]
    [InlineData("https://github.com/lpip-hub/lpipsite.git", "lpip-hub/lpipsite")]
    [InlineData("https://gitlab.com/lpip-hub/lpipsite", null)]
    [InlineData("https://github.com/lpip-hub", null)]
    [InlineData(null, null)]
    public void The_editor_commits_to_the_sites_GitHub_repository_and_a_site_without_one_has_no_editor(string? repository, string? expected)
    {
        var settings = Shipped.Value.Settings with { Repository = repository };
        Assert.Equal(expected, DecapConfig.GitHubRepository(settings));
    }

    [Fact]
    public void The_configuration_is_valid_YAML_whose_strings_stay_strings()
    {
        var text = new DecapConfig(Shipped.Value, DefaultThemeText.English, "content").Yaml("lpip-hub/lpipsite");
        var root = ToJson(Parse(text)).AsObject();
        var patterns = root["collections"]!.AsArray().SelectMany(c => c!["fields"]!.AsArray()).Where(f => f!["pattern"] is not null).Select(f => (string)f!["pattern"]![0]!).ToList();
        Assert.Contains(JsonSchemaGenerator.PatternOf(new GssType()), patterns);
        Assert.StartsWith("# The web editor's configuration, generated by lpip build", text, StringComparison.Ordinal);
    }

    private static YamlNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }

    /// <summary>The YAML as JSON: quoted scalars are strings; plain ones true/false and numbers as such.</summary>
    private static JsonNode ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, (JsonNode?)ToJson(kv.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(c => (JsonNode?)ToJson(c)).ToArray()),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } plain when plain.Value is "true" or "false" => JsonValue.Create(plain.Value == "true"),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } plain when int.TryParse(plain.Value, System.Globalization.CultureInfo.InvariantCulture, out var whole) => JsonValue.Create(whole),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } plain when double.TryParse(plain.Value, System.Globalization.CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value!),
        _ => throw new InvalidOperationException("unexpected YAML node"),
    };
}
