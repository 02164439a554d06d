namespace LpipSite.Core.Model;

/// <summary>Lookups by id and reverse links, computed once with dictionaries (never all-pairs).</summary>
public sealed class SiteRelations
{
    private static readonly IReadOnlyList<CaseStudy> NoCaseStudies = [];

    public required IReadOnlyDictionary<string, Organisation> OrganisationsById { get; init; }
    public required IReadOnlyDictionary<string, Partnership> PartnershipsById { get; init; }
    public required IReadOnlyDictionary<string, Place> PlacesById { get; init; }
    public required IReadOnlyDictionary<string, CaseStudy> CaseStudiesById { get; init; }
    public required IReadOnlyDictionary<string, Method> MethodsById { get; init; }
    public required IReadOnlyDictionary<string, TrainingResource> TrainingById { get; init; }

    /// <summary>Case studies located in a place or in any place inside it (children, constituents).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<CaseStudy>> CaseStudiesByPlace { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<CaseStudy>> CaseStudiesByMethod { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<CaseStudy>> CaseStudiesByTheme { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<CaseStudy>> CaseStudiesByPartnership { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<CaseStudy>> CaseStudiesByNation { get; init; }

    /// <summary>Keyed by the region's place id.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<CaseStudy>> CaseStudiesByRegion { get; init; }

    /// <summary>Case studies whose method has since been tried in this place.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<CaseStudy>> CaseStudiesTriedInPlace { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<Partnership>> PartnershipsByPlace { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Method>> MethodsByPlace { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<NewsItem>> NewsByPartnership { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<TrainingResource>> TrainingByMethod { get; init; }

    /// <summary>Places whose parent is the key.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Place>> ChildPlaces { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<RelatedCaseStudy>> RelatedCaseStudies { get; init; }

    public IReadOnlyList<CaseStudy> CaseStudiesIn(IReadOnlyDictionary<string, IReadOnlyList<CaseStudy>> map, string key) =>
        map.TryGetValue(key, out var list) ? list : NoCaseStudies;

    /// <summary>The nations of these places, each once, in the order the places first give them.</summary>
    public IEnumerable<string> NationsOf(IEnumerable<string> placeIds) =>
        placeIds.Select(id => PlacesById.GetValueOrDefault(id)?.Nation).OfType<string>().Distinct(StringComparer.Ordinal);

    public static IReadOnlyList<T> Get<T>(IReadOnlyDictionary<string, IReadOnlyList<T>> map, string key) =>
        map.TryGetValue(key, out var list) ? list : [];
}
