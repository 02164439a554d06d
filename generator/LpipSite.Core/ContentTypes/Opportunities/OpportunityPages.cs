using System.Text.Json.Nodes;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Pages;
using LpipSite.Core.Rendering.Seo;
using LpipSite.Core.Rendering.Text;
using LpipSite.Core.Rendering.Views;
using LpipSite.Core.Routing;

namespace LpipSite.Core.ContentTypes.Opportunities;

/// <summary>
/// The opportunities listing (open ones first, closing soonest first, then those opening soon),
/// the archive of closed ones, static filter pages by kind, nation and theme, and each
/// opportunity's page with its deadline, how to apply and a calendar file of the closing date.
/// </summary>
internal sealed class OpportunityPages(PagePlanning planning) : PageSource(planning)
{
    /// <summary>The home page shows this many open opportunities.</summary>
    private const int HomeCount = 4;

    private Localiser T => Views.Text;

    private static string Listing => OpportunityType.Instance.ListingUrl;

    private IReadOnlyList<Opportunity> All => Model.ItemsOf(OpportunityType.Instance).Cast<Opportunity>().ToList();

    public override IEnumerable<PageJob> Plan()
    {
        var all = All;
        var current = all.Where(o => o.StateOn(Model.Today) != OpportunityState.Closed).ToList();
        var closed = Closed(all);

        yield return new PageJob(Listing, "opportunities", null, true, null, () => ListingPage(current, closed.Count));
        foreach (var job in Paginated(OpportunityType.ArchiveUrl, "opportunities", closed, null, page => ArchivePage(page, closed.Count)))
        {
            yield return job;
        }

        foreach (var facet in FacetPages(all))
        {
            yield return new PageJob(facet.Url, "opportunities", null, true, null, () => FacetPage(facet));
        }

        foreach (var o in all)
        {
            yield return Job(o, "opportunity", () => OpportunityPage(o));
        }
    }

    public override ReuseView? ReuseFor(PageJob job) => job.Item switch
    {
        Opportunity { Closes: not null } o when o.StateOn(Model.Today) != OpportunityState.Closed => new ReuseView { Calendars = [new LinkView(T.Text(OpportunityTextKeys.Dates.CalendarOne), Routes.Beside(o.Url, "deadline.ics"))] },
        null when job.Url == Listing => new ReuseView { Calendars = [new LinkView(T.Text(OpportunityTextKeys.Listing.CalendarAll), OpportunityType.DeadlinesCalendarUrl)] },
        _ => null,
    };

    public override HomeSectionView? HomeSection()
    {
        var open = All.Where(o => o.StateOn(Model.Today).IsCurrent()).Take(HomeCount).Select(Card).ToList();
        return open.Count == 0 ? null
            : new HomeSectionView("open-opportunities", T.Text(OpportunityTextKeys.Home.HomeHeading), T.Text(OpportunityTextKeys.Home.HomeIntro), open, new LinkView(T.Text(OpportunityTextKeys.Listing.All), Listing));
    }

    // ---- Listings -----------------------------------------------------------------------------

