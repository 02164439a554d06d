using System.Globalization;
using LpipSite.Core.Checking;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Rendering;
using LpipSite.Core.Rendering.Templates;
using LpipSite.Core.Rendering.Text;
using LpipSite.Core.Rendering.Theming;
using LpipSite.Core.Tests.Support;
using LpipSite.Testing;
using Scriban.Runtime;

namespace LpipSite.Core.Tests.Rendering;

public class ThemeTextTests
{
    private const string Table = """
        news:
          deadline: Deadline
          by: "By {author} on {date}"
        count:
          case_studies:
            one: "{count} case study"
            other: "{count} case studies"
        footer:
          licence_html: 'Under the <a href="{url}">{name}</a> licence'
        partnership:
          own_words: In the partnership's own words
        """;

    private static TempThemes OneTheme(string table = Table, string layout = "x") => new TempThemes()
        .With("t", "theme.yml", "name: T\n")
        .With("t", "layouts/page.scriban-html", layout)
        .With("t", "i18n/en.yml", table);

    private static ThemeLoadResult Load(TempThemes themes, string theme = "t") => SiteTheme.Load(themes.PathOf(theme));

    private static string Render(SiteTheme theme, ScriptObject? globals = null)
    {
        var context = new HtmlTemplateContext(theme, TemplateFunctions.Create(_ => null, theme.Text.Default));
        context.PushGlobal(globals ?? new ScriptObject());
        return theme.Layouts["page"].Template.Render(context);
    }

    [Theory]
    [InlineData(0, PluralCategory.Other, PluralCategory.Zero)]
    [InlineData(1, PluralCategory.One, PluralCategory.One)]
    [InlineData(2, PluralCategory.Other, PluralCategory.Two)]
    [InlineData(3, PluralCategory.Other, PluralCategory.Few)]
    [InlineData(4, PluralCategory.Other, PluralCategory.Other)]
    [InlineData(5, PluralCategory.Other, PluralCategory.Other)]
    [InlineData(6, PluralCategory.Other, PluralCategory.Many)]
    [InlineData(7, PluralCategory.Other, PluralCategory.Other)]
    [InlineData(10, PluralCategory.Other, PluralCategory.Other)]
    [InlineData(11, PluralCategory.Other, PluralCategory.Other)]
    [InlineData(100, PluralCategory.Other, PluralCategory.Other)]
    public void Plural_categories_follow_cldr_for_english_and_welsh(long count, PluralCategory english, PluralCategory welsh)
    {
        Assert.Equal(english, PluralRules.For("en-GB")!(count));
        Assert.Equal(welsh, PluralRules.For("cy")!(count));
        Assert.Null(PluralRules.For("fr"));
    }

    [Fact]
    public void Lookups_fill_placeholders_and_choose_plural_forms()
    {
        using var themes = OneTheme();
        var text = Load(themes).Theme!.Text.Default;

        Assert.Equal("Deadline", text.Text("news.deadline"));
        Assert.Equal("By Ann on 1 May", text.Text("news.by", ("author", "Ann"), ("date", "1 May")));
        Assert.Equal("1 case study", text.Count("count.case_studies", 1));
        Assert.Equal("0 case studies", text.Count("count.case_studies", 0));
        Assert.Equal("12 case studies", text.Count("count.case_studies", 12));
        Assert.Throws<ArgumentException>(() => text.Text("news.by", ("author", "Ann")));
        Assert.Throws<KeyNotFoundException>(() => text.Text("news.nothing"));
        Assert.Equal("25 November 2026", text.Date(new DateOnly(2026, 11, 25)));
    }

