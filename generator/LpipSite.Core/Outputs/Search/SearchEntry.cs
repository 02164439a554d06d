namespace LpipSite.Core.Outputs.Search;

/// <summary>
/// One searchable page: what is indexed (title, summary, tags, body) and what a result shows
/// (URL, type, meta line, an excerpt of the body). <see cref="Type"/> is a stable key used by the search
/// page's filters, as are the ids in <see cref="Facets"/>.
/// </summary>
public sealed record SearchEntry(
    string Url,
    string Type,
    string Title,
    string Summary,
    string Meta,
    string Tags,
    string Body)
{
    /// <summary>The ids the entry has for each facet other than its type (<see cref="SearchFacets"/>); a facet it lacks is left out.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Facets { get; init; } = SearchFacets.None;

    /// <summary>The date "newest first" sorts by (published, or the start of an event); null sorts last.</summary>
    public DateOnly? Date { get; init; }
}

/// <summary>
/// The content types search results can be filtered by, in display order: each type's key and the
/// text table key of its label ("search.types.case_study").
/// </summary>
public static class SearchTypes
{
    public static readonly IReadOnlyList<(string Key, string LabelKey)> All =
        ContentTypes.ContentTypeRegistry.All.Where(t => t.SearchLabelKey is not null).Select(t => (t.Kind.Name, t.SearchLabelKey!)).ToList();
}
