using LpipSite.Core.ContentTypes.Opportunities;
using LpipSite.Core.Model;
using Legends = LpipSite.Core.Rendering.Text.GeneratorTextKeys.SearchFilters;

namespace LpipSite.Core.Outputs.Search;

/// <summary>
/// A way of narrowing search results, shown on the search page as a group of checkboxes with counts.
/// </summary>
/// <param name="Key">The address parameter (<c>?theme=greener-economy</c>) and the key entries give ids under.</param>
/// <param name="LegendKey">The text table key of the group's legend.</param>
/// <param name="Values">Every value the facet can have, in the order the page lists them, with its label in the edition's language.</param>
public sealed record SearchFacet(string Key, string LegendKey, Func<SearchEntryContext, IEnumerable<SearchFacetValue>> Values);

/// <summary>A value of a facet: its id (in addresses and entries) and what readers see.</summary>
public sealed record SearchFacetValue(string Id, string Label);

/// <summary>The search page's facets, in the order it shows them. Values within a facet combine with "or", facets with "and".</summary>
public static class SearchFacets
{
    public const string Type = "type";
    public const string Theme = "theme";
    public const string Nation = "nation";
    public const string Method = "method";
    public const string Evidence = "evidence";
    public const string Partnership = "partnership";
    public const string Kind = "kind";

    /// <summary>An entry with no facet values.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> None = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    public static readonly IReadOnlyList<SearchFacet> All =
    [
        new(Type, Legends.Type, c => SearchTypes.All.Select(t => new SearchFacetValue(t.Key, c.Words.Text(t.LabelKey)))),
        new(Theme, Legends.Theme, c => c.Model.Themes.Terms.Select(t => new SearchFacetValue(t.Id, t.Label))),
        new(Nation, Legends.Nation, c => Closed(c, Vocabularies.Nations)),
        new(Method, Legends.Method, c => ByLabel(c.Model.Methods.Select(m => new SearchFacetValue(m.Id, m.Title)))),
        new(Evidence, Legends.Evidence, c => Closed(c, Vocabularies.EvidenceLevels)),
        new(Partnership, Legends.Partnership, c => ByLabel(c.Model.Partnerships.Select(p => new SearchFacetValue(p.Id, p.Name)))),
        new(Kind, Legends.Kind, c => Closed(c, OpportunityKinds.All)),
    ];

    /// <summary>The facet values of an entry, leaving out facets with no ids; ids keep their first occurrence's order.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Of(params (string Facet, IEnumerable<string> Ids)[] facets)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (facet, ids) in facets)
        {
            var distinct = ids.Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (distinct.Count > 0) values[facet] = distinct;
        }

        return values;
    }

    private static IEnumerable<SearchFacetValue> Closed(SearchEntryContext c, Vocabulary vocabulary) =>
        vocabulary.Terms.Select(t => new SearchFacetValue(t.Id, c.Label(vocabulary, t.Id)));

    // Ordinal, so the order is the same on every machine whatever its culture.
    private static IEnumerable<SearchFacetValue> ByLabel(IEnumerable<SearchFacetValue> values) =>
        values.OrderBy(v => v.Label, StringComparer.Ordinal).ThenBy(v => v.Id, StringComparer.Ordinal);
}
