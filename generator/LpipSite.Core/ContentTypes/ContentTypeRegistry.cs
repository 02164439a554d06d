using LpipSite.Core.ContentTypes.CaseStudies;
using LpipSite.Core.ContentTypes.Methods;
using LpipSite.Core.ContentTypes.News;
using LpipSite.Core.ContentTypes.Organisations;
using LpipSite.Core.ContentTypes.Pages;
using LpipSite.Core.ContentTypes.Partnerships;
using LpipSite.Core.ContentTypes.Places;
using LpipSite.Core.ContentTypes.Training;
using LpipSite.Core.Loading;

namespace LpipSite.Core.ContentTypes;

/// <summary>The site's content types, one line each. The order is the order of every stage's output.</summary>
public static class ContentTypeRegistry
{
    public static readonly IReadOnlyList<ContentType> All =
    [
        CaseStudyType.Instance,
        PlaceType.Instance,
        PartnershipType.Instance,
        OrganisationType.Instance,
        MethodType.Instance,
        TrainingType.Instance,
        Opportunities.OpportunityType.Instance,
        NewsType.Instance,
        PageType.Instance,
    ];

    private static readonly Dictionary<ContentKind, ContentType> ByKind = All.ToDictionary(t => t.Kind);

    private static readonly Dictionary<string, ContentType> ByName = All.ToDictionary(t => t.Kind.Name, StringComparer.Ordinal);

    /// <summary>The type of a kind of file; null for site.yml and the taxonomies.</summary>
    public static ContentType? Of(ContentKind kind) => ByKind.GetValueOrDefault(kind);

    /// <summary>The type contributors name, e.g. <c>case-study</c>.</summary>
    public static ContentType? Named(string name) => ByName.GetValueOrDefault(name);
}
