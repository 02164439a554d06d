using System.Text;
using LpipSite.Core.Build;
using LpipSite.Core.ContentTypes.Opportunities;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Model;
using LpipSite.Core.Outputs.Search;
using LpipSite.Core.Rendering;
using LpipSite.Core.Rendering.Text;
using LpipSite.Core.Tests.Support;
using LpipSite.Core.Writing;

namespace LpipSite.Core.Tests.Rendering;

/// <summary>
/// What readers see for the ids of the built-in vocabularies (nations, evidence levels, licences …)
/// and for the types of search result comes from the theme's text table, not from the C#.
/// </summary>
public class VocabularyTextTests
{
    private static TempThemes CopyOfDefault()
    {
        var themes = new TempThemes();
        LpipSite.Testing.Folders.Copy(LpipSite.Testing.RepositoryRoot.DefaultTheme, themes.PathOf("default"));
        return themes;
    }

    private static IEnumerable<Vocabulary> BuiltIn => Vocabularies.All.Append(OpportunityKinds.All);

    [Theory]
    [InlineData("northern-ireland", "northern_ireland")]
    [InlineData("CC-BY-4.0", "cc_by_4_0")]
    [InlineData("nesta-1", "nesta_1")]
    [InlineData("uk-wide", "uk_wide")]
    public void A_term_id_becomes_a_key_name_in_lower_case_with_underscores(string id, string key) =>
        Assert.Equal(key, Vocabulary.TermKey(id));

    [Fact]
    public void Every_built_in_term_has_a_label_key_and_the_described_vocabularies_a_description_key_which_the_build_checks()
    {
        var checkedKeys = GeneratorTextKeys.All.Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var vocabulary in BuiltIn)
        {
            Assert.NotNull(vocabulary.TextSection);
            foreach (var id in vocabulary.Ids)
            {
                Assert.Contains(vocabulary.LabelKey(id)!, checkedKeys);
                if (vocabulary.HasDescriptions)
                {
                    Assert.Contains(vocabulary.DescriptionKey(id)!, checkedKeys);
                }
                else
                {
                    Assert.Null(vocabulary.DescriptionKey(id));
                }
            }
        }

        Assert.Equal("vocabulary.nation.northern_ireland", Vocabularies.Nations.LabelKey("northern-ireland"));
        Assert.Equal("vocabulary.evidence_level.nesta_2_description", Vocabularies.EvidenceLevels.DescriptionKey("nesta-2"));
        Assert.Equal("opportunity.kinds.call_for_evidence", OpportunityKinds.All.LabelKey("call-for-evidence"));
        Assert.True(Vocabularies.Phases.HasDescriptions && Vocabularies.TransferAssessments.HasDescriptions);
        Assert.All(SearchTypes.All, t => Assert.Contains(t.LabelKey, checkedKeys));
    }

    [Fact]
    public void Built_in_vocabularies_carry_no_labels_of_their_own_so_no_reader_text_can_come_from_the_csharp()
    {
        Assert.All(BuiltIn.SelectMany(v => v.Terms), t => Assert.True(t.Label.Length == 0 && t.Description.Length == 0, t.Id));
        var error = Assert.Throws<InvalidOperationException>(() => Vocabularies.Nations.LabelOf("wales"));
        Assert.Contains("Localiser.Label", error.Message);
    }

    [Fact]
    public void The_default_theme_names_every_term_as_the_site_always_has()
    {
        var english = DefaultThemeText.English;

        Assert.Equal("Northern Ireland", english.Label(Vocabularies.Nations, "northern-ireland"));
        Assert.Equal("Nesta level 2", english.Label(Vocabularies.EvidenceLevels, "nesta-2"));
        Assert.Equal("Data show change among those who took part, without proving the cause.", english.Description(Vocabularies.EvidenceLevels, "nesta-2"));
        Assert.Equal("Creative Commons Attribution 4.0", english.Label(Vocabularies.Licences, "CC-BY-4.0"));
        Assert.Equal("Call for evidence", english.Label(OpportunityKinds.All, "call-for-evidence"));
        Assert.Null(english.Description(Vocabularies.Nations, "wales"));
        Assert.Equal("not-a-nation", english.Label(Vocabularies.Nations, "not-a-nation"));
        Assert.All(BuiltIn.SelectMany(v => v.Ids.Select(id => english.Label(v, id))), label => Assert.False(string.IsNullOrWhiteSpace(label)));
    }

    [Fact]
    public void A_theme_that_rewords_a_vocabulary_label_and_a_search_type_changes_pages_search_results_and_calendars()
    {
        using var themes = CopyOfDefault()
            .With("child", "theme.yml", "name: Child\nextends: default\n")
            .With("child", "i18n/en.yml", "vocabulary:\n  nation:\n    wales: Wales (Cymru)\nsearch:\n  types:\n    place: Area\ncalendar:\n  online: On the web\n");
        var writer = new MemorySiteWriter();

        var result = SiteBuilder.Build(new BuildOptions { ContentDirectory = FixtureSite.Sample.ContentRoot, ThemeDirectory = themes.PathOf("child"), Today = FixtureSite.Sample.Today }, writer);

        Assert.False(result.Diagnostics.Any(d => d.Severity == Severity.Error), string.Join("\n", result.Diagnostics));
        string File(string path) => Encoding.UTF8.GetString(writer.Files[path].Span);
        Assert.Contains("Wales (Cymru)", File("places/gwynedd/index.html"));
        var documents = File("search/documents.json");
        Assert.Contains("\"place\":\"Area\"", documents);
        Assert.Contains("Wales (Cymru)", documents);
        Assert.Contains(writer.Files.Keys, path => path.EndsWith(".ics", StringComparison.Ordinal) && File(path).Contains("LOCATION:On the web", StringComparison.Ordinal));
    }

    [Fact]
    public void A_theme_table_without_a_vocabulary_label_is_one_located_error_and_the_build_writes_nothing_rather_than_failing()
    {
        using var themes = CopyOfDefault();
        var table = Path.Combine(themes.PathOf("default"), "i18n", "en.yml");
        File.WriteAllText(table, File.ReadAllText(table).Replace("    wales: Wales\n", string.Empty, StringComparison.Ordinal));
        var writer = new MemorySiteWriter();

        var result = SiteBuilder.Build(new BuildOptions { ContentDirectory = FixtureSite.Sample.ContentRoot, ThemeDirectory = themes.PathOf("default"), Today = FixtureSite.Sample.Today }, writer);

        Assert.Empty(result.Files);
        Assert.Empty(writer.Files);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(RenderCodes.TextKeyMissing, error.Code);
        Assert.Equal("themes/default/i18n/en.yml", error.Location.Path);
        Assert.Contains("the theme's text table has no key 'vocabulary.nation.wales', which the generator uses for the name readers see for the nation 'wales'", error.Message);
    }
}
