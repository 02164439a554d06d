using LpipSite.Core.Caching;
using LpipSite.Core.Search;
using LpipSite.Core.Outputs.Search;
using LpipSite.Core.Tests.Rendering;
using LpipSite.Core.Tests.Support;

namespace LpipSite.Core.Tests.Search.SiteIndex;

/// <summary>A warm cache must give exactly the bytes of a cold build, and must really be used.</summary>
public class SearchIndexCacheTests
{
    /// <summary>The sample site's entries plus a few with non-ASCII text, repeated words and empty fields.</summary>
    private static List<SearchEntry> Entries() =>
    [
        .. SearchEntries.From(FixtureSite.Sample.Model(), DefaultThemeText.English),
        new("/news/cymraeg/", "news", "Ymchwil ar iaith Gymraeg", "Ffocws ar gymunedau lleol — Aberystwyth a Bangor", "News · 1 May 2026",
            "Cymru Wales Gŵyl Dewi", "Mae'r ymchwil yn edrych ar ddefnydd o'r Gymraeg. Research, research and more research: naïve café résumé."),
        new("/pages/zürich/", "page", "Zürich exchange", "Städtepartnerschaft", string.Empty, string.Empty,
            "Straße über Ärger — ΣΊΣΥΦΟΣ and İstanbul; emoji 🙂 tokens; well-being, co-design, co-production."),
        new("/pages/empty/", "page", "Empty body", string.Empty, string.Empty, string.Empty, string.Empty),
    ];

    private static void AssertSameBytes(SiteSearchFiles expected, SiteSearchFiles actual)
    {
        Assert.True(expected.Index.Content.Span.SequenceEqual(actual.Index.Content.Span), "index.json differs from a cold build");
        Assert.True(expected.Documents.Content.Span.SequenceEqual(actual.Documents.Content.Span), "documents.json differs from a cold build");
    }

    private static SearchIndexCache WarmCache(IReadOnlyList<SearchEntry> entries)
    {
        var cache = new SearchIndexCache();
        SiteSearchIndex.Build(entries, DefaultThemeText.English, cache);
        Assert.Equal(entries.Count, cache.DocumentMisses);
        return cache;
    }

    [Fact]
    public void Warm_build_after_changing_one_body_is_byte_identical_to_a_cold_build_and_reuses_the_other_documents()
    {
        var entries = Entries();
        var cache = WarmCache(entries);
        entries[1] = entries[1] with { Body = entries[1].Body + " A brand-new sentence about Llanelli and régénération." };

        var warm = SiteSearchIndex.Build(entries, DefaultThemeText.English, cache);

        AssertSameBytes(SiteSearchIndex.Build(entries, DefaultThemeText.English), warm);
        Assert.Equal(1, cache.DocumentMisses);
        Assert.Equal(entries.Count - 1, cache.DocumentHits);
    }

