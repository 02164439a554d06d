using LpipSite.Core.Diagnostics;
using LpipSite.Core.Rendering;
using LpipSite.Core.Rendering.Templates;
using LpipSite.Core.Rendering.Theming;
using Scriban.Runtime;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Rendering;

public class ThemeTests
{
    private static TempThemes BaseAndChild()
    {
        return new TempThemes()
            .With("base", "theme.yml", "name: Base\n")
            .With("base", "layouts/home.scriban-html", "base home")
            .With("base", "layouts/page.scriban-html", "base page")
            .With("base", "partials/card.scriban-html", "base card")
            .With("base", "assets/css/site.css", "body{color:black}")
            .With("base", "assets/js/site.js", "/* base */")
            .With("child", "theme.yml", "name: Child\nextends: base\n")
            .With("child", "layouts/page.scriban-html", "child page")
            .With("child", "assets/css/site.css", "body{color:navy}");
    }

    [Fact]
    public void Child_theme_overrides_one_layout_and_one_asset_and_inherits_the_rest()
    {
        using var themes = BaseAndChild();

        var result = SiteTheme.Load(themes.PathOf("child"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var theme = result.Theme!;
        Assert.Equal("Child", theme.Name);
        Assert.Equal(["child", "base"], theme.Lineage);
        Assert.Equal("child page", theme.Layouts["page"].Source);
        Assert.Equal("themes/child/layouts/page.scriban-html", theme.Layouts["page"].DisplayPath);
        Assert.Equal("base home", theme.Layouts["home"].Source);
        Assert.Equal("base card", theme.Partials["card"].Source);
        Assert.Equal("Child", theme.Assets["css/site.css"].ThemeName);
        Assert.Equal("body{color:navy}", File.ReadAllText(theme.Assets["css/site.css"].FullPath));
        Assert.Equal("Base", theme.Assets["js/site.js"].ThemeName);
    }

    [Fact]
    public void Reserved_ids_are_the_literal_ids_of_every_effective_layout_and_partial()
    {
        using var themes = BaseAndChild()
            .With("base", "layouts/home.scriban-html", "<main id=\"main\"><h2 id=\"latest\">Latest</h2></main>")
            .With("base", "partials/card.scriban-html", "<article id=\"card-{{ card.id }}\" data-id=\"x\"><h3 id=\"{{ card.id }}\">t</h3></article>")
            .With("base", "layouts/page.scriban-html", "<h2 id=\"overridden\">Replaced by the child</h2>")
            .With("child", "layouts/page.scriban-html", "<section id=\"cite\"><a id=\"cite-apa\" href=\"#cite\">APA</a></section>");

        var theme = SiteTheme.Load(themes.PathOf("child")).Theme!;

        Assert.Equal(["cite", "cite-apa", "latest", "main"], theme.ReservedIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Default_theme_reserves_the_ids_of_its_citation_and_place_sections()
    {
        var theme = SiteTheme.Load(RepositoryRoot.DefaultTheme).Theme!;

        Assert.Superset(new HashSet<string> { "main", "contents", "outcomes", "cite", "cite-apa", "cite-harvard", "cite-download", "used-places", "methods-tried-here" }, theme.ReservedIds.ToHashSet());
        Assert.DoesNotContain(theme.ReservedIds, id => id.Contains('{', StringComparison.Ordinal));
    }

    [Fact]
    public void Themes_extending_each_other_in_a_cycle_give_a_diagnostic_not_a_hang()
    {
        using var themes = new TempThemes()
            .With("a", "theme.yml", "name: A\nextends: b\n")
            .With("b", "theme.yml", "name: B\nextends: a\n");

        var result = SiteTheme.Load(themes.PathOf("a"));

        Assert.Null(result.Theme);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(RenderCodes.ThemeCycle, diagnostic.Code);
        Assert.Equal("themes/b/theme.yml", diagnostic.Location.Path);
        Assert.Equal(2, diagnostic.Location.Line);
        Assert.Contains("a -> b -> a", diagnostic.Message);
    }

    [Fact]
    public void Extending_a_missing_theme_names_the_theme_yml_line()
    {
        using var themes = new TempThemes().With("a", "theme.yml", "name: A\nextends: nowhere\n");

        var diagnostic = Assert.Single(SiteTheme.Load(themes.PathOf("a")).Diagnostics);

        Assert.Equal(RenderCodes.ThemeParentMissing, diagnostic.Code);
        Assert.Equal(new SourceLocation("themes/a/theme.yml", 2, 10), diagnostic.Location);
    }

    [Fact]
    public void Missing_theme_yml_is_a_diagnostic()
    {
        using var themes = new TempThemes().With("a", "layouts/home.scriban-html", "x");

        var diagnostic = Assert.Single(SiteTheme.Load(themes.PathOf("a")).Diagnostics);

        Assert.Equal(RenderCodes.ThemeInvalid, diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Template_syntax_error_gives_a_diagnostic_with_template_path_line_and_column()
    {
        using var themes = new TempThemes()
            .With("t", "theme.yml", "name: T\n")
            .With("t", "layouts/page.scriban-html", "<h1>ok</h1>\n<p>\n{{ if page.title }}\n  {{ page.title \n");

        var result = SiteTheme.Load(themes.PathOf("t"));

        Assert.False(result.Succeeded);
        var diagnostic = result.Diagnostics.First();
        Assert.Equal(RenderCodes.TemplateSyntax, diagnostic.Code);
        Assert.Equal("themes/t/layouts/page.scriban-html", diagnostic.Location.Path);
        Assert.InRange(diagnostic.Location.Line, 3, 5);
        Assert.Matches(@"^themes/t/layouts/page\.scriban-html:\d+:\d+: error LPIP9001: ", diagnostic.Format());
    }

    [Fact]
    public void Template_output_is_escaped_unless_it_is_html_and_partials_are_not_escaped_twice()
    {
        using var themes = new TempThemes()
            .With("t", "theme.yml", "name: T\n")
            .With("t", "layouts/page.scriban-html", "{{ text }}|{{ markup }}|{{ for item in items }}{{ include 'item' item }}{{ end }}")
            .With("t", "partials/item.scriban-html", "<li>{{ $1 }}</li>");
        var theme = SiteTheme.Load(themes.PathOf("t")).Theme!;
        var context = new HtmlTemplateContext(theme, TemplateFunctions.Create(_ => null));
        var globals = new ScriptObject
        {
            ["text"] = "<b>\"Tom & Jerry's\"</b>",
            ["markup"] = new HtmlString("<em>ok</em>"),
            ["items"] = new[] { "a<b", "c" },
        };
        context.PushGlobal(globals);

        var html = theme.Layouts["page"].Template.Render(context);

        Assert.Equal("&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;|<em>ok</em>|<li>a&lt;b</li><li>c</li>", html);
    }
}