    /// <summary>Closed ones, the latest to close first.</summary>
    private List<Opportunity> Closed(IEnumerable<Opportunity> items) =>
        items.Where(o => o.StateOn(Model.Today) == OpportunityState.Closed)
            .OrderByDescending(o => o.Closes?.Value ?? o.Opens?.Value ?? DateTime.MinValue)
            .ThenBy(o => o.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>Open (closing soonest first), then opening soon (opening soonest first), then closed when asked for.</summary>
    private List<GroupView> Groups(IReadOnlyList<Opportunity> items, bool withClosed)
    {
        var groups = new List<GroupView>();
        void Add(string id, string key, IEnumerable<Opportunity> group)
        {
            var cards = group.Select(Card).ToList();
            if (cards.Count > 0)
            {
                groups.Add(new GroupView(T.Text(key), id, null, cards));
            }
        }

        Add("open", OpportunityTextKeys.Listing.GroupOpen, items.Where(o => o.StateOn(Model.Today).IsCurrent()));
        Add("upcoming", OpportunityTextKeys.Listing.GroupUpcoming, items.Where(o => o.StateOn(Model.Today) == OpportunityState.Upcoming)
            .OrderBy(o => o.Opens?.Value).ThenBy(o => o.Id, StringComparer.Ordinal));
        if (withClosed)
        {
            Add("closed", OpportunityTextKeys.Listing.GroupClosed, Closed(items));
        }

        return groups;
    }

    private PageContent ListingPage(IReadOnlyList<Opportunity> current, int closedCount)
    {
        var title = T.Text(OpportunityTextKeys.Listing.SectionOpportunities);
        var intro = T.Text(OpportunityTextKeys.Listing.Intro);
        var view = new OpportunityListView(
            intro,
            T.Count(OpportunityTextKeys.Listing.CountOpenOpportunities, current.Count(o => o.StateOn(Model.Today).IsCurrent())),
            Groups(current, withClosed: false),
            Facets(All),
            closedCount > 0 ? new LinkView(T.Count(OpportunityTextKeys.Listing.ArchiveLink, closedCount), OpportunityType.ArchiveUrl) : null,
            null,
            null);
        var meta = Views.Meta(Listing, "opportunities", title, intro, [], [JsonLd.Node("CollectionPage", Settings, Listing, title, intro)]);
        return new PageContent(meta, view, null);
    }

    private PageContent ArchivePage(ListingPage<Opportunity> page, int total)
    {
        var title = T.Text(OpportunityTextKeys.Listing.ArchiveTitle);
        var intro = T.Text(OpportunityTextKeys.Listing.ArchiveIntro);
        var view = new OpportunityListView(
            intro,
            T.Count(OpportunityTextKeys.Listing.CountClosedOpportunities, total),
            page.Items.Count == 0 ? [] : [new GroupView(T.Text(OpportunityTextKeys.Listing.GroupClosed), "closed", null, page.Items.Select(Card).ToList())],
            [],
            null,
            new LinkView(T.Text(OpportunityTextKeys.Listing.CurrentLink), Listing),
            page.Pagination);
        var crumbs = page.Breadcrumbs([new BreadcrumbView(T.Text(OpportunityTextKeys.Listing.SectionOpportunities), Listing)], title, OpportunityType.ArchiveUrl);
        return new PageContent(ListingMeta(page, "opportunities", page.Title(title), intro, crumbs), view, null);
    }

    /// <summary>A filter page: its facet (kind, nation or theme), the value's name, and the opportunities with it.</summary>
    private sealed record OpportunityFacet(string Segment, string Name, string Url, string Title, string Intro, IReadOnlyList<Opportunity> Items);

    private IEnumerable<string> NationsOf(Opportunity o) => OpportunityType.NationsOf(o, Relations);

    private IEnumerable<OpportunityFacet> FacetPages(IReadOnlyList<Opportunity> all)
    {
        IEnumerable<OpportunityFacet> Facet(string segment, string introKey, string id, string name, Func<Opportunity, bool> has)
        {
            var items = all.Where(has).ToList();
            return items.Count == 0 ? []
                : [new OpportunityFacet(segment, name, OpportunityType.FacetUrl(segment, id), T.Text(OpportunityTextKeys.Listing.FacetTitle, ("name", name)), T.Text(introKey, ("name", name)), items)];
        }

        return OpportunityKinds.All.Terms.SelectMany(kind => Facet("kind", OpportunityTextKeys.Listing.FacetKindIntro, kind.Id, T.Label(OpportunityKinds.All, kind.Id), o => o.Kind == kind.Id))
            .Concat(Vocabularies.Nations.Terms.SelectMany(nation => Facet("nation", OpportunityTextKeys.Listing.FacetNationIntro, nation.Id, T.Label(Vocabularies.Nations, nation.Id), o => NationsOf(o).Contains(nation.Id))))
            .Concat(Model.Themes.Terms.SelectMany(theme => Facet("theme", OpportunityTextKeys.Listing.FacetThemeIntro, theme.Id, theme.Label, o => o.ThemeIds.Contains(theme.Id, StringComparer.Ordinal))));
    }

    private List<FacetView> Facets(IReadOnlyList<Opportunity> all)
    {
        var pages = FacetPages(all).ToList();
        FacetView Facet(string key, string id, string segment) => new(
            T.Text(key),
            id,
            pages.Where(p => p.Segment == segment).Select(p => new CountedLinkView(p.Name, p.Url, p.Items.Count)).ToList());
        return new[]
        {
            Facet(OpportunityTextKeys.Listing.FacetKind, "facet-kind", "kind"),
            Facet(OpportunityTextKeys.Listing.FacetNation, "facet-nation", "nation"),
            Facet(OpportunityTextKeys.Listing.FacetTheme, "facet-theme", "theme"),
        }.Where(f => f.Links.Count > 0).ToList();
    }

    private PageContent FacetPage(OpportunityFacet facet)
    {
        var view = new OpportunityListView(
            facet.Intro,
            T.Count(OpportunityTextKeys.Listing.CountOpportunities, facet.Items.Count),
            Groups(facet.Items, withClosed: true),
            [],
            null,
            new LinkView(T.Text(OpportunityTextKeys.Listing.CurrentLink), Listing),
            null);
        var meta = Views.Meta(facet.Url, "opportunities", facet.Title, facet.Intro, [new BreadcrumbView(T.Text(OpportunityTextKeys.Listing.SectionOpportunities), Listing)], [JsonLd.Node("CollectionPage", Settings, facet.Url, facet.Title, facet.Intro)]);
        return new PageContent(meta, view, null);
    }

    // ---- Cards and pages --------------------------------------------------------------------

    private CardView Card(Opportunity o) => new(
        o.Title,
        o.Url,
        o.Summary,
        T.Label(OpportunityKinds.All, o.Kind),
        ShortDeadline(o),
        null,
        Views.Links(o.PlaceIds, Views.PlaceLink),
        Views.Links(o.ThemeIds, Views.ThemeLink),
        Views.Banner(o)) { TextLang = Views.TextLangOf(o), Image = Views.CardImage(o.Image) };

    /// <summary>"Closes 12 March 2027", "Opens 1 April 2027", "Closed 23 March 2025": the card's line.</summary>
    private string? ShortDeadline(Opportunity o) => o.StateOn(Model.Today) switch
    {
        OpportunityState.Upcoming when o.Opens is { } opens => T.Text(OpportunityTextKeys.Dates.CardOpens, ("date", T.Date(opens.Date))),
        OpportunityState.Closed => o.Closes is { } closed ? T.Text(OpportunityTextKeys.Dates.CardClosed, ("date", T.Date(closed.Date))) : T.Text(OpportunityTextKeys.States.StateClosed),
        _ when o.Closes is { } closes => T.Text(OpportunityTextKeys.Dates.CardCloses, ("date", T.Date(closes.Date))),
        _ => T.Text(OpportunityTextKeys.Dates.NoClosingDate),
    };

    private string When(LocalMoment moment, string dateKey, string dateTimeKey) => moment.HasTime
        ? T.Text(dateTimeKey, ("date", T.Date(moment.Date)), ("time", T.Time(moment.Value)))
        : T.Text(dateKey, ("date", T.Date(moment.Date)));

    /// <summary>"today", "tomorrow", "in 5 days".</summary>
    private string Relative(DateOnly date)
    {
        var days = date.DayNumber - Model.Today.DayNumber;
        return days switch
        {
            0 => T.Text(OpportunityTextKeys.Dates.RelativeToday),
            1 => T.Text(OpportunityTextKeys.Dates.RelativeTomorrow),
            _ => T.Count(OpportunityTextKeys.Dates.RelativeInDays, days),
        };
    }

    private DeadlineView Deadline(Opportunity o)
    {
        var state = o.StateOn(Model.Today);
        string? opens = null;
        if (o.Opens is { } open && state == OpportunityState.Upcoming)
        {
            opens = When(open, OpportunityTextKeys.Dates.Opens, OpportunityTextKeys.Dates.OpensAt) + " (" + Relative(open.Date) + ")";
        }

        string closes;
        string? relative = null;
        if (o.Closes is { } close)
        {
            closes = state == OpportunityState.Closed
                ? When(close, OpportunityTextKeys.Dates.ClosedOn, OpportunityTextKeys.Dates.ClosedOnAt)
                : When(close, OpportunityTextKeys.Dates.Closes, OpportunityTextKeys.Dates.ClosesAt);
            if (state != OpportunityState.Closed)
            {
                relative = Relative(close.Date);
            }
        }
        else
        {
            closes = state == OpportunityState.Closed ? T.Text(OpportunityTextKeys.Dates.ClosedNoDate) : T.Text(OpportunityTextKeys.Dates.NoClosingDate);
        }

        return new DeadlineView(opens, o.Opens is { } o2 ? Iso(o2) : null, closes, o.Closes is { } c2 ? Iso(c2) : null, relative);
    }

    private static string Iso(LocalMoment moment) =>
        moment.HasTime ? Rendering.Templates.DisplayFormat.IsoDateTime(moment.Value) : Rendering.Templates.DisplayFormat.IsoDate(moment.Date);

    private ItemView Offerer(Offerer offerer) =>
        offerer.IsPartnership && Views.PartnershipLink(offerer.Id) is { } link ? new ItemView(link.Text, link.Url) : Views.OrganisationItem(offerer.Id);

    /// <summary>A web address as a link; an email address as a mailto link.</summary>
    private static LinkView? ApplyLink(string howToApply)
    {
        var url = howToApply.Contains('@', StringComparison.Ordinal) && !howToApply.Contains("://", StringComparison.Ordinal) ? "mailto:" + howToApply : howToApply;
        return ViewBuilder.SafeUrl(url) is { } safe ? new LinkView(howToApply, safe) : null;
    }

    private PageContent OpportunityPage(Opportunity o)
    {
        var (body, markdown) = Views.Body(o, o.Body);
        var state = o.StateOn(Model.Today);
        var facts = new List<SummaryRowView>();
        Row(facts, T.Text(OpportunityTextKeys.Facts.FactsKind), [new ItemView(T.Label(OpportunityKinds.All, o.Kind), OpportunityType.FacetUrl("kind", o.Kind))]);
        Row(facts, T.Text(OpportunityTextKeys.Facts.FactsOfferedBy), o.OfferedBy.Select(Offerer));
        Row(facts, T.Text(OpportunityTextKeys.Facts.FactsValue), [Text(o.Value?.Text)]);
        Row(facts, T.Text(OpportunityTextKeys.Facts.FactsOpens), [o.Opens is { } opens ? new ItemView(When(opens, OpportunityTextKeys.Dates.Date, OpportunityTextKeys.Dates.DateAt)) : null]);
        Row(facts, T.Text(OpportunityTextKeys.Facts.FactsCloses), [o.Closes is { } closes ? new ItemView(When(closes, OpportunityTextKeys.Dates.Date, OpportunityTextKeys.Dates.DateAt)) : null]);
        Row(facts, T.Text(OpportunityTextKeys.Facts.FactsPlaces), o.PlaceIds.Select(id => LinkItem(Views.PlaceLink(id))));
        Row(facts, T.Text(OpportunityTextKeys.Facts.FactsThemes), o.ThemeIds.Select(id => LinkItem(Views.ThemeLink(id))));

        var contact = ViewBuilder.ContactItems(o.Contact);

        var view = new OpportunityView(
            o.Title,
            o.Summary,
            T.Label(OpportunityKinds.All, o.Kind),
            state.Css(),
            T.Text(state.Key()),
            Deadline(o),
            facts,
            o.Eligibility,
            ApplyLink(o.HowToApply),
            contact,
            body)
        {
            Image = Views.Image(o.Image),
        };

        var meta = Views.Meta(o.Url, "opportunity", o.Title, o.Summary, [new BreadcrumbView(T.Text(OpportunityTextKeys.Listing.SectionOpportunities), Listing)], [StructuredData(o)], o, "article") with { OgImage = Views.OpenGraphImage(o.Image) };
        return new PageContent(meta, view, markdown);
    }

    /// <summary>
    /// schema.org: a job or secondment is a JobPosting, a fellowship or training place an
    /// EducationalOccupationalProgram, a funding call a MonetaryGrant; a call for evidence is a
    /// CreativeWork that expires when it closes.
    /// </summary>
    private JsonObject StructuredData(Opportunity o)
    {
        var organisations = o.OfferedBy.Select(x => x.IsPartnership && Relations.PartnershipsById.TryGetValue(x.Id, out var p)
                ? new JsonObject { ["@type"] = "Organization", ["name"] = p.Name, ["url"] = Settings.AbsoluteUrl(p.Url) }
                : JsonLd.Organization(Relations.OrganisationsById.GetValueOrDefault(x.Id), x.Id))
            .ToList();
        JsonArray Offerers() => new(organisations.Select(n => (JsonNode)n.DeepClone()).ToArray());
        string? Closes() => o.Closes is { } c ? Iso(c) : null;
        string? Opens() => o.Opens is { } c ? Iso(c) : null;

        var node = o.Kind switch
        {
            "job" or "secondment" => JsonLd.Node("JobPosting", Settings, o.Url, o.Title, o.Summary),
            "fellowship" or "training-place" => JsonLd.Node("EducationalOccupationalProgram", Settings, o.Url, o.Title, o.Summary),
            "funding-call" => JsonLd.Node("MonetaryGrant", Settings, o.Url, o.Title, o.Summary),
            _ => JsonLd.Node("CreativeWork", Settings, o.Url, o.Title, o.Summary),
        };
        switch (o.Kind)
        {
            case "job" or "secondment":
                node["title"] = o.Title;
                node["hiringOrganization"] = organisations.Count == 1 ? organisations[0].DeepClone() : Offerers();
                node["employmentType"] = o.Kind == "secondment" ? "TEMPORARY" : "OTHER";
                SetIf(node, "datePosted", Opens());
                SetIf(node, "validThrough", Closes());
                break;
            case "fellowship" or "training-place":
                node["provider"] = Offerers();
                SetIf(node, "applicationStartDate", Opens());
                SetIf(node, "applicationDeadline", Closes());
                break;
            case "funding-call":
                node["funder"] = Offerers();
                if (o.Value?.Amount is { } amount)
                {
                    node["amount"] = new JsonObject { ["@type"] = "MonetaryAmount", ["currency"] = "GBP", ["value"] = amount };
                }

                SetIf(node, "validFrom", Opens());
                SetIf(node, "expires", Closes());
                break;
            default:
                node["publisher"] = Offerers();
                SetIf(node, "expires", Closes());
                break;
        }

        if (o.PlaceIds.Count > 0)
        {
            node["spatialCoverage"] = JsonLd.Places(Settings, o.PlaceIds.Select(id => Relations.PlacesById.GetValueOrDefault(id)).OfType<Place>());
        }

        return node;
    }

    private static void SetIf(JsonObject node, string name, string? value)
    {
        if (value is not null)
        {
            node[name] = value;
        }
    }
}
