using LpipSite.Core.Caching;
using LpipSite.Core.Search;
using LpipSite.Core.Search.Welsh;

namespace LpipSite.Core.Tests.Search;

/// <summary>One builder, two languages: English stays lunr's own pipeline, Welsh swaps in the Welsh one.</summary>
public class SearchLanguageTests
{
    private static LunrDocument Doc(string reference, string body) =>
        new(reference, new Dictionary<string, LunrValue>(StringComparer.Ordinal) { ["body"] = body });

    private static string Index(SearchLanguage? language, params LunrDocument[] documents)
    {
        var builder = language is null ? new LunrIndexBuilder() : new LunrIndexBuilder(language);
        builder.AddField("body");
        foreach (var document in documents)
        {
            builder.Add(document);
        }

        return builder.Build().ToJson();
    }

    [Fact]
    public void Languages_have_their_code_path_prefix_and_search_pipeline()
    {
        Assert.Equal(("en", ""), (SearchLanguage.English.Code, SearchLanguage.English.PathPrefix));
        Assert.Equal(["stemmer"], SearchLanguage.English.PipelineLabels);
        Assert.Equal(("cy", "cy/"), (SearchLanguage.Welsh.Code, SearchLanguage.Welsh.PathPrefix));
        Assert.Equal(["trimmer-cy", "stopWordFilter-cy", "mutations-cy"], SearchLanguage.Welsh.PipelineLabels);
        Assert.Equal([SearchLanguage.English, SearchLanguage.Welsh], SearchLanguage.All);
        Assert.Same(SearchLanguage.Welsh, SearchLanguage.FromCode("cy"));
        Assert.Null(SearchLanguage.FromCode("fr"));
    }

    [Theory]
    [InlineData("running.")]
    [InlineData("(the)")]
    [InlineData("!!!")]
    [InlineData("café")]
    [InlineData("nghaerdydd")]
    public void English_analysis_is_lunrs_pipeline(string token)
    {
        string? term = Pipeline.Run(token);
        Assert.Equal(term is null ? [] : [term], SearchLanguage.English.Terms(token));
    }

    [Theory]
    [InlineData("nghaerdydd")]
    [InlineData("(tŷ’r),")]
    [InlineData("yr")]
    [InlineData("!!!")]
    [InlineData("fara")]
    public void Welsh_analysis_is_the_welsh_pipeline(string token) =>
        Assert.Equal(WelshPipeline.Run(token), SearchLanguage.Welsh.Terms(token));

    [Fact]
    public void Builder_without_a_language_builds_english()
    {
        LunrDocument[] documents = [Doc("1", "Running in Caerdydd"), Doc("2", "yng Nghaerdydd, tŷ!")];
        Assert.Equal(Index(SearchLanguage.English, documents), Index(null, documents));
        Assert.Same(SearchLanguage.English, new LunrIndexBuilder().Language);
        Assert.EndsWith(",\"pipeline\":[\"stemmer\"]}", Index(null, documents), StringComparison.Ordinal);
    }

    [Fact]
    public void Welsh_builder_expands_mutations_keeps_welsh_letters_and_does_not_stem()
    {
        string json = Index(SearchLanguage.Welsh, Doc("1", "Running yng Nghaerdydd, tŷ’r dref — !!!"));
        Assert.Contains("[\"caerdydd\",{", json, StringComparison.Ordinal);
        Assert.Contains("[\"nghaerdydd\",{", json, StringComparison.Ordinal);
        Assert.Contains("[\"tŷ'r\",{", json, StringComparison.Ordinal);
        Assert.Contains("[\"tref\",{", json, StringComparison.Ordinal);
        Assert.Contains("[\"running\",{", json, StringComparison.Ordinal);
        Assert.DoesNotContain("[\"run\",{", json, StringComparison.Ordinal);
        Assert.DoesNotContain("[\"yng\",{", json, StringComparison.Ordinal);
        Assert.DoesNotContain("[\"\",{", json, StringComparison.Ordinal); // English would index "!!!" as ""
        Assert.Contains("[\"\",{", Index(SearchLanguage.English, Doc("1", "Running yng Nghaerdydd, tŷ’r dref — !!!")), StringComparison.Ordinal);
    }

    [Fact]
    public void One_analysis_cache_never_hands_one_languages_analysis_to_the_other()
    {
        var cache = new EvictingCache<LunrDocumentKey, LunrDocumentAnalysis>();
        LunrDocument[] documents = [Doc("1", "Running yng Nghaerdydd"), Doc("2", "a Chaerdydd")];
        string Build(SearchLanguage language)
        {
            var builder = new LunrIndexBuilder(language) { AnalysisCache = cache };
            builder.AddField("body");
            foreach (var d in documents)
            {
                builder.Add(d);
            }

            return builder.Build().ToJson();
        }

        Build(SearchLanguage.English);
        cache.BeginBuild();
        string welsh = Build(SearchLanguage.Welsh);

        Assert.Equal(0, cache.Hits);
        Assert.Equal(Index(SearchLanguage.Welsh, documents), welsh);
        cache.BeginBuild();
        Assert.Equal(Index(SearchLanguage.Welsh, documents), Build(SearchLanguage.Welsh));
        Assert.Equal(documents.Length, cache.Hits);
    }
}
