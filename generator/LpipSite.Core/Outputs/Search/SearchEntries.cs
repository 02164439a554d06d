using LpipSite.Core.ContentTypes;
using LpipSite.Core.Model;
using LpipSite.Core.Caching;
using LpipSite.Core.Search;
using LpipSite.Core.Rendering.Text;

namespace LpipSite.Core.Outputs.Search;

/// <summary>Turns the published model into search entries, type by type in the registry's order.</summary>
public static class SearchEntries
{
    /// <param name="model">The published site.</param>
    /// <param name="words">The theme's text in the site's language: the labels and dates entries show.</param>
    /// <param name="cache">Reuses the plain text of bodies an earlier English build converted; null converts all.</param>
    public static IReadOnlyList<SearchEntry> From(SiteModel model, Localiser words, SearchIndexCache? cache = null) =>
        From(model, words, cache, SearchLanguage.English);

    /// <param name="model">The published site in <paramref name="language"/>.</param>
    /// <param name="words">The theme's text in that language: the labels and dates entries show.</param>
    /// <param name="cache">Reuses the plain text of bodies an earlier build of the language converted; null converts all.</param>
    /// <param name="language">Which part of the cache to use.</param>
    public static IReadOnlyList<SearchEntry> From(SiteModel model, Localiser words, SearchIndexCache? cache, SearchLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var context = new SearchEntryContext(model, words, cache?.For(language));
        var sources = ContentTypeRegistry.All.SelectMany(type => type.SearchEntries(context)).ToList();

        // Converting Markdown to text is the costly part; do it in parallel, keep the order.
        var entries = new SearchEntry[sources.Count];
        Parallel.For(0, sources.Count, i => entries[i] = sources[i]());
        return entries;
    }

    /// <summary>Every facet with its legend and all its values in display order, in the edition's language.</summary>
    public static IReadOnlyList<(SearchFacet Facet, string Legend, IReadOnlyList<SearchFacetValue> Values)> Facets(SiteModel model, Localiser words)
    {
        var context = new SearchEntryContext(model, words, null);
        return SearchFacets.All.Select(f => (f, words.Text(f.LegendKey), (IReadOnlyList<SearchFacetValue>)f.Values(context).ToList())).ToList();
    }

    /// <summary>Facets whose values are the ids the entries have, each labelled with its id (types with their labels): for entries without a model.</summary>
    public static IReadOnlyList<(SearchFacet Facet, string Legend, IReadOnlyList<SearchFacetValue> Values)> Facets(IReadOnlyList<SearchEntry> entries, Localiser words) =>
        SearchFacets.All.Select(f => (f, words.Text(f.LegendKey), (IReadOnlyList<SearchFacetValue>)(f.Key == SearchFacets.Type
            ? SearchTypes.All.Select(t => new SearchFacetValue(t.Key, words.Text(t.LabelKey))).ToList()
            : entries.SelectMany(e => e.Facets.GetValueOrDefault(f.Key) ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(id => new SearchFacetValue(id, id)).ToList()))).ToList();
}
