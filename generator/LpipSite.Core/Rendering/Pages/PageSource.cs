using System.Globalization;
using System.Text.Json.Nodes;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Maps;
using LpipSite.Core.Rendering;
using LpipSite.Core.Rendering.Pages;
using LpipSite.Core.Outputs;
using LpipSite.Core.Rendering.Seo;
using LpipSite.Core.Rendering.Templates;
using LpipSite.Core.Rendering.Views;
using LpipSite.Core.Routing;
using LpipSite.Core.Rendering.Text;
using Keys = LpipSite.Core.Rendering.Text.GeneratorTextKeys;

namespace LpipSite.Core.Rendering.Pages;

/// <summary>What every page source is given: the view builder and the reuse outputs (datasets, citations, map).</summary>
internal sealed record PagePlanning(ViewBuilder Views, DownloadFiles? Reuse);

/// <summary>
/// A set of pages of the site: a content type's (in its folder under ContentTypes/) or the site's
/// own (home, themes, search, open data). Each lists its pages with a function that builds each
/// view, and says what its pages gain from the reuse outputs. The helpers here are shared by all.
/// </summary>
internal abstract class PageSource(PagePlanning planning)
{
    /// <summary>Listings on detail pages show this many cards, then link to the full facet listing.</summary>
    protected const int ShortListSize = 10;

    protected PagePlanning Planning => planning;

    protected ViewBuilder Views => planning.Views;
    protected DownloadFiles? Reuse => planning.Reuse;
    protected SiteModel Model => Views.Model;
    protected SiteRelations Relations => Views.Relations;
    protected SiteSettings Settings => Views.Settings;

    /// <summary>The theme's text in the site's language.</summary>
    protected Localiser Words => Views.Text;
    protected int PageSize => Math.Max(1, Views.Options.PageSize);

    /// <summary>The pages, in a fixed order.</summary>
    public abstract IEnumerable<PageJob> Plan();

    /// <summary>What a page of this source gains from the reuse outputs (citations, calendars, maps), if anything.</summary>
    public virtual ReuseView? ReuseFor(PageJob job) => null;

    /// <summary>The source's section of the home page, if it has one.</summary>
    public virtual HomeSectionView? HomeSection() => null;

    protected PageJob Job(ContentItem item, string layout, Func<PageContent> build) =>
        new(item.Url, layout, item, item.Publication.StateOn(Model.Today) == PublishState.Published, LastModified(item), build);

    internal static DateOnly? LastModified(ContentItem item) => item switch
    {
        CaseStudy c => c.Updated ?? c.Date,
        NewsItem n => n.Date,
        Page p => p.Updated,
        Place p => p.LastReviewed,
        _ => null,
    };

    protected static void Row(List<SummaryRowView> rows, string term, IEnumerable<ItemView?> items, string? id = null)
    {
        var list = items.OfType<ItemView>().ToList();
        if (list.Count > 0)
        {
            rows.Add(new SummaryRowView(term, list, id));
        }
    }

    protected static ItemView? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : new ItemView(text);

    protected static ItemView? LinkItem(LinkView? link, string? note = null) => link is null ? null : new ItemView(link.Text, link.Url, note);

    protected ItemView DateItem(DateOnly date) => new(Views.Date(date), Date: Views.DateOf(date));

    protected SessionView Session(EventSession e)
    {
        var start = DateOnly.FromDateTime(e.Start);
        var end = e.End is { } endTime ? DateOnly.FromDateTime(endTime) : start;
        string? time = null;
        if (e.HasTime)
        {
            time = e.End is { } finish && end == start
                ? Words.Text(Keys.Session.TimeRange, ("start", Words.Time(e.Start)), ("end", Words.Time(finish)))
                : Words.Time(e.Start);
        }

        var location = string.IsNullOrWhiteSpace(e.Location) ? null : e.Location;
        var mode = (e.Online, location) switch
        {
            (true, not null) => Words.Text(Keys.Session.OnlineAndInPerson, ("location", location)),
            (true, null) => Words.Text(Keys.Session.Online),
            (false, not null) => Words.Text(Keys.Session.InPerson, ("location", location)),
            _ => Words.Text(Keys.Session.VenueToBeConfirmed),
        };
        return new SessionView(
            Views.DateOf(start),
            e.HasTime ? DisplayFormat.IsoDateTime(e.Start) : null,
            time,
            end != start ? DisplayFormat.IsoDate(end) : null,
            end != start ? Views.Date(end) : null,
            mode,
            ViewBuilder.SafeUrl(e.BookingUrl),
            Views.IsPast(e));
    }