    [Fact]
    public void Welsh_table_uses_welsh_plurals_its_own_months_and_falls_back_to_english_for_missing_keys()
    {
        using var themes = OneTheme().With("t", "i18n/cy.yml", """
            count:
              case_studies:
                zero: "{count} astudiaethau achos"
                one: "{count} astudiaeth achos"
                two: "{count} astudiaeth achos"
                other: "{count} o astudiaethau achos"
            date:
              months: [Ionawr, Chwefror, Mawrth, Ebrill, Mai, Mehefin, Gorffennaf, Awst, Medi, Hydref, Tachwedd, Rhagfyr]
            """);
        var theme = Load(themes).Theme!;
        var welsh = theme.Text.For("cy");

        Assert.Equal("cy", welsh.Language);
        Assert.Equal("0 astudiaethau achos", welsh.Count("count.case_studies", 0));
        Assert.Equal("2 astudiaeth achos", welsh.Count("count.case_studies", 2));
        Assert.Equal("3 o astudiaethau achos", welsh.Count("count.case_studies", 3));
        Assert.Equal("25 Tachwedd 2026", welsh.Date(new DateOnly(2026, 11, 25)));
        Assert.Equal("Deadline", welsh.Text("news.deadline"));
        Assert.Same(theme.Text.Default, theme.Text.For("en-GB"));
    }

    [Fact]
    public void A_theme_that_extends_another_rewords_one_key_and_inherits_the_rest()
    {
        using var themes = OneTheme(layout: "{{ t 'news.deadline' }}|{{ t 'count.case_studies' 2 }}")
            .With("child", "theme.yml", "name: Child\nextends: t\n")
            .With("child", "i18n/en.yml", "news:\n  deadline: Closing date\n");

        var result = Load(themes, "child");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("Closing date|2 case studies", Render(result.Theme!));
        Assert.Equal(["themes/t/i18n/en.yml", "themes/child/i18n/en.yml"], result.Theme!.Text.Files.Select(f => f.DisplayPath));
    }

    [Fact]
    public void Template_lookups_escape_text_and_values_but_not_html_keys_or_html_values()
    {
        using var themes = OneTheme(layout: "{{ t 'news.by' author: who date: (include 'd') }}|{{ t 'footer.licence_html' url: url name: who }}|{{ t 'partnership.own_words' }}")
            .With("t", "partials/d.scriban-html", "<time>1 May</time>");
        var theme = Load(themes).Theme!;

        var html = Render(theme, new ScriptObject { ["who"] = "Tom & \"Jerry\"", ["url"] = "/a?b=1&c=2" });

        Assert.Equal(
            "By Tom &amp; &quot;Jerry&quot; on <time>1 May</time>|Under the <a href=\"/a?b=1&amp;c=2\">Tom &amp; &quot;Jerry&quot;</a> licence|In the partnership's own words",
            html);
    }

    [Fact]
    public void Lookups_do_not_depend_on_the_machines_culture()
    {
        using var themes = OneTheme();
        var text = Load(themes).Theme!.Text.Default;
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal("1234 case studies", text.Count("count.case_studies", 1234));
            Assert.Equal("25 November 2026", text.Date(new DateOnly(2026, 11, 25)));
            Assert.Equal("Wednesday 25 November 2026", text.DateWithDay(new DateOnly(2026, 11, 25)));
            Assert.Equal("2:05pm", text.Time(new DateTime(2026, 11, 25, 14, 5, 0)));
            CultureInfo.CurrentCulture = new CultureInfo("cy-GB");
            Assert.Equal("25 November 2026", DisplayFormat.Date(new DateOnly(2026, 11, 25)));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void The_default_themes_dates_and_times_are_what_display_format_writes()
    {
        var text = SiteTheme.Load(RepositoryRoot.DefaultTheme).Theme!.Text.Default;
        for (var date = new DateOnly(2024, 1, 1); date < new DateOnly(2025, 1, 1); date = date.AddDays(5))
        {
            Assert.Equal(DisplayFormat.Date(date), text.Date(date));
            Assert.Equal(DisplayFormat.DateWithDay(date), text.DateWithDay(date));
        }

        for (var minutes = 0; minutes < 24 * 60; minutes += 7)
        {
            var time = new DateTime(2026, 1, 1).AddMinutes(minutes);
            Assert.Equal(DisplayFormat.Time(time), text.Time(time));
        }

        Assert.Equal("midday", text.Time(new DateTime(2026, 1, 1, 12, 0, 0)));
    }

    [Fact]
    public void A_key_the_table_lacks_is_an_error_at_the_template_line_and_column()
    {
        using var themes = OneTheme(layout: "<p>\n  {{ t 'news.deadlin' }}</p>\n{{ t 'count.case_studies' }}\n{{ t 'news.by' author: 'x' }}\n");

        var result = Load(themes);

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Code == RenderCodes.TextKeyMissing).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Equal(new SourceLocation("themes/t/layouts/page.scriban-html", 2, 8), errors[0].Location);
        Assert.Contains("'news.deadlin'", errors[0].Message);
        Assert.Contains("did you mean 'news.deadline'", errors[0].Suggestion);
        Assert.Equal(3, errors[1].Location.Line);
        Assert.Contains("needs a count", errors[1].Message);
        Assert.Contains("{date}", errors[2].Message);
    }