    [Fact]
    public void Warm_build_after_removing_the_first_entry_and_adding_one_is_byte_identical_to_a_cold_build()
    {
        // Removing the first entry renumbers every term and ref, so reused analyses must be renumbered too.
        var entries = Entries();
        var cache = WarmCache(entries);
        entries.RemoveAt(0);
        entries.Add(new SearchEntry("/news/added/", "news", "Added later", "Quarterly zeitgeist", "News", "Newport Casnewydd",
            "Entirely novel vocabulary: xylophones, quinoa, and the river Usk."));

        var warm = SiteSearchIndex.Build(entries, DefaultThemeText.English, cache);

        AssertSameBytes(SiteSearchIndex.Build(entries, DefaultThemeText.English), warm);
        Assert.Equal(1, cache.DocumentMisses);
        Assert.Equal(entries.Count - 1, cache.DocumentHits);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("summary")]
    [InlineData("tags")]
    [InlineData("body")]
    public void A_change_in_only_one_field_reanalyses_that_document(string field)
    {
        var entries = Entries();
        var cache = WarmCache(entries);
        var e = entries[2];
        entries[2] = field switch
        {
            "title" => e with { Title = e.Title + " Quokka" },
            "summary" => e with { Summary = e.Summary + " Quokka" },
            "tags" => e with { Tags = e.Tags + " Quokka" },
            _ => e with { Body = e.Body + " Quokka" },
        };

        var warm = SiteSearchIndex.Build(entries, DefaultThemeText.English, cache);

        AssertSameBytes(SiteSearchIndex.Build(entries, DefaultThemeText.English), warm);
        Assert.Equal(1, cache.DocumentMisses);
        Assert.Contains($"[\"quokka\",{{\"_index\":", System.Text.Encoding.UTF8.GetString(warm.Index.Content.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_text_from_one_field_to_another_is_a_different_document()
    {
        var entries = Entries();
        var cache = WarmCache(entries);
        var e = entries[3];
        entries[3] = e with { Tags = e.Body, Body = e.Tags };

        var warm = SiteSearchIndex.Build(entries, DefaultThemeText.English, cache);

        AssertSameBytes(SiteSearchIndex.Build(entries, DefaultThemeText.English), warm);
        Assert.Equal(1, cache.DocumentMisses);
    }

    [Fact]
    public void Unchanged_site_reuses_every_plain_text_and_every_analysis()
    {
        var model = FixtureSite.Sample.Model();
        var cache = new SearchIndexCache();
        SiteSearchIndex.Build(model, DefaultThemeText.English, cache);
        Assert.True(cache.PlainTextMisses > 0);

        var warm = SiteSearchIndex.Build(model, DefaultThemeText.English, cache);

        AssertSameBytes(SiteSearchIndex.Build(model, DefaultThemeText.English), warm);
        Assert.Equal(0, cache.PlainTextMisses);
        Assert.True(cache.PlainTextHits > 0);
        Assert.Equal(0, cache.DocumentMisses);
        Assert.Equal(SearchEntries.From(model, DefaultThemeText.English).Count, cache.DocumentHits);
    }

    [Fact]
    public void Cache_forgets_what_the_last_build_did_not_use()
    {
        var entries = Entries();
        var cache = WarmCache(entries);
        var edited = new List<SearchEntry>(entries) { [0] = entries[0] with { Title = "Renamed" } };
        SiteSearchIndex.Build(edited, DefaultThemeText.English, cache);

        SiteSearchIndex.Build(entries, DefaultThemeText.English, cache);

        Assert.Equal(1, cache.DocumentMisses); // the original first entry was dropped after the edited build
    }

    [Fact]
    public void English_and_Welsh_builds_sharing_a_cache_neither_evict_nor_reuse_each_others_entries()
    {
        // A site build makes both indexes with the one cache; each must stay warm across site builds.
        var model = FixtureSite.Sample.Model();
        var cache = new SearchIndexCache();
        for (var round = 0; round < 2; round++)
        {
            var english = SiteSearchIndex.Build(model, DefaultThemeText.English, cache, SearchLanguage.English);
            var englishCounts = cache.CountsOf(SearchLanguage.English);
            var welsh = SiteSearchIndex.Build(model, DefaultThemeText.English, cache, SearchLanguage.Welsh);
            var welshCounts = cache.CountsOf(SearchLanguage.Welsh);

            AssertSameBytes(SiteSearchIndex.Build(model, DefaultThemeText.English), english);
            AssertSameBytes(SiteSearchIndex.Build(model, DefaultThemeText.English, null, SearchLanguage.Welsh), welsh);
            var count = SearchEntries.From(model, DefaultThemeText.English).Count;
            if (round == 0)
            {
                Assert.Equal((0, count), (englishCounts.DocumentHits, englishCounts.DocumentMisses));
                Assert.Equal((0, count), (welshCounts.DocumentHits, welshCounts.DocumentMisses)); // same text, other pipeline: not reused
                Assert.True(welshCounts.PlainTextMisses > 0);
            }
            else
            {
                // The Welsh builds in between evicted nothing of the English build's.
                Assert.Equal((count, 0, 0), (englishCounts.DocumentHits, englishCounts.DocumentMisses, englishCounts.PlainTextMisses));
                Assert.Equal((count, 0, 0), (welshCounts.DocumentHits, welshCounts.DocumentMisses, welshCounts.PlainTextMisses));
            }
        }

        Assert.Equal(cache.CountsOf(SearchLanguage.English).DocumentMisses + cache.CountsOf(SearchLanguage.Welsh).DocumentMisses, cache.DocumentMisses);
    }

    [Fact]
    public void Warm_welsh_build_after_an_edit_is_byte_identical_to_a_cold_one_and_leaves_english_warm()
    {
        var entries = Entries();
        var cache = new SearchIndexCache();
        SiteSearchIndex.Build(entries, DefaultThemeText.English, cache, SearchLanguage.English);
        SiteSearchIndex.Build(entries, DefaultThemeText.English, cache, SearchLanguage.Welsh);
        var edited = new List<SearchEntry>(entries) { [1] = entries[1] with { Body = entries[1].Body + " Cynhadledd yng Nghaerdydd a Bangor." } };

        var warm = SiteSearchIndex.Build(edited, DefaultThemeText.English, cache, SearchLanguage.Welsh);

        AssertSameBytes(SiteSearchIndex.Build(edited, DefaultThemeText.English, null, SearchLanguage.Welsh), warm);
        Assert.Equal((entries.Count - 1, 1), (cache.CountsOf(SearchLanguage.Welsh).DocumentHits, cache.CountsOf(SearchLanguage.Welsh).DocumentMisses));
        SiteSearchIndex.Build(entries, DefaultThemeText.English, cache, SearchLanguage.English);
        Assert.Equal((entries.Count, 0), (cache.CountsOf(SearchLanguage.English).DocumentHits, cache.CountsOf(SearchLanguage.English).DocumentMisses));
    }

    [Fact]
    public void Builder_with_a_cache_matches_a_cold_builder_for_numbers_nulls_arrays_and_missing_fields()
    {
        LunrDocument[] documents =
        [
            new("a", new Dictionary<string, LunrValue>(StringComparer.Ordinal) { ["title"] = "Stop the running dogs", ["body"] = 1e21 }),
            new("b", new Dictionary<string, LunrValue>(StringComparer.Ordinal) { ["title"] = LunrValue.Null }),
            new("c", new Dictionary<string, LunrValue>(StringComparer.Ordinal) { ["title"] = LunrValue.FromArray(["Dogs", null, "run"]), ["body"] = true }),
            new("a", new Dictionary<string, LunrValue>(StringComparer.Ordinal) { ["title"] = "duplicate ref", ["body"] = "1e+21" }),
        ];
        byte[] Index(EvictingCache<LunrDocumentKey, LunrDocumentAnalysis>? cache, IEnumerable<LunrDocument> docs)
        {
            var builder = new LunrIndexBuilder { AnalysisCache = cache };
            builder.AddField("title", 2);
            builder.AddField("body");
            foreach (var d in docs)
            {
                builder.Add(d);
            }

            return builder.Build().ToUtf8Bytes();
        }

        var cache = new EvictingCache<LunrDocumentKey, LunrDocumentAnalysis>();
        Index(cache, documents);
        cache.EndBuild();
        cache.BeginBuild();
        var reordered = documents.Reverse().ToArray();

        Assert.Equal(Index(null, reordered), Index(cache, reordered));
        Assert.Equal(3, cache.Hits); // the array-valued document is never cached
    }
}
