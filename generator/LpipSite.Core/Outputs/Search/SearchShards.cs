using System.Globalization;
using System.Security.Cryptography;
using LpipSite.Core.Search;
using LpipSite.Core.Writing;

namespace LpipSite.Core.Outputs.Search;

/// <summary>
/// The search files a page loads piece by piece, so that a query fetches only what it needs, however large
/// the site (<c>themes/default/assets/js/lunr-shards.js</c> reads them; docs/search.md describes the format):
/// <list type="bullet">
/// <item><c>manifest.json</c>: the index's fields, pipeline and document count, the first term of each term shard, and a build hash;</item>
/// <item><c>terms/N.json</c>: a range of terms in lunr's order, each with its <c>_index</c> and, per field, its postings with their field-vector entries;</item>
/// <item><c>vocabulary.json</c>: every term, for queries whose expansions cannot be bounded by a prefix (fuzzy terms, leading wildcards);</item>
/// <item><c>filters.json</c>: each facet's values and every document's values, for filtering and counting all results;</item>
/// <item><c>dates.json</c>: every document's date, for sorting by newest;</item>
/// <item><c>docs/N.json</c>: what result N shows, and the text its excerpt is cut from.</item>
/// </list>
/// Queries on an index assembled from the shards a query reaches give lunr.js's results and scores exactly,
/// because a score only reads the field vectors' entries of the query's own terms.
/// </summary>
public static class SearchShards
{
    /// <summary>The manifest's path under the language's search folder.</summary>
    public const string ManifestName = "manifest.json";

    /// <summary>
    /// A term shard closes once its JSON reaches this many bytes (a single term's postings may exceed it).
    /// Postings compress about 3:1, so a shard is at most about 16 KB gzipped: a query pays little for the
    /// other terms of its shards, and a site of 10,000 case studies has a manifest of a few KB.
    /// </summary>
    public const int ShardBytes = 48 * 1024;

    private static readonly DateOnly UnixEpoch = new(1970, 1, 1);

    /// <summary>The sharded files of an index whose refs are the positions of <paramref name="entries"/>.</summary>
    /// <param name="folder">The language's search folder (<c>search/</c>, <c>cy/search/</c>).</param>
    /// <param name="facets">Each facet with its values in display order; values no entry has are left out.</param>
    /// <param name="shardBytes">Where a term shard closes (tests use small shards to cross many boundaries).</param>
    public static IReadOnlyList<OutputFile> Write(string folder, LunrIndex index, IReadOnlyList<SearchEntry> entries,
        IReadOnlyList<(SearchFacet Facet, string Legend, IReadOnlyList<SearchFacetValue> Values)> facets, int shardBytes = ShardBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shardBytes, 1);
        ArgumentNullException.ThrowIfNull(index);
        if (index.RefCount != entries.Count) throw new ArgumentException("the index must have one document per entry", nameof(index));

        var files = new List<OutputFile>();
        var firstTerms = new List<string>();
        var vocabulary = new List<string>(index.TermCount);
        var shard = new MemoryStream();
        var shardWriter = new JsonTextWriter(shard);
        var shardTerms = 0;

        void CloseShard()
        {
            shardWriter.Raw((byte)']');
            shardWriter.Flush();
            files.Add(new OutputFile(folder + "terms/" + (firstTerms.Count - 1).ToString(CultureInfo.InvariantCulture) + ".json", shard.ToArray()));
            shard = new MemoryStream();
            shardWriter = new JsonTextWriter(shard);
            shardTerms = 0;
        }

        foreach (var term in index.TermPostings())
        {
            if (shardTerms == 0)
            {
                firstTerms.Add(term.Term);
                shardWriter.Raw((byte)'[');
            }
            else
            {
                shardWriter.Raw((byte)',');
            }

            WriteTerm(shardWriter, term);
            vocabulary.Add(term.Term);
            shardTerms++;
            shardWriter.Flush();
            if (shard.Length >= shardBytes) CloseShard();
        }

        if (shardTerms > 0) CloseShard();

