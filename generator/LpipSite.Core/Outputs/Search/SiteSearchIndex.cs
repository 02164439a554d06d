using System.IO.Compression;
using LpipSite.Core.Model;
using LpipSite.Core.Writing;
using LpipSite.Core.Caching;
using LpipSite.Core.Search;
using LpipSite.Core.Rendering.Text;

namespace LpipSite.Core.Outputs.Search;

/// <summary>The search files of a built site in one language, their URLs, and their sizes for the build report.</summary>
public sealed record SiteSearchFiles(OutputFile Index, OutputFile Documents)
{
    /// <summary>The sharded files the search page loads (<see cref="SearchShards"/>), manifest first.</summary>
    public IReadOnlyList<OutputFile> Shards { get; init; } = [];

    /// <summary>Every file, for writing.</summary>
    public IEnumerable<OutputFile> All => Shards.Prepend(Documents).Prepend(Index);

    /// <summary>The language whose pipeline built the index.</summary>
    public SearchLanguage Language { get; init; } = SearchLanguage.English;

    /// <summary>Where the search page fetches the index (<c>/search/index.json</c>, <c>/cy/search/index.json</c>).</summary>
    public string IndexUrl => "/" + Index.Path;

    /// <summary>Where the search page fetches the document store.</summary>
    public string DocumentsUrl => "/" + Documents.Path;

    public long RawBytes => Index.Content.Length + Documents.Content.Length;

    public long GzippedBytes => Gzipped(Index.Content.Span) + Gzipped(Documents.Content.Span);

    /// <summary>The term shards (<c>terms/N.json</c>).</summary>
    public IReadOnlyList<OutputFile> TermShards => Shards.Where(f => f.Path.Contains("/terms/", StringComparison.Ordinal)).ToList();

    internal static long Gzipped(ReadOnlySpan<byte> bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.Length;
    }
}

/// <summary>
/// Builds the site's Lunr index (loaded by lunr.js 2.3.9 in the browser) and a compact document
/// store for showing results, one pair per language. Refs are positions in the store ("0", "1", …),
/// which keeps the index small; title outweighs summary, which outweighs tags, which outweigh body text.
/// </summary>
/// <remarks>
/// English files are <see cref="IndexPath"/> and <see cref="DocumentsPath"/>; another language's are the
/// same paths under its <see cref="SearchLanguage.PathPrefix"/> (<c>cy/search/index.json</c>). A Welsh index
/// names the Welsh pipeline, so its search page must load <c>js/lunr-cy.js</c> after <c>js/lunr.js</c>.
/// </remarks>
public static class SiteSearchIndex
{
    /// <summary>The English index's output path.</summary>
    public const string IndexPath = "search/index.json";

    /// <summary>The English document store's output path.</summary>
    public const string DocumentsPath = "search/documents.json";

    /// <summary>The output path of the language's index: <c>search/index.json</c>, <c>cy/search/index.json</c>.</summary>
    public static string IndexPathOf(SearchLanguage language) => PrefixOf(language) + IndexPath;

    /// <summary>The output path of the language's document store: <c>search/documents.json</c>, <c>cy/search/documents.json</c>.</summary>
    public static string DocumentsPathOf(SearchLanguage language) => PrefixOf(language) + DocumentsPath;

    /// <summary>The URL a search page fetches the language's index from: <c>/search/index.json</c>, <c>/cy/search/index.json</c>.</summary>
    public static string IndexUrlOf(SearchLanguage language) => "/" + IndexPathOf(language);

    /// <summary>The URL a search page fetches the language's document store from.</summary>
    public static string DocumentsUrlOf(SearchLanguage language) => "/" + DocumentsPathOf(language);

    /// <summary>The folder of the language's search files: <c>search/</c>, <c>cy/search/</c>.</summary>
    public static string FolderOf(SearchLanguage language) => PrefixOf(language) + "search/";

    /// <summary>The URL a search page fetches the language's shard manifest from: <c>/search/manifest.json</c>, <c>/cy/search/manifest.json</c>.</summary>
    public static string ManifestUrlOf(SearchLanguage language) => "/" + FolderOf(language) + SearchShards.ManifestName;

    public static readonly IReadOnlyList<LunrField> Fields =
    [
        new("title", 10),
        new("summary", 5),
        new("tags", 3),
        new("body", 1),
    ];

    /// <summary>The English search files of a site.</summary>
    /// <param name="model">The published site.</param>
    /// <param name="words">The theme's text in the site's language: the labels and dates results show.</param>
    /// <param name="cache">Reuses what earlier builds computed for unchanged entries; null computes everything.</param>
    public static SiteSearchFiles Build(SiteModel model, Localiser words, SearchIndexCache? cache = null) =>
        Build(model, words, cache, SearchLanguage.English);

