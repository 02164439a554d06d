using LpipSite.Core.ContentTypes;
using LpipSite.Core.Loading;

namespace LpipSite.Core.Model;

/// <summary>A case study judged similar to another, with the score that ranked it.</summary>
public sealed record RelatedCaseStudy(CaseStudy CaseStudy, int Score);

/// <summary>
/// The whole site, immutable once built: every published item (plus drafts and scheduled items
/// when the build includes them), lookups by id and the reverse links pages need.
/// </summary>
public sealed class SiteModel
{
    public required SiteSettings Settings { get; init; }

    /// <summary>The date the build treats as today (injected so tests can fix the clock).</summary>
    public required DateOnly Today { get; init; }

    public required Vocabulary Themes { get; init; }
    public required Vocabulary Topics { get; init; }

    public required IReadOnlyList<Organisation> Organisations { get; init; }
    public required IReadOnlyList<Partnership> Partnerships { get; init; }
    public required IReadOnlyList<Place> Places { get; init; }

    /// <summary>Newest first, then by id.</summary>
    public required IReadOnlyList<CaseStudy> CaseStudies { get; init; }

    public required IReadOnlyList<Method> Methods { get; init; }
    public required IReadOnlyList<TrainingResource> Training { get; init; }

    /// <summary>Newest first, then by id.</summary>
    public required IReadOnlyList<NewsItem> News { get; init; }

    public required IReadOnlyList<Page> Pages { get; init; }
    public required IReadOnlyList<Theme> ThemePages { get; init; }

    /// <summary>Every content type's items, by kind, in the type's order.</summary>
    public required IReadOnlyDictionary<ContentKind, IReadOnlyList<ContentItem>> Items { get; init; }

    public required SiteRelations Relations { get; init; }

    /// <summary>
    /// The site in each of its other languages (see <c>site.yml</c>'s <c>languages</c>), in their
    /// order; empty for a site in one language and in a translated edition itself.
    /// </summary>
    public IReadOnlyList<SiteModel> Translations { get; init; } = [];

    /// <summary>This edition and its translations: the site in every language, the default first.</summary>
    public IEnumerable<SiteModel> Editions => Translations.Prepend(this);

    /// <summary>The earliest <c>publish_at</c> still in the future, for the build report.</summary>
    public DateOnly? NextScheduledPublication { get; init; }

    /// <summary>The items of one content type, in the type's order.</summary>
    public IReadOnlyList<ContentItem> ItemsOf(ContentType type) => Items.GetValueOrDefault(type.Kind) ?? [];

    /// <summary>Every item, type by type in the registry's order, then the theme pages.</summary>
    public IEnumerable<ContentItem> AllItems =>
        ContentTypeRegistry.All.SelectMany(ItemsOf).Concat(ThemePages);
}
