namespace LpipSite.Core.Outputs.Search;

/// <summary>
/// One searchable page: what is indexed (title, summary, tags, body) and what a result shows
/// (URL, type, meta line). <see cref="Type"/> is a stable key used by the search page's filters.
/// </summary>
public sealed record SearchEntry(
    string Url,
    string Type,
    string Title,
    string Summary,
    string Meta,
    string Tags,
    string Body);

/// <summary>
/// The content types search results can be filtered by, in display order: each type's key and the
/// text table key of its label ("search.types.case_study").
/// </summary>
public static class SearchTypes
{
    public static readonly IReadOnlyList<(string Key, string LabelKey)> All =
        ContentTypes.ContentTypeRegistry.All.Where(t => t.SearchLabelKey is not null).Select(t => (t.Kind.Name, t.SearchLabelKey!)).ToList();
}
