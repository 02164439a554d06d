using LpipSite.Browser.Tests.Support;
using Microsoft.Playwright;
using YamlDotNet.RepresentationModel;
using static Microsoft.Playwright.Assertions;

namespace LpipSite.Browser.Tests.Admin;

/// <summary>
/// The web editor (Decap CMS at /admin/ of a built site) in Chromium, driven through its own UI
/// against decap-server over a copy of the shipped content: what it writes is the site's own
/// layout (slug.md beside slug.cy.md, never slug.en.md), passes `lpip check` and builds; and the
/// editor logs no error and talks to no origin but the site's and decap-server's.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DecapEditorTests(SiteFixture sites, EditorRepository repository) : IClassFixture<EditorRepository>
{
    private const string WelshTitle = "Ymchwil ymatebol: prosiectau byr ar fylchau yn y dystiolaeth am Gymru wledig";

    [Fact]
    public async Task The_editor_lists_a_translated_case_study_once_loads_its_Welsh_file_and_previews_it_in_the_sites_markup_and_stylesheet()
    {
        await using var editor = await EditorSession.SignInAsync(sites, repository);
        await editor.GoToAsync("#/collections/case-studies");
        var entries = editor.Page.Locator("a[href*='/collections/case-studies/entries/']");
        await Expect(entries.Filter(new() { HasText = "Responsive research: short projects on rural Wales evidence gaps" })).ToHaveCountAsync(1);
        var sources = Directory.EnumerateFiles(repository.PathOf("case-studies"), "*.md").Count(f => !f.EndsWith(".cy.md", StringComparison.Ordinal));
        await Expect(entries).ToHaveCountAsync(sources);

        await editor.GoToAsync("#/collections/case-studies/entries/cymru-wledig-responsive-research-projects");
        await editor.WriteInAsync("en", "cy");
        await editor.CloseSecondLocaleAsync();
        await Expect(editor.TextBox("Title")).ToHaveValueAsync(WelshTitle);

        await editor.Page.GetByTitle("Toggle preview").ClickAsync();
        var preview = editor.Page.Locator("iframe").First.ContentFrame;
        await Expect(preview.Locator("article.case-study h1")).ToHaveTextAsync(WelshTitle);
        await Expect(preview.Locator("article.case-study .prose h2").First).ToBeVisibleAsync();
        await Expect(preview.Locator("link[rel='stylesheet'][href^='/assets/css/site.']")).ToHaveCountAsync(1);
        await editor.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task Creating_a_case_study_with_every_required_field_writes_slug_md_that_passes_lpip_check_and_builds()
    {
        await using var editor = await EditorSession.SignInAsync(sites, repository);
        await editor.GoToAsync("#/collections/case-studies/new");
        await editor.CloseSecondLocaleAsync();
        await editor.TextBox("Title").FillAsync("Rural bus pilot in Gwynedd");
        await editor.TextBox("Summary").FillAsync("A six-month pilot of demand-responsive buses in rural Gwynedd.");
        await editor.Page.GetByLabel("Date", new() { Exact = true }).FillAsync("2026-11-20");
        await editor.ChooseAsync("Partnership", "Cymru Wledig LPIP Rural Wales", search: "Rural Wales");
        await editor.ChooseAsync("Places", "Gwynedd", search: "Gwyn");
        await editor.ChooseAsync("Themes", "Innovation");
        await editor.Page.GetByRole(AriaRole.Button, new() { Name = "Add authors" }).ClickAsync();
        await editor.TextBox("Name").FillAsync("LPIP Hub editorial team");
        await editor.ChooseAsync("Evidence level", "Not assessed");
        await editor.TypeMarkdownAsync("Conditions", "Councils and bus operators agreed to share booking data.");
        await editor.TypeMarkdownAsync("Body", "The pilot ran for six months.");
        await editor.PublishNowAsync();

        var file = await repository.WaitForFileAsync("case-studies/rural-bus-pilot-in-gwynedd.md");
        var data = FrontMatter(file);
        Assert.Equal("cymru-wledig-lpip-rural-wales", Scalar(data, "partnership"));
        Assert.Equal(["gwynedd"], Sequence(data, "places"));
        Assert.Equal(["innovation"], Sequence(data, "themes"));
        Assert.Equal("true", Scalar(data, "draft"));
        Assert.Contains("The pilot ran for six months.", file, StringComparison.Ordinal);
        Assert.False(File.Exists(repository.PathOf("case-studies/rural-bus-pilot-in-gwynedd.cy.md")), "a Welsh file was written for a case study nobody translated");
        AssertNoDefaultLocaleNames();
        AssertLpipPasses(repository.Check(), "check");
        AssertLpipPasses(repository.Build(), "build");
        await editor.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task Editing_a_place_rewrites_its_yml_file_with_the_change_and_it_still_passes_lpip_check()
    {
        const string Summary = "Leeds is a metropolitan district in West Yorkshire; the University of Leeds leads YPIP.";
        await using var editor = await EditorSession.SignInAsync(sites, repository);
        await editor.GoToAsync("#/collections/places/entries/leeds");
        await editor.CloseSecondLocaleAsync();
        await editor.TextBox("Summary").FillAsync(Summary);
        await editor.PublishNowAsync();

        var data = Yaml(await repository.WaitForFileAsync("places/leeds.yml", text => Scalar(Yaml(text), "summary") == Summary));
        Assert.Equal(Summary, Scalar(data, "summary"));
        Assert.Equal("Leeds", Scalar(data, "name"));
        Assert.Equal("E08000035", Scalar(data, "gss"));
        Assert.Equal("yorkshire-and-the-humber", Scalar(data, "region"));
        Assert.False(File.Exists(repository.PathOf("places/leeds.cy.yml")), "a Welsh file was written for a place nobody translated");
        AssertNoDefaultLocaleNames();
        AssertLpipPasses(repository.Check(), "check");
        await editor.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task Adding_a_Welsh_translation_writes_slug_cy_md_beside_slug_md_with_the_translated_fields_only()
    {
        await using var editor = await EditorSession.SignInAsync(sites, repository);
        await editor.GoToAsync("#/collections/case-studies/entries/ypip-community-panel");
        await editor.WriteInAsync("en", "cy");
        await editor.CloseSecondLocaleAsync();
        await editor.TextBox("Title").FillAsync("Panel cymunedol YPIP");
        await editor.TextBox("Summary").FillAsync("Panel o ddeuddeg o bobl leol sy'n llywio gwaith YPIP.");
        await editor.TypeMarkdownAsync("Conditions", "Roedd aelodau'r panel yn cael eu talu am eu hamser.");
        await editor.TypeMarkdownAsync("Body", "Mae'r panel yn cwrdd bob mis.");
        await editor.PublishNowAsync();

        var welsh = await repository.WaitForFileAsync("case-studies/ypip-community-panel.cy.md");
        var data = FrontMatter(welsh);
        Assert.Equal(["summary", "title", "transferability"], data.Children.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(["conditions"], ((YamlMappingNode)data["transferability"]).Children.Keys.Select(k => k.ToString()));
        Assert.Equal("Panel cymunedol YPIP", Scalar(data, "title"));
        Assert.Contains("Mae'r panel yn cwrdd bob mis.", welsh, StringComparison.Ordinal);
        var source = FrontMatter(await File.ReadAllTextAsync(repository.PathOf("case-studies/ypip-community-panel.md")));
        Assert.Equal("ypip", Scalar(source, "partnership"));
        Assert.DoesNotContain("Panel cymunedol", Scalar(source, "title"), StringComparison.Ordinal);
        AssertNoDefaultLocaleNames();
        AssertLpipPasses(repository.Check(), "check");
        await editor.AssertNothingWentWrongAsync();
    }

    /// <summary>Decap's own name for the English file (slug.en.md) never reaches the repository.</summary>
    private void AssertNoDefaultLocaleNames()
    {
        var wrong = Directory.EnumerateFiles(repository.Content, "*.en.*", SearchOption.AllDirectories).ToList();
        Assert.True(wrong.Count == 0, "files named for the default locale: " + string.Join(", ", wrong));
    }

    private void AssertLpipPasses(LpipSite.Site.Tests.Support.LpipRun run, string command) =>
        Assert.True(run.ExitCode == 0, $"lpip {command} exited with {run.ExitCode}:\n{run.Stderr}\n{run.Stdout}\n\ndecap-server said:\n{repository.Decap.Output}");

    private static YamlMappingNode FrontMatter(string markdown)
    {
        Assert.StartsWith("---\n", markdown, StringComparison.Ordinal);
        var end = markdown.IndexOf("\n---", 3, StringComparison.Ordinal);
        Assert.True(end > 0, "no end to the front matter:\n" + markdown);
        return Yaml(markdown[4..(end + 1)]);
    }

    private static YamlMappingNode Yaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Scalar(YamlMappingNode map, string key) => ((YamlScalarNode)map[key]).Value ?? string.Empty;

    private static IEnumerable<string> Sequence(YamlMappingNode map, string key) =>
        ((YamlSequenceNode)map[key]).Children.Select(n => ((YamlScalarNode)n).Value ?? string.Empty);
}
