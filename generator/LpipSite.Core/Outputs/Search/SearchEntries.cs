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
}