    protected List<MetaTagView> CitationTags(ContentItem item)
    {
        var s = DownloadFiles.CitationOf(item, Model, Words)!;
        var tags = new List<MetaTagView> { new("citation_title", s.Title) };
        foreach (var author in s.Authors)
        {
            tags.Add(new("citation_author", author.IsPerson ? author.Family + ", " + author.Given : author.Name));
            if (author.OrcidUrl is not null)
            {
                tags.Add(new("citation_author_orcid", author.OrcidUrl));
            }
        }

        if (s.Date is { } date)
        {
            tags.Add(new("citation_publication_date", date.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture)));
            tags.Add(new("citation_online_date", date.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture)));
        }

        tags.Add(new("citation_publisher", s.Publisher));
        if (s.Doi is not null)
        {
            tags.Add(new("citation_doi", s.Doi));
        }

        tags.Add(new("citation_abstract_html_url", s.Url));
        tags.Add(new("citation_language", Settings.Language));
        tags.Add(new("DC.title", s.Title));
        tags.AddRange(s.Authors.Select(a => new MetaTagView("DC.creator", a.IsPerson ? a.Family + ", " + a.Given : a.Name)));
        if (s.Date is { } dcDate)
        {
            tags.Add(new("DC.date", DisplayFormat.IsoDate(dcDate)));
        }

        tags.Add(new("DC.publisher", s.Publisher));
        tags.Add(new("DC.rights", s.Licence));
        tags.Add(new("DC.identifier", s.Doi is null ? s.Url : Citations.DoiUrl(s.Doi)));
        tags.Add(new("DC.language", Settings.Language));
        return tags;
    }

    /// <param name="noun">The key of the noun in "Cite this {noun}".</param>
    protected CiteView Cite(ContentItem item, string noun)
    {
        var s = DownloadFiles.CitationOf(item, Model, Words)!;
        var apa = Citations.Apa(s);
        var harvard = Citations.Harvard(s);
        return new CiteView(
            Words.Text(noun),
            new CitationTextView(apa.Before, apa.Title, apa.After),
            new CitationTextView(harvard.Before, harvard.Title, harvard.After),
            [
                new LinkView(Words.Text(Keys.Cite.BibTex), item.Url + "cite.bib"),
                new LinkView(Words.Text(Keys.Cite.Ris), item.Url + "cite.ris"),
                new LinkView(Words.Text(Keys.Cite.CslJson), item.Url + "cite.json"),
            ]);
    }

    protected MapView? Map(string id, string heading, IEnumerable<string> placeIds, string? current)
    {
        if (Reuse?.Map is not { } map)
        {
            return null;
        }

        var places = new List<Place>();
        foreach (var placeId in placeIds.Distinct(StringComparer.Ordinal))
        {
            if (!Relations.PlacesById.TryGetValue(placeId, out var place))
            {
                continue;
            }

            places.Add(place);

            // A custom area without a position is shown by its constituent places.
            if (place.Latitude is null && place.ConstituentIds.Count > 0)
            {
                places.AddRange(place.ConstituentIds.Where(c => !placeIds.Contains(c, StringComparer.Ordinal)).Select(c => Relations.PlacesById.GetValueOrDefault(c)).OfType<Place>());
            }
        }

        places = places.DistinctBy(p => p.Id).OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var markers = places.Where(p => p.Latitude is not null && p.Longitude is not null)
            .Select(p => new MapMarker(p.Name, p.Url, p.Latitude!.Value, p.Longitude!.Value, p.Id == current))
            .ToList();
        if (markers.Count == 0)
        {
            return null;
        }

        var unplaced = places.Where(p => p.Latitude is null || p.Longitude is null).Select(p => p.Name).ToList();
        var description = Words.Text(Keys.Map.Description, ("places", Views.JoinAnd(markers.Select(m => m.Name).ToList())));
        var svg = map.Svg(id, heading, description, markers);
        var note = unplaced.Count == 0 ? null : Words.Count(Keys.Map.Unplaced, unplaced.Count, ("places", Views.JoinAnd(unplaced)));
        return new MapView(id, heading, new HtmlString(svg), places.Select(p => new LinkView(p.Name, p.Url)).ToList(), note);
    }

    protected List<CaseStudy> PublishedCaseStudies => Model.CaseStudies.Where(c => OpenDataCatalog.IsPublished(c, Model)).ToList();

    protected TransferUseView Use(CaseStudy c, string? relation)
    {
        return new TransferUseView(
            new LinkView(c.Title, c.Url),
            c.EvidenceLevel,
            Words.Label(Vocabularies.EvidenceLevels, c.EvidenceLevel),
            c.Transferability.Assessment,
            c.Transferability.Assessment is { } assessment ? Words.Label(Vocabularies.TransferAssessments, assessment) : null,
            string.Join(' ', c.ThemeIds),
            relation);
    }

    protected IEnumerable<string> NationsOf(IEnumerable<string> placeIds) => Relations.NationsOf(placeIds);

    /// <summary>One page of a paginated listing: its address, number, the items it shows and its page links.</summary>
    protected sealed record ListingPage<T>(string Url, int Number, int Total, IReadOnlyList<T> Items, PaginationView? Pagination, Localiser Words)
    {
        /// <summary>"News", or "News (page 2 of 3)" after the first page.</summary>
        public string Title(string title) => Number > 1
            ? Words.Text(Keys.Site.ListingPageTitle, ("title", title), ("number", Number.ToString(CultureInfo.InvariantCulture)), ("total", Total.ToString(CultureInfo.InvariantCulture)))
            : title;

        /// <summary>The breadcrumbs: after the first page, the listing itself is a parent too.</summary>
        public IReadOnlyList<BreadcrumbView> Breadcrumbs(IReadOnlyList<BreadcrumbView> parents, string title, string listingUrl) =>
            Number > 1 ? parents.Append(new BreadcrumbView(title, listingUrl)).ToList() : parents;
    }

    /// <summary>
    /// A listing split into pages of <see cref="PageSize"/> items: the first at
    /// <paramref name="listingUrl"/>, the next at <c>page/2/</c> and so on. There is always a first
    /// page, even when the listing is empty.
    /// </summary>
    protected IEnumerable<PageJob> Paginated<T>(string listingUrl, string layout, IReadOnlyList<T> items, DateOnly? lastModified, Func<ListingPage<T>, PageContent> build)
    {
        var total = Math.Max(1, (items.Count + PageSize - 1) / PageSize);
        for (var number = 1; number <= total; number++)
        {
            var pageNumber = number;
            var url = Routes.Page(listingUrl, pageNumber);
            yield return new PageJob(url, layout, null, true, lastModified, () => build(new ListingPage<T>(
                url,
                pageNumber,
                total,
                items.Skip((pageNumber - 1) * PageSize).Take(PageSize).ToList(),
                Pagination(listingUrl, pageNumber, total, Words),
                Words)));
        }
    }

    /// <summary>Head data of a listing page, with its previous and next pages linked.</summary>
    protected PageMeta ListingMeta<T>(ListingPage<T> page, string layout, string title, string description, IReadOnlyList<BreadcrumbView> crumbs)
    {
        var meta = Views.Meta(page.Url, layout, title, description, crumbs, [JsonLd.Node("CollectionPage", Settings, page.Url, title, description)]);
        return meta with
        {
            PrevUrl = page.Pagination?.PrevUrl is { } prev ? Settings.AbsoluteUrl(prev) : null,
            NextUrl = page.Pagination?.NextUrl is { } next ? Settings.AbsoluteUrl(next) : null,
        };
    }

    /// <summary>Page links: the first, the last, and two either side of the current one.</summary>
    internal static PaginationView? Pagination(string baseUrl, int current, int total, Localiser words)
    {
        if (total <= 1)
        {
            return null;
        }

        var pages = new List<PageNumberView>();
        var previous = 0;
        for (var n = 1; n <= total; n++)
        {
            if (n == 1 || n == total || Math.Abs(n - current) <= 2)
            {
                pages.Add(new PageNumberView(n, Routes.Page(baseUrl, n), n == current, previous != 0 && n - previous > 1));
                previous = n;
            }
        }

        return new PaginationView(
            current,
            total,
            current > 1 ? Routes.Page(baseUrl, current - 1) : null,
            current < total ? Routes.Page(baseUrl, current + 1) : null,
            pages,
            words.Text(Keys.Site.PaginationStatus, ("current", current.ToString(CultureInfo.InvariantCulture)), ("total", total.ToString(CultureInfo.InvariantCulture))));
    }
}
