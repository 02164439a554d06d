using LpipSite.Core.Tests.Support;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Rendering;
using LpipSite.Core.Rendering.Text;
using LpipSite.Core.Rendering.Theming;

namespace LpipSite.Core.Tests.Rendering;

/// <summary>The keys the generator's C# looks up in the theme's text table (GeneratorTextKeys).</summary>
public class GeneratorTextKeysTests
{
    private static TempThemes CopyOfDefault()
    {
        var themes = new TempThemes();
        LpipSite.Testing.Folders.Copy(LpipSite.Testing.RepositoryRoot.DefaultTheme, themes.PathOf("default"));
        return themes;
    }

    private static RenderResult Render(TempThemes themes, string theme) =>
        SiteRenderer.Render(FixtureSite.Sample.Model(), FixtureSite.Sample.Options() with { ThemeDirectory = themes.PathOf(theme) });

    [Fact]
    public void Every_generator_key_is_in_the_default_themes_en_yml_with_the_shape_and_placeholders_the_generator_uses()
    {
        var loaded = SiteTheme.Load(LpipSite.Testing.RepositoryRoot.DefaultTheme);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var table = loaded.Theme!.Text.Default;

        Assert.True(GeneratorTextKeys.All.Count > 100);
        var notOwn = GeneratorTextKeys.All.Select(k => k.Key).Where(k => !table.OwnKeys.Contains(k, StringComparer.Ordinal)).ToList();
        Assert.Empty(notOwn);
        var diagnostics = new List<Diagnostic>();
        GeneratorTextKeys.Check(loaded.Theme.Text, "en-GB", diagnostics);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Each_constant_is_a_distinct_key()
    {
        var constants = typeof(GeneratorTextKeys).GetNestedTypes(System.Reflection.BindingFlags.NonPublic)
            .SelectMany(t => t.GetFields().Where(f => f.IsLiteral).Select(f => (Field: t.Name + "." + f.Name, Key: (string)f.GetRawConstantValue()!)))
            .ToList();
        Assert.NotEmpty(constants);
        Assert.All(constants, c => Assert.Contains(GeneratorTextKeys.All, k => k.Key == c.Key));
    }

    [Fact]
    public void A_theme_table_without_a_generator_key_gets_one_located_error_and_nothing_renders()
    {
        using var themes = CopyOfDefault();
        var table = Path.Combine(themes.PathOf("default"), "i18n", "en.yml");
        File.WriteAllText(table, File.ReadAllText(table).Replace("  topics: Topics\n", string.Empty, StringComparison.Ordinal));

        var result = Render(themes, "default");

        Assert.Empty(result.Files);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(RenderCodes.TextKeyMissing, error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("themes/default/i18n/en.yml", error.Location.Path);
        Assert.Contains("the theme's text table has no key 'row.topics', which the generator uses for the rows of facts at the top of item pages", error.Message);
    }

    [Fact]
    public void A_reworded_generator_key_with_an_unknown_placeholder_or_the_wrong_shape_is_reported_where_it_is_written()
    {
        using var themes = CopyOfDefault()
            .With("child", "theme.yml", "name: Child\nextends: default\n")
            .With("child", "i18n/en.yml", "row:\n  topics: \"Topics of {item}\"\n  status: {one: State, other: States}\n  places: Places\n");

        var result = Render(themes, "child");

        Assert.Empty(result.Files);
        var errors = result.Diagnostics.OrderBy(d => d.Location.Line).ToList();
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Equal(RenderCodes.TextKeyMissing, e.Code));
        Assert.All(errors, e => Assert.Equal("themes/child/i18n/en.yml", e.Location.Path));
        Assert.Equal([2, 3, 4], errors.Select(e => e.Location.Line));
        Assert.Contains("'row.topics' has the placeholder {item}, which the generator does not fill (it fills none)", errors[0].Message);
        Assert.Contains("'row.status' must be one text", errors[1].Message);
        Assert.Contains("'row.places' must be a plural entry", errors[2].Message);
    }

    [Fact]
    public void A_theme_rewords_the_generators_text_key_by_key()
    {
        using var themes = CopyOfDefault()
            .With("child", "theme.yml", "name: Child\nextends: default\n")
            .With("child", "i18n/en.yml", "footer:\n  open_data: Data downloads\nbreadcrumbs:\n  home: Start\n");

        var result = Render(themes, "child");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var home = result.Html("index.html");
        Assert.Contains(">Data downloads</a>", home);
        Assert.DoesNotContain(">Open data</a>", home);
        Assert.Contains(">Start</a>", result.Html("case-studies/index.html"));
    }
}
