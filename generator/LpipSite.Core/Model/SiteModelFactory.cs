using LpipSite.Core.ContentTypes;
using LpipSite.Core.Loading;
using LpipSite.Core.Routing;

namespace LpipSite.Core.Model;

/// <summary>The items a build has loaded and validated, before relations are computed.</summary>
public sealed record SiteContent
{
    public required SiteSettings Settings { get; init; }
    public required Vocabulary Themes { get; init; }
    public required Vocabulary Topics { get; init; }

    /// <summary>Every item, by its content type's kind, in file order.</summary>
    public required IReadOnlyDictionary<ContentKind, IReadOnlyList<ContentItem>> Items { get; init; }

    /// <summary>A copy with one type's items replaced.</summary>
    public SiteContent With(ContentKind kind, IEnumerable<ContentItem> items) =>
        this with { Items = new Dictionary<ContentKind, IReadOnlyList<ContentItem>>(Items) { [kind] = items.ToList() } };

    public IReadOnlyList<T> Of<T>(ContentKind kind)
        where T : ContentItem =>
        Items.TryGetValue(kind, out var items) ? items.Cast<T>().ToList() : [];

    public IReadOnlyList<Organisation> Organisations => Of<Organisation>(ContentKind.Organisation);
    public IReadOnlyList<Partnership> Partnerships => Of<Partnership>(ContentKind.Partnership);
    public IReadOnlyList<Place> Places => Of<Place>(ContentKind.Place);
    public IReadOnlyList<CaseStudy> CaseStudies => Of<CaseStudy>(ContentKind.CaseStudy);
    public IReadOnlyList<Method> Methods => Of<Method>(ContentKind.Method);
    public IReadOnlyList<TrainingResource> Training => Of<TrainingResource>(ContentKind.Training);
    public IReadOnlyList<NewsItem> News => Of<NewsItem>(ContentKind.News);
    public IReadOnlyList<Page> Pages => Of<Page>(ContentKind.Page);
}

/// <summary>
/// Turns loaded content into the immutable <see cref="SiteModel"/>: drops what is not due
/// (unless drafts are wanted), orders everything deterministically and computes reverse links.
/// Every relation is built from dictionaries in one pass over the items, so it scales linearly.
/// </summary>
public static class SiteModelFactory
{
    public const int RelatedCount = 5;

    public static SiteModel Create(SiteContent content, DateOnly today, bool includeUnpublished, IReadOnlyList<SiteModel>? translations = null)
    {
        bool Keep(ContentItem item) => includeUnpublished || item.Publication.StateOn(today) == PublishState.Published;

        // Each type keeps its items in its own order (by id, or newest first).
        var items = ContentTypeRegistry.All.ToDictionary(
            type => type.Kind,
            type => (IReadOnlyList<ContentItem>)type.Order(content.Items.GetValueOrDefault(type.Kind, []).Where(Keep)).ToList());
        IReadOnlyList<T> Of<T>(ContentKind kind) => items[kind].Cast<T>().ToList();
        var organisations = Of<Organisation>(ContentKind.Organisation);
        var partnerships = Of<Partnership>(ContentKind.Partnership);
        var places = Of<Place>(ContentKind.Place);
        var caseStudies = Of<CaseStudy>(ContentKind.CaseStudy);
        var methods = Of<Method>(ContentKind.Method);
        var training = Of<TrainingResource>(ContentKind.Training);
        var news = Of<NewsItem>(ContentKind.News);
        var themePages = content.Themes.Terms
            .Select(t => new Theme
            {
                Id = t.Id,
                Url = Routes.Theme(t.Id),
                Source = new SourceFile("content/taxonomies/themes.yml"),
                Publication = Publication.Live,
                Term = t,
            })
            .ToList();

        var next = content.Items.Values.SelectMany(list => list)
            .Where(i => !i.Publication.Draft && i.Publication.PublishAt is { } at && at > today)
            .Select(i => i.Publication.PublishAt!.Value)
            .DefaultIfEmpty()
            .Min();

        return new SiteModel
        {
            Settings = content.Settings,
            Today = today,
            Themes = content.Themes,
            Topics = content.Topics,
            Organisations = organisations,
            Partnerships = partnerships,
            Places = places,
            CaseStudies = caseStudies,
            Methods = methods,
            Training = training,
            News = news,
            Pages = Of<Page>(ContentKind.Page),
            Items = items,
            ThemePages = themePages,
            Relations = RelationsBuilder.Build(organisations, partnerships, places, caseStudies, methods, training, news),
            NextScheduledPublication = next == default ? null : next,
            Translations = translations ?? [],
        };
    }
}
