using System.Globalization;
using System.Text.RegularExpressions;
using LpipSite.Core.ContentTypes.Opportunities;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Text;
using LpipSite.Core.Tests.Support;

namespace LpipSite.Core.Tests.Rendering;

/// <summary>The default theme's Welsh table, themes/default/i18n/cy.yml, against en.yml.</summary>
public partial class WelshTextTableTests
{
    private static Localiser English => DefaultThemeText.All.Languages["en"];

    private static Localiser Welsh => DefaultThemeText.All.Languages["cy"];

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    /// <summary>Every placeholder of an entry, over all its forms.</summary>
    private static SortedSet<string> Placeholders(TextEntry entry) => new(
        (entry.Shape == TextShape.Plural ? entry.PluralForms.OfType<TextForm>() : entry.Form is { } form ? [form] : [])
            .SelectMany(f => f.Placeholders),
        StringComparer.Ordinal);

    [Fact]
    public void The_shipped_cy_yml_has_exactly_the_keys_of_en_yml()
    {
        var english = English.OwnKeys.Order(StringComparer.Ordinal).ToList();
        var welsh = Welsh.OwnKeys.Order(StringComparer.Ordinal).ToList();

        Assert.Empty(english.Except(welsh));
        Assert.Empty(welsh.Except(english));
        Assert.True(english.Count > 500);
        Assert.Contains("themes/default/i18n/cy.yml", DefaultThemeText.All.Files.Select(f => f.DisplayPath));

        // lpip check compares the languages; for the shipped tables it finds nothing to report.
        var diagnostics = new List<Diagnostic>();
        TextKeyChecks.CompareLanguages(DefaultThemeText.All, diagnostics);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Each_welsh_text_has_the_shape_the_placeholders_and_the_markup_of_its_english_key_and_each_plural_has_other()
    {
        foreach (var key in English.OwnKeys.Order(StringComparer.Ordinal))
        {
            var english = English.Find(key)!;
            var welsh = Welsh.Find(key)!;
            Assert.True(english.Shape == welsh.Shape, $"{key}: {welsh.Shape} in cy.yml, {english.Shape} in en.yml");
            Assert.Equal("cy", welsh.Language);
            switch (welsh.Shape)
            {
                case TextShape.List:
                    Assert.True(english.Items!.Count == welsh.Items!.Count, key);
                    break;
                case TextShape.Plural:
                    Assert.True(welsh.PluralForms[(int)PluralCategory.Other] is not null, $"{key} has no 'other' form");
                    var expected = Placeholders(english);
                    foreach (var form in welsh.PluralForms.OfType<TextForm>())
                    {
                        Assert.True(expected.SetEquals(form.Placeholders), $"{key}: '{form.Text}' must have the placeholders {string.Join(", ", expected)}");
                    }

                    break;
                default:
                    Assert.True(Placeholders(english).SetEquals(Placeholders(welsh)), $"{key}: '{welsh.Form!.Text}' must have the placeholders of '{english.Form!.Text}'");
                    if (key.EndsWith("_html", StringComparison.Ordinal))
                    {
                        Assert.Equal(Tag().Matches(english.Form!.Text).Select(m => m.Value), Tag().Matches(welsh.Form!.Text).Select(m => m.Value));
                    }

                    break;
            }
        }
    }

    [Fact]
    public void Every_key_the_generator_uses_is_in_cy_yml_itself_with_the_shape_the_generator_needs()
    {
        var own = Welsh.OwnKeys.ToHashSet(StringComparer.Ordinal);
        Assert.All(GeneratorTextKeys.All, key => Assert.Contains(key.Key, own));

        var diagnostics = new List<Diagnostic>();
        GeneratorTextKeys.Check(DefaultThemeText.All, "cy", diagnostics);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void The_welsh_table_names_its_language_and_says_its_interface_is_not_yet_reviewed_where_english_says_nothing()
    {
        Assert.Equal("Cymraeg", Welsh.Text("language.name"));
        Assert.Equal("cy_GB", Welsh.Text("language.locale"));
        Assert.Equal("Iaith", Welsh.Text("language.switcher_label"));
        Assert.Equal("Saesneg", Welsh.Text("language.en"));
        Assert.Equal("Mae'r dudalen hon ar gael yn Saesneg yn unig.", Welsh.Text("translation.source_only"));
        Assert.Equal("Darllen y fersiwn Saesneg", Welsh.Text("translation.read_source"));
        Assert.Contains("siaradwr Cymraeg", Welsh.Text("translation.interface_unreviewed"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, English.Text("translation.interface_unreviewed"));
        Assert.Equal("English", English.Text("language.name"));
    }

    [Theory]
    [InlineData(2026, 11, 25, "25 Tachwedd 2026", "Dydd Mercher 25 Tachwedd 2026")]
    [InlineData(2027, 1, 1, "1 Ionawr 2027", "Dydd Gwener 1 Ionawr 2027")]
    [InlineData(2026, 2, 8, "8 Chwefror 2026", "Dydd Sul 8 Chwefror 2026")]
    [InlineData(2026, 7, 4, "4 Gorffennaf 2026", "Dydd Sadwrn 4 Gorffennaf 2026")]
    public void Welsh_dates_are_day_welsh_month_year_whatever_the_machines_culture(int year, int month, int day, string date, string withDay)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("en-US");
            Assert.Equal(date, Welsh.Date(new DateOnly(year, month, day)));
            CultureInfo.CurrentCulture = new CultureInfo("cy-GB");
            Assert.Equal(withDay, Welsh.DateWithDay(new DateOnly(year, month, day)));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Welsh_month_names_run_from_ionawr_to_rhagfyr()
    {
        Assert.Equal(
            ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"],
            Enumerable.Range(1, 12).Select(m => Welsh.Date(new DateOnly(2026, m, 25)).Split(' ')[1]));
    }

    [Theory]
    [InlineData(9, 0, "9yb")]
    [InlineData(14, 30, "2:30yp")]
    [InlineData(12, 0, "hanner dydd")]
    [InlineData(0, 0, "hanner nos")]
    [InlineData(0, 15, "12:15yb")]
    [InlineData(12, 5, "12:05yp")]
    public void Welsh_times_are_written_in_welsh(int hour, int minute, string expected) =>
        Assert.Equal(expected, Welsh.Time(new DateTime(2026, 11, 25, hour, minute, 0)));

    [Theory]
    [InlineData(0, PluralCategory.Zero, "0 cyfle", "0 partneriaeth")]
    [InlineData(1, PluralCategory.One, "1 cyfle", "1 bartneriaeth")]
    [InlineData(2, PluralCategory.Two, "2 gyfle", "2 bartneriaeth")]
    [InlineData(3, PluralCategory.Few, "3 chyfle", "3 partneriaeth")]
    [InlineData(6, PluralCategory.Many, "6 chyfle", "6 phartneriaeth")]
    [InlineData(11, PluralCategory.Other, "11 cyfle", "11 partneriaeth")]
    public void Welsh_counts_pick_the_cldr_category_of_0_1_2_3_6_and_11_and_its_mutated_noun(long count, PluralCategory category, string opportunities, string partnerships)
    {
        Assert.Equal(category, PluralRules.Welsh(count));
        Assert.Equal(opportunities, Welsh.Count("count.opportunities", count));
        Assert.Equal(partnerships, Welsh.Count("count.partnerships", count));
        Assert.Equal(count + " astudiaeth achos", Welsh.Count("count.case_studies", count));
    }

    [Fact]
    public void Welsh_labels_of_built_in_vocabularies_come_from_cy_yml()
    {
        Assert.Equal("Cymru", Welsh.Label(Vocabularies.Nations, "wales"));
        Assert.Equal("Yr Alban", Welsh.Label(Vocabularies.Nations, "scotland"));
        Assert.Equal("Lefel 2 Nesta", Welsh.Label(Vocabularies.EvidenceLevels, "nesta-2"));
        Assert.Equal("Cyfnod 1", Welsh.Label(Vocabularies.Phases, "phase-1"));
        Assert.Equal("Secondiad", Welsh.Label(OpportunityKinds.All, "secondment"));
        foreach (var vocabulary in Vocabularies.All.Append(OpportunityKinds.All))
        {
            Assert.All(vocabulary.Ids, id => Assert.Equal("cy", Welsh.Find(vocabulary.LabelKey(id)!)!.Language));
        }
    }
}
