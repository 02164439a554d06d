using System.IO.Compression;
using LpipSite.Core.Model;
using LpipSite.Core.Writing;
using LpipSite.Core.Caching;
using LpipSite.Core.Search;
using LpipSite.Core.Rendering.Text;

namespace LpipSite.Core.Outputs.Search;

/// <summary>The search files of a built site, and their sizes for the build report.</summary>
public sealed record SiteSearchFiles(OutputFile Index, OutputFile Documents)
{
    public long RawBytes => Index.Content.Length + Documents.Content.Length;

    public long GzippedBytes => Gzipped(Index.Content.Span) + Gzipped(Documents.Content.Span);

    private static long Gzipped(ReadOnlySpan<byte> bytes)
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
/// store for showing results. Refs are positions in the store ("0", "1", …), which keeps the
/// index small; title outweighs summary, which outweighs tags, which outweigh body text.
/// </summary>
public static class SiteSearchIndex
{
    public const string IndexPath = "search/index.json";
    public const string DocumentsPath = "search/documents.json";

    public static readonly IReadOnlyList<LunrField> Fields =
    [
        new("title", 10),
        new("summary", 5),
        new("tags", 3),
        new("body", 1),
    ];

    /// <param name="model">The published site.</param>
    /// <param name="words">The theme's text in the site's language: the labels and dates results show.</param>
    /// <param name="cache">Reuses what earlier builds computed for unchanged entries; null computes everything.</param>
    public static SiteSearchFiles Build(SiteModel model, Localiser words, SearchIndexCache? cache = null) =>
        OneCachedBuild(cache, () => Index(SearchEntries.From(model, words, cache), words, cache));

    /// <param name="entries">The entries, in the order of their refs.</param>
    /// <param name="words">The theme's text in the site's language: the labels of the types of result.</param>
    /// <param name="cache">Reuses the analyses of entries an earlier build indexed; null analyses every entry.</param>
    public static SiteSearchFiles Build(IReadOnlyList<SearchEntry> entries, Localiser words, SearchIndexCache? cache = null) =>
        OneCachedBuild(cache, () => Index(entries, words, cache));

    /// <summary>Counts the cache's reuse per build, and lets it forget what the build did not use.</summary>
    private static SiteSearchFiles OneCachedBuild(SearchIndexCache? cache, Func<SiteSearchFiles> build)
    {
        cache?.BeginBuild();
        var files = build();
        cache?.EndBuild();
        return files;
    }

    private static SiteSearchFiles Index(IReadOnlyList<SearchEntry> entries, Localiser words, SearchIndexCache? cache)
    {
        var builder = new LunrIndexBuilder { AnalysisCache = cache?.Analyses };
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

        return new SiteSearchFiles(
            new OutputFile(IndexPath, builder.Build().ToUtf8Bytes()),
            new OutputFile(DocumentsPath, DocumentStore(entries, words)));
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
