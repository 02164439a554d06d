using LpipSite.Core.Diagnostics;
using LpipSite.Core.Rendering;
using LpipSite.Core.Tests.Support;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Rendering;

/// <summary>Rendering the sample site with small themes that extend the default theme.</summary>
public class ThemeRenderingTests
{
    private static TempThemes ChildOfDefault()
    {
        var themes = new TempThemes();
        LpipSite.Testing.Folders.Copy(RepositoryRoot.DefaultTheme, themes.PathOf("default"));
        themes.With("child", "theme.yml", "name: Child\nextends: default\n");
        return themes;
    }


    private static RenderResult Render(TempThemes themes, string theme = "child") =>
        SiteRenderer.Render(FixtureSite.Sample.Model(), FixtureSite.Sample.Options() with { ThemeDirectory = themes.PathOf(theme) });

    [Fact]
    public void Child_theme_overrides_a_layout_and_the_stylesheet_and_inherits_the_rest()
    {
        using var themes = ChildOfDefault()
            .With("child", "layouts/404.scriban-html", "<div class=\"wrap\"><h1>{{ page.title }}</h1><p>Lost? Try the search.</p></div>\n")
            .With("child", "assets/css/site.css", "body { color: #000; }\n");

        var result = Render(themes);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Contains("Lost? Try the search.", result.Html("404.html"));
        Assert.Contains("class=\"skip-link\"", result.Html("404.html"));
        var css = Assert.Single(result.Files, f => f.Path.StartsWith("assets/css/", StringComparison.Ordinal));
        Assert.Equal("body { color: #000; }\n", System.Text.Encoding.UTF8.GetString(css.Content.Span));
        Assert.Contains($"href=\"/{css.Path}\"", result.Html("index.html"));
        Assert.Contains(result.Files, f => f.Path.StartsWith("assets/js/site.", StringComparison.Ordinal));
        Assert.Contains("<dl class=\"summary-list\">", result.Html("case-studies/community-panel-leeds/index.html"));
    }

    [Fact]
    public void Template_runtime_error_becomes_a_diagnostic_with_template_path_and_line_not_an_exception()
    {
        using var themes = ChildOfDefault()
            .With("child", "layouts/page.scriban-html", "<h1>{{ view.title }}</h1>\n<p>{{ no_such_variable }}</p>\n");

        var result = Render(themes);

        var errors = result.Diagnostics.Where(d => d.Code == RenderCodes.TemplateRuntime).ToList();
        Assert.Equal(5, errors.Count);
        Assert.All(errors, e => Assert.Equal("themes/child/layouts/page.scriban-html", e.Location.Path));
        Assert.All(errors, e => Assert.Equal(2, e.Location.Line));
        Assert.Contains(errors, e => e.Message.Contains("/about/", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Files, f => f.Path == "about/index.html");
        Assert.Contains(result.Files, f => f.Path == "index.html");
    }

    [Fact]
    public void Template_syntax_error_stops_the_render_with_a_located_diagnostic()
    {
        using var themes = ChildOfDefault()
            .With("child", "partials/card.scriban-html", "<article>\n{{ if $card.title }\n</article>\n");

        var result = Render(themes);

        Assert.Empty(result.Files);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal(RenderCodes.TemplateSyntax, d.Code));
        Assert.All(result.Diagnostics, d => Assert.Equal(new SourceLocation("themes/child/partials/card.scriban-html", 2, 19), d.Location));
    }

    [Fact]
    public void Theme_without_a_required_layout_is_reported()
    {
        // The bare theme has the default text table, so only its layouts are missing.
        using var themes = new TempThemes()
            .With("bare", "theme.yml", "name: Bare\n")
            .With("bare", "i18n/en.yml", File.ReadAllText(Path.Combine(RepositoryRoot.DefaultTheme, "i18n", "en.yml")))
            .With("bare", "layouts/base.scriban-html", "{{ content }}");

        var result = Render(themes, "bare");

        Assert.Empty(result.Files);
        Assert.Contains(result.Diagnostics, d => d.Code == RenderCodes.LayoutMissing && d.Location.Path == "themes/bare/layouts/case-study.scriban-html");
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
    }

    [Fact]
    public void Theme_lacking_the_layout_of_a_planned_page_is_a_located_diagnostic_not_an_exception()
    {
        using var themes = new TempThemes();
        LpipSite.Testing.Folders.Copy(RepositoryRoot.DefaultTheme, themes.PathOf("lacking"));
        File.Delete(Path.Combine(themes.PathOf("lacking"), "layouts", "transferability.scriban-html"));

        var result = Render(themes, "lacking");

        Assert.Empty(result.Files);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(RenderCodes.LayoutMissing, diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("themes/lacking/layouts/transferability.scriban-html", diagnostic.Location.Path);
        Assert.Contains("has no layout 'transferability'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("add themes/lacking/layouts/transferability.scriban-html, or add 'extends: default' to themes/lacking/theme.yml to inherit it", diagnostic.Suggestion);
    }

    [Fact]
    public void Missing_theme_folder_is_a_diagnostic()
    {
        var result = SiteRenderer.Render(FixtureSite.Sample.Model(), FixtureSite.Sample.Options() with { ThemeDirectory = "/nonexistent/themes/default" });

        Assert.Empty(result.Files);
        Assert.Equal(RenderCodes.ThemeInvalid, Assert.Single(result.Diagnostics).Code);
    }
}