    [Fact]
    public void Check_reports_a_missing_key_in_a_child_themes_template()
    {
        using var themes = new TempThemes();
        LpipSite.Testing.Folders.Copy(RepositoryRoot.DefaultTheme, themes.PathOf("default"));
        themes.With("child", "theme.yml", "name: Child\nextends: default\n")
            .With("child", "layouts/404.scriban-html", "<div class=\"wrap\">\n<h1>{{ t 'not_found.no_such_key' }}</h1>\n</div>\n");
        using var tree = new ContentTree();

        var result = SiteChecker.Check(new CheckOptions { ContentDirectory = tree.ContentRoot, ThemeDirectory = themes.PathOf("child"), Today = ContentTree.Today });

        var error = Assert.Single(result.Diagnostics, d => d.Code == RenderCodes.TextKeyMissing);
        Assert.Equal(new SourceLocation("themes/child/layouts/404.scriban-html", 2, 10), error.Location);
        Assert.Equal(Severity.Error, error.Severity);
    }

    [Fact]
    public void Check_compares_each_language_with_english()
    {
        using var themes = OneTheme().With("t", "i18n/cy.yml", "news:\n  deadline: Dyddiad cau\n  dedline: Dyddiad cau\n");
        var diagnostics = new List<Diagnostic>();

        TextKeyChecks.CompareLanguages(Load(themes).Theme!.Text, diagnostics);

        Assert.All(diagnostics, d => Assert.Equal(RenderCodes.TextKeyUntranslated, d.Code));
        Assert.All(diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains(diagnostics, d => d.Location.Path == "themes/t/i18n/cy.yml" && d.Message.StartsWith("the key 'news.by' is in en.yml but missing from cy.yml", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Location == new SourceLocation("themes/t/i18n/cy.yml", 3, 3) && d.Message.Contains("'news.dedline' is in cy.yml but not in en.yml", StringComparison.Ordinal));
        Assert.Equal(5, diagnostics.Count);
    }

    [Theory]
    [InlineData("news:\n  deadline: [unclosed\n", 3, "not valid YAML")]
    [InlineData("count:\n  case_studies:\n    one: \"{count} case study\"\n", 2, "no 'other' form")]
    [InlineData("date:\n  months: [January, February]\n", 2, "list of 12 texts")]
    [InlineData("news:\n  deadline:\n", 2, "has no text")]
    [InlineData("- a list\n", 1, "a mapping of keys")]
    [InlineData("News:\n  x: y\n", 1, "is not a key name")]
    [InlineData("news:\n  deadline: a\n  deadline: b\n", 3, "")]
    public void A_malformed_table_is_a_located_diagnostic_not_an_exception(string yaml, int line, string message)
    {
        using var themes = OneTheme(yaml);

        var result = Load(themes);

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(RenderCodes.TextTableInvalid, diagnostic.Code);
        Assert.Equal("themes/t/i18n/en.yml", diagnostic.Location.Path);
        Assert.Equal(line, diagnostic.Location.Line);
        Assert.Contains(message, diagnostic.Message);
    }

    [Fact]
    public void A_table_for_a_language_without_plural_rules_is_a_diagnostic()
    {
        using var themes = OneTheme().With("t", "i18n/fr.yml", "news:\n  deadline: Date limite\n");

        var diagnostic = Assert.Single(Load(themes).Diagnostics);

        Assert.Equal(new SourceLocation("themes/t/i18n/fr.yml", 1, 1), diagnostic.Location);
        Assert.Contains("no plural rules", diagnostic.Message);
    }
}
