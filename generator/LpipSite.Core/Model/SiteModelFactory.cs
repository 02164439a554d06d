namespace LpipSite.Core.Model;

/// <summary>The items a build has loaded and validated, before relations are computed.</summary>
public sealed record SiteContent
{
    public required SiteSettings Settings { get; init; }
    public required Vocabulary Themes { get; init; }
    public required Vocabulary Topics { get; init; }
    public IReadOnlyList<Organisation> Organisations { get; init; } = [];
    public IReadOnlyList<Partnership> Partnerships { get; init; } = [];
    public IReadOnlyList<Place> Places { get; init; } = [];
    public IReadOnlyList<CaseStudy> CaseStudies { get; init; } = [];
    public IReadOnlyList<Method> Methods { get; init; } = [];
    public IReadOnlyList<TrainingResource> Training { get; init; } = [];
    public IReadOnlyList<NewsItem> News { get; init; } = [];
    public IReadOnlyList<Page> Pages { get; init; } = [];
}

/// <summary>
/// Turns loaded content into the immutable <see cref="SiteModel"/>: drops what is not due
/// (unless drafts are wanted), orders everything deterministically and computes reverse links.
/// Every relation is built from dictionaries in one pass over the items, so it scales linearly.
/// </summary>
public static class SiteModelFactory
{
    public const int RelatedCount = 5;

    public static SiteModel Create(SiteContent content, DateOnly today, bool includeUnpublished)
    {
        bool Keep(ContentItem item) => includeUnpublished || item.Publication.StateOn(today) == PublishState.Published;

        var caseStudies = content.CaseStudies.Where(Keep)
            .OrderByDescending(c => c.Date).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var news = content.News.Where(Keep)
            .OrderByDescending(n => n.Date).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        var organisations = ById(content.Organisations.Where(Keep));
        var partnerships = ById(content.Partnerships.Where(Keep));
        var places = ById(content.Places.Where(Keep));
        var methods = ById(content.Methods.Where(Keep));
        var training = ById(content.Training.Where(Keep));
        var pages = ById(content.Pages.Where(Keep));
        var themePages = content.Themes.Terms
            .Select(t => new Theme
            {
                Id = t.Id,
                Url = $"/themes/{t.Id}/",
                Source = new SourceFile("content/taxonomies/themes.yml"),
                Publication = Publication.Live,
                Term = t,
            })
            .ToList();

        var next = content.CaseStudies.Cast<ContentItem>().Concat(content.News)
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
            Pages = pages,
            ThemePages = themePages,
            Relations = RelationsBuilder.Build(organisations, partnerships, places, caseStudies, methods, training, news),
            NextScheduledPublication = next == default ? null : next,
        };
    }

    private static List<T> ById<T>(IEnumerable<T> items)
        where T : ContentItem =>
        items.OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
}