        files.Add(new OutputFile(folder + "vocabulary.json", Json(w => Strings(w, vocabulary))));
        files.Add(new OutputFile(folder + "filters.json", Json(w => Filters(w, entries, facets))));
        files.Add(new OutputFile(folder + "dates.json", Json(w => Dates(w, entries))));
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            files.Add(new OutputFile(folder + "docs/" + i.ToString(CultureInfo.InvariantCulture) + ".json", Json(w => Strings(w, [e.Url, e.Type, e.Title, e.Summary, e.Meta, e.Body]))));
        }

        files.Insert(0, new OutputFile(folder + ManifestName, Json(w => Manifest(w, index, entries.Count, firstTerms, BuildHash(files)))));
        return files;
    }

    /// <summary><c>[term, _index, field1, field2, …]</c>, a field being <c>[ref, score, ref, score, …]</c>: refs ascending, each after the first as the gap from the one before, scores in thousandths.</summary>
    private static void WriteTerm(JsonTextWriter w, LunrTermPostings term)
    {
        w.Raw((byte)'[');
        w.String(term.Term);
        w.Raw((byte)',');
        w.Integer(term.Index);
        foreach (var postings in term.Fields)
        {
            w.Raw(",["u8);
            var previous = 0;
            for (var p = 0; p < postings.Count; p++)
            {
                if (p > 0) w.Raw((byte)',');
                w.Integer(postings[p].Ref - previous);
                previous = postings[p].Ref;
                w.Raw((byte)',');
                w.Integer(postings[p].Thousandths);
            }

            w.Raw((byte)']');
        }

        w.Raw((byte)']');
    }

    private static void Manifest(JsonTextWriter w, LunrIndex index, int documents, IReadOnlyList<string> firstTerms, string build)
    {
        w.Raw("{\"format\":1,\"build\":"u8);
        w.String(build);
        w.Raw(",\"version\":\"2.3.9\",\"fields\":"u8);
        Strings(w, index.Fields.Select(f => f.Name).ToList());
        w.Raw(",\"pipeline\":["u8);
        w.Raw(index.Language.PipelineJson);
        w.Raw("],\"documents\":"u8);
        w.Integer(documents);
        w.Raw(",\"terms\":"u8);
        w.Integer(index.TermCount);
        w.Raw(",\"shards\":"u8);
        Strings(w, firstTerms);
        w.Raw((byte)'}');
    }

    /// <summary>
    /// <c>{"facets":[{"key","legend","values":[[id,label],…],"docs":[…]}]}</c>: per document the index of its value
    /// in <c>values</c>, an array of indexes when it has several, or null.
    /// </summary>
    private static void Filters(JsonTextWriter w, IReadOnlyList<SearchEntry> entries, IReadOnlyList<(SearchFacet Facet, string Legend, IReadOnlyList<SearchFacetValue> Values)> facets)
    {
        w.Raw("{\"facets\":["u8);
        var firstFacet = true;
        foreach (var (facet, legend, all) in facets)
        {
            var idsOf = entries.Select(e => facet.Key == SearchFacets.Type ? [e.Type] : e.Facets.GetValueOrDefault(facet.Key) ?? []).ToList();
            var used = idsOf.SelectMany(ids => ids).ToHashSet(StringComparer.Ordinal);
            var values = all.Where(v => used.Contains(v.Id)).ToList();
            if (values.Count == 0) continue;
            var position = values.Select((v, i) => (v.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

            if (!firstFacet) w.Raw((byte)',');
            firstFacet = false;
            w.Raw("{\"key\":"u8);
            w.String(facet.Key);
            w.Raw(",\"legend\":"u8);
            w.String(legend);
            w.Raw(",\"values\":["u8);
            for (var v = 0; v < values.Count; v++)
            {
                if (v > 0) w.Raw((byte)',');
                w.Raw((byte)'[');
                w.String(values[v].Id);
                w.Raw((byte)',');
                w.String(values[v].Label);
                w.Raw((byte)']');
            }

            w.Raw("],\"docs\":["u8);
            for (var d = 0; d < idsOf.Count; d++)
            {
                if (d > 0) w.Raw((byte)',');
                var known = idsOf[d].Where(position.ContainsKey).Select(id => position[id]).ToList();
                if (known.Count == 0)
                {
                    w.Raw("null"u8);
                }
                else if (known.Count == 1)
                {
                    w.Integer(known[0]);
                }
                else
                {
                    w.Raw((byte)'[');
                    for (var k = 0; k < known.Count; k++)
                    {
                        if (k > 0) w.Raw((byte)',');
                        w.Integer(known[k]);
                    }

                    w.Raw((byte)']');
                }
            }

            w.Raw("]}"u8);
        }

        w.Raw("]}"u8);
    }

    /// <summary>Each document's date as days since 1 January 1970, or null.</summary>
    private static void Dates(JsonTextWriter w, IReadOnlyList<SearchEntry> entries)
    {
        w.Raw((byte)'[');
        for (var d = 0; d < entries.Count; d++)
        {
            if (d > 0) w.Raw((byte)',');
            if (entries[d].Date is { } date) w.Integer(date.DayNumber - UnixEpoch.DayNumber);
            else w.Raw("null"u8);
        }

        w.Raw((byte)']');
    }

    private static void Strings(JsonTextWriter w, IReadOnlyList<string> values)
    {
        w.Raw((byte)'[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0) w.Raw((byte)',');
            w.String(values[i]);
        }

        w.Raw((byte)']');
    }

    private static byte[] Json(Action<JsonTextWriter> write)
    {
        using var memory = new MemoryStream();
        using (var writer = new JsonTextWriter(memory, 4096)) write(writer);
        return memory.ToArray();
    }

    /// <summary>Twelve hex digits of SHA-256 over every other file's path and content: changes whenever any of them does.</summary>
    private static string BuildHash(IEnumerable<OutputFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file.Path + "\n" + file.Content.Length.ToString(CultureInfo.InvariantCulture) + "\n"));
            hash.AppendData(file.Content.Span);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