    /// <summary>The search files of a site in one language, at that language's paths.</summary>
    /// <param name="model">The published site in <paramref name="language"/> (its pages are what the index finds).</param>
    /// <param name="cache">Reuses what earlier builds of the same language computed for unchanged entries; null computes everything.</param>
    /// <param name="language">The pipeline the index is built with, and where the files go.</param>
    public static SiteSearchFiles Build(SiteModel model, Localiser words, SearchIndexCache? cache, SearchLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return OneCachedBuild(cache?.For(language), lane => Index(SearchEntries.From(model, words, cache, language), SearchEntries.Facets(model, words), words, lane, language));
    }

    /// <summary>The English search files of these entries.</summary>
    /// <param name="entries">The entries, in the order of their refs.</param>
    /// <param name="words">The theme's text in the site's language: the labels of the types of result.</param>
    /// <param name="cache">Reuses the analyses of entries an earlier build indexed; null analyses every entry.</param>
    public static SiteSearchFiles Build(IReadOnlyList<SearchEntry> entries, Localiser words, SearchIndexCache? cache = null) =>
        Build(entries, words, cache, SearchLanguage.English);

    /// <summary>The search files of these entries in one language, at that language's paths.</summary>
    /// <param name="entries">The entries, in the order of their refs.</param>
    /// <param name="cache">Reuses the analyses of entries an earlier build of the same language indexed; null analyses every entry.</param>
    /// <param name="language">The pipeline the index is built with, and where the files go.</param>
    public static SiteSearchFiles Build(IReadOnlyList<SearchEntry> entries, Localiser words, SearchIndexCache? cache, SearchLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return OneCachedBuild(cache?.For(language), lane => Index(entries, SearchEntries.Facets(entries, words), words, lane, language));
    }

    /// <summary>Counts the cache's reuse per build, and lets it forget what this language's build did not use.</summary>
    private static SiteSearchFiles OneCachedBuild(SearchIndexCache.Lane? lane, Func<SearchIndexCache.Lane?, SiteSearchFiles> build)
    {
        lane?.BeginBuild();
        var files = build(lane);
        lane?.EndBuild();
        return files;
    }

    private static string PrefixOf(SearchLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.PathPrefix;
    }

    private static SiteSearchFiles Index(IReadOnlyList<SearchEntry> entries, IReadOnlyList<(SearchFacet Facet, string Legend, IReadOnlyList<SearchFacetValue> Values)> facets,
        Localiser words, SearchIndexCache.Lane? lane, SearchLanguage language)
    {
        var index = LunrIndexOf(entries, language, lane);
        return new SiteSearchFiles(
            new OutputFile(IndexPathOf(language), index.ToUtf8Bytes()),
            new OutputFile(DocumentsPathOf(language), DocumentStore(entries, words)))
        {
            Language = language,
            Shards = SearchShards.Write(FolderOf(language), index, entries, facets),
        };
    }

    /// <summary>The Lunr index of the entries, their positions as refs.</summary>
    internal static LunrIndex LunrIndexOf(IReadOnlyList<SearchEntry> entries, SearchLanguage language, SearchIndexCache.Lane? lane = null)
    {
        var builder = new LunrIndexBuilder(language) { AnalysisCache = lane?.Analyses };
        foreach (var field in Fields)
        {
            builder.AddField(field.Name, field.Boost);
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            builder.Add(new LunrDocument(i.ToString(System.Globalization.CultureInfo.InvariantCulture), new Dictionary<string, LunrValue>(StringComparer.Ordinal)
            {
                ["title"] = e.Title,
                ["summary"] = e.Summary,
                ["tags"] = e.Tags,
                ["body"] = e.Body,
            }));
        }

        return builder.Build();
    }

    /// <summary>
    /// <c>{"types":{key:label},"docs":[[url,type,title,summary,meta],…]}</c>: arrays, not objects,
    /// because the field names would otherwise repeat for every document.
    /// </summary>
    private static byte[] DocumentStore(IReadOnlyList<SearchEntry> entries, Localiser words)
    {
        using var buffer = new MemoryStream();
        using (var json = new JsonTextWriter(buffer))
        {
            json.Raw("{\"types\":{"u8);
            for (var i = 0; i < SearchTypes.All.Count; i++)
            {
                if (i > 0)
                {
                    json.Raw((byte)',');
                }

                json.String(SearchTypes.All[i].Key);
                json.Raw((byte)':');
                json.String(words.Text(SearchTypes.All[i].LabelKey));
            }

            json.Raw("},\"docs\":["u8);
            for (var i = 0; i < entries.Count; i++)
            {
                var e = entries[i];
                if (i > 0)
                {
                    json.Raw((byte)',');
                }

                json.Raw((byte)'[');

                string[] values = [e.Url, e.Type, e.Title, e.Summary, e.Meta];
                for (var v = 0; v < values.Length; v++)
                {
                    if (v > 0)
                    {
                        json.Raw((byte)',');
                    }

                    json.String(values[v]);
                }

                json.Raw((byte)']');
            }

            json.Raw("]}"u8);
        }

        return buffer.ToArray();
    }
}
