using System.Collections.Concurrent;
using LpipSite.Core.Search;

namespace LpipSite.Core.Caching;

/// <summary>
/// What a search index build may reuse from the previous one (the preview server rebuilds after every
/// save): the plain text of Markdown bodies, keyed by their text, and each document's analysis, keyed
/// by its language and field values. The index and document store stay byte-identical to a build without
/// a cache. Thread-safe.
/// </summary>
/// <remarks>
/// A site build makes one index per language, each from its own model. Each language has its own part of
/// the cache, and a build of one language forgets only what that language's previous build used and this
/// one did not: the English and Welsh builds of one site build neither evict each other's entries nor
/// share analyses (the pipelines differ). Memory follows the size of the site, once per language.
/// </remarks>
public sealed class SearchIndexCache
{
    private readonly ConcurrentDictionary<SearchLanguage, Lane> _lanes = new();

    /// <summary>Markdown bodies whose plain text was reused in the last build of each language, summed.</summary>
    public int PlainTextHits => _lanes.Values.Sum(l => l.PlainText.Hits);

    /// <summary>Markdown bodies converted to plain text in the last build of each language, summed.</summary>
    public int PlainTextMisses => _lanes.Values.Sum(l => l.PlainText.Misses);

    /// <summary>Documents whose analysis was reused in the last build of each language, summed.</summary>
    public int DocumentHits => _lanes.Values.Sum(l => l.Analyses.Hits);

    /// <summary>Documents analysed afresh in the last build of each language, summed.</summary>
    public int DocumentMisses => _lanes.Values.Sum(l => l.Analyses.Misses);

    /// <summary>What the last build of one language reused and computed.</summary>
    public SearchIndexCacheCounts CountsOf(SearchLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return _lanes.TryGetValue(language, out var lane)
            ? new SearchIndexCacheCounts(lane.PlainText.Hits, lane.PlainText.Misses, lane.Analyses.Hits, lane.Analyses.Misses)
            : new SearchIndexCacheCounts(0, 0, 0, 0);
    }

    /// <summary>The part of the cache that builds of this language use.</summary>
    internal Lane For(SearchLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return _lanes.GetOrAdd(language, static _ => new Lane());
    }

    /// <summary>One language's plain texts and analyses, forgotten by that language's builds only.</summary>
    internal sealed class Lane
    {
        public EvictingCache<string, string> PlainText { get; } = new(StringComparer.Ordinal);

        public EvictingCache<LunrDocumentKey, LunrDocumentAnalysis> Analyses { get; } = new();

        public void BeginBuild()
        {
            PlainText.BeginBuild();
            Analyses.BeginBuild();
        }

        /// <summary>Forgets the entries this build did not use.</summary>
        public void EndBuild()
        {
            PlainText.EndBuild();
            Analyses.EndBuild();
        }

        public string PlainTextOf(string markdown, Func<string, string> convert)
        {
            if (!PlainText.TryGet(markdown, out var text))
            {
                text = convert(markdown);
                PlainText.Put(markdown, text);
            }

            return text;
        }
    }
}

/// <summary>What one search index build reused (hits) and computed (misses).</summary>
/// <param name="PlainTextHits">Markdown bodies whose plain text was reused.</param>
/// <param name="PlainTextMisses">Markdown bodies converted to plain text.</param>
/// <param name="DocumentHits">Documents whose analysis was reused.</param>
/// <param name="DocumentMisses">Documents analysed afresh.</param>
public sealed record SearchIndexCacheCounts(int PlainTextHits, int PlainTextMisses, int DocumentHits, int DocumentMisses);
