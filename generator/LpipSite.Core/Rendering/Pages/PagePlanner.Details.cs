using System.Globalization;
using System.Text.Json.Nodes;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Seo;
using LpipSite.Core.Rendering.Templates;
using LpipSite.Core.Rendering.Views;

namespace LpipSite.Core.Rendering.Pages;

internal sealed partial class PagePlanner
{
    /// <summary>Listings on detail pages show this many cards, then link to the full facet listing.</summary>
    private const int ShortListSize = 10;

    private static readonly BreadcrumbView CaseStudiesCrumb = new("Case studies", ViewBuilder.CaseStudiesUrl);

    private Dictionary<string, List<Place>>? _areasContaining;

    private static void Row(List<SummaryRowView> rows, string term, IEnumerable<ItemView?> items, string? id = null)
    {
        var list = items.OfType<ItemView>().ToList();
        if (list.Count > 0)
        {
            rows.Add(new SummaryRowView(term, list, id));
        }
    }

    private static ItemView? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : new ItemView(text);

    private static ItemView? LinkItem(LinkView? link, string? note = null) => link is null ? null : new ItemView(link.Text, link.Url, note);

    private static ItemView DateItem(DateOnly date) => new(DisplayFormat.Date(date), Date: DateView.Of(date));

    // ---- Case study -------------------------------------------------------------------------

    private PageContent CaseStudyPage(CaseStudy c)
    {
        var (body, markdown) = views.Body(c, c.Body);
        var facts = new List<SummaryRowView>();
        Row(facts, "Partnership", [LinkItem(views.PartnershipLink(c.PartnershipId))]);
        Row(facts, c.PlaceIds.Count == 1 ? "Place" : "Places", c.PlaceIds.Select(id =>
            Relations.PlacesById.TryGetValue(id, out var p) ? new ItemView(p.Name, p.Url, NationNote(p)) : null));
        Row(facts, c.ThemeIds.Count == 1 ? "Theme" : "Themes", c.ThemeIds.Select(id => LinkItem(views.ThemeLink(id))));
        Row(facts, c.MethodIds.Count == 1 ? "Method" : "Methods", c.MethodIds.Select(id => LinkItem(views.MethodLink(id))));
        Row(facts, "Topics", c.TopicIds.Select(id => Text(Model.Topics.LabelOf(id))));
        Row(facts, "Partners", c.PartnerIds.Select(id => views.OrganisationItem(id)));
        Row(facts, "Status", [Text(c.Status is null ? null : Vocabularies.CaseStudyStatuses.LabelOf(c.Status))]);
        Row(facts, "Published", [DateItem(c.Date)]);
        Row(facts, "Updated", [c.Updated is { } updated ? DateItem(updated) : null]);
        Row(facts, "Evidence level", [Vocabularies.EvidenceLevels.Find(c.EvidenceLevel) is { } level
            ? new ItemView(level.Label, ViewBuilder.EvidenceLevelsUrl + "#" + level.Id)
            : Text(c.EvidenceLevel)]);
        Row(facts, c.Authors.Count == 1 ? "Author" : "Authors", c.Authors.Select(views.PersonItem));
        Row(facts, "Licence", [ViewBuilder.LicenceItem(c.Licence)]);

        var t = c.Transferability;
        var assessment = t.Assessment is null ? null : Vocabularies.TransferAssessments.Find(t.Assessment);
        var transferability = new TransferabilityView(
            t.Conditions,
            t.Adaptations,
            assessment?.Label ?? t.Assessment,
            assessment?.Description,
            views.Links(t.TriedInPlaceIds, views.PlaceLink));

        var outputs = c.Outputs
            .Select(o => new OutputView(o.Title, views.AssetOrLink(o.Url), o.Type is null ? null : Vocabularies.OutputTypes.LabelOf(o.Type)))
            .ToList();
        var doi = c.Doi is null ? null : new LinkView("https://doi.org/" + c.Doi, "https://doi.org/" + Uri.EscapeDataString(c.Doi).Replace("%2F", "/", StringComparison.Ordinal));
        var related = SiteRelations.Get(Relations.RelatedCaseStudies, c.Id).Select(r => views.CaseStudyCard(r.CaseStudy)).ToList();

        var view = new CaseStudyView(
            c.Title,
            c.Summary,
            facts,
            views.Image(c.Image),
            body,
            c.Outcomes.Select(o => new OutcomeView(o.Description, Vocabularies.OutcomeTypes.LabelOf(o.Type))).ToList(),
            transferability,
            outputs,
            doi,
            related,
            EditUrl(c));

        var report = JsonLd.CreativeWork("Report", Settings, c.Url, c.Title, c.Summary, c.Date, c.Updated, c.Authors, views.Links([c.Licence], id => Vocabularies.Licences.Find(id) is { Description.Length: > 0 } l ? new LinkView(l.Label, l.Description) : null).FirstOrDefault()?.Url, views.Site.Publisher);
        report["about"] = JsonLd.Names(c.ThemeIds.Select(Model.Themes.LabelOf));
        report["spatialCoverage"] = JsonLd.Places(Settings, c.PlaceIds.Select(id => Relations.PlacesById.GetValueOrDefault(id)).OfType<Place>());
        if (doi is not null)
        {
            report["identifier"] = doi.Url;
        }

        var meta = views.Meta(c.Url, "case-study", c.Title, c.Summary, [CaseStudiesCrumb], [report], c, "article");
        return new PageContent(meta, view, markdown);
    }

    /// <summary>The nation of a place, unless the place is that nation ("Northern Ireland (Northern Ireland)").</summary>
    private static string? NationNote(Place place)
    {
        var nation = Vocabularies.Nations.LabelOf(place.Nation);
        return string.Equals(nation, place.Name, StringComparison.Ordinal) ? null : nation;
    }

    private string? EditUrl(ContentItem item) =>
        Settings.Repository is { Length: > 0 } repository && UrlPolicy(repository)
            ? repository.TrimEnd('/') + "/edit/main/" + item.Source.RelativePath.TrimStart('/')
            : null;

    private static bool UrlPolicy(string url) => Markdown.UrlPolicy.Sanitise(url) is not null;

    // ---- Places -----------------------------------------------------------------------------

    private PageContent PlacePage(Place p)
    {
        var facts = new List<SummaryRowView>();
        Row(facts, "Type", [Text(Vocabularies.PlaceTypes.LabelOf(p.Type))]);
        Row(facts, "Nation", [Text(Vocabularies.Nations.LabelOf(p.Nation))]);
        Row(facts, "Region", [p.RegionId is null ? null : LinkItem(views.PlaceLink(p.RegionId))]);
        Row(facts, "GSS code", [p.Gss is null ? null : new ItemView(p.Gss, "https://statistics.data.gov.uk/id/statistical-geography/" + Uri.EscapeDataString(p.Gss), "Office for National Statistics")]);
        Row(facts, "Last reviewed", [p.LastReviewed is { } reviewed ? DateItem(reviewed) : null]);

        var caseStudies = SiteRelations.Get(Relations.CaseStudiesByPlace, p.Id);
        var facetUrl = p.Type == "nation" && Relations.CaseStudiesByNation.ContainsKey(p.Nation) ? ViewBuilder.NationFacetUrl(p.Nation)
            : p.Type == "region" && Relations.CaseStudiesByRegion.ContainsKey(p.Id) ? ViewBuilder.RegionFacetUrl(p.Id)
            : null;
        var shown = facetUrl is null ? caseStudies : caseStudies.Take(ShortListSize).ToList();

        var parents = new List<LinkView>();
        if (p.ParentId is not null && views.PlaceLink(p.ParentId) is { } parent)
        {
            parents.Add(parent);
        }

        parents.AddRange(AreasContaining(p.Id).Select(a => new LinkView(a.Name, a.Url)));

        var view = new PlaceView(
            p.Name,
            p.AltNames.Select(a => new AltNameView(a.Name, a.Lang, LanguageName(a.Lang))).ToList(),
            p.Summary,
            facts,
            SiteRelations.Get(Relations.PartnershipsByPlace, p.Id).Select(x => new LinkView(x.Name, x.Url)).ToList(),
            shown.Select(views.CaseStudyCard).ToList(),
            SiteRelations.Get(Relations.MethodsByPlace, p.Id).Select(m => new LinkView(m.Title, m.Url)).ToList(),
            SiteRelations.Get(Relations.CaseStudiesTriedInPlace, p.Id).Select(views.CaseStudyCard).ToList(),
            p.Indicators.Select(Indicator).ToList(),
            views.Links(p.ConstituentIds, views.PlaceLink),
            parents,
            SiteRelations.Get(Relations.ChildPlaces, p.Id).OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new LinkView(c.Name, c.Url)).ToList(),
            facetUrl is null || caseStudies.Count <= shown.Count ? null
                : new LinkView($"All {DisplayFormat.Count(caseStudies.Count, "case study", "case studies")} in {p.Name}", facetUrl));

        var place = JsonLd.Node(p.Type == "nation" ? "Country" : p.Type is "region" or "county" or "custom-area" ? "Place" : "AdministrativeArea", Settings, p.Url, p.Name, p.Summary);
        if (p.AltNames.Count > 0)
        {
            place["alternateName"] = JsonLd.Names(p.AltNames.Select(a => a.Name));
        }

        if (p.Gss is not null)
        {
            place["identifier"] = p.Gss;
            place["sameAs"] = "https://statistics.data.gov.uk/id/statistical-geography/" + p.Gss;
        }

        if (p.Latitude is { } lat && p.Longitude is { } lon)
        {
            place["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = lat, ["longitude"] = lon };
        }

        var meta = views.Meta(p.Url, "place", p.Name, p.Summary, [new BreadcrumbView("Places", ViewBuilder.PlacesUrl)], [place], p);
        return new PageContent(meta, view, null);
    }

    private List<Place> AreasContaining(string placeId)
    {
        var map = LazyInitializer.EnsureInitialized(ref _areasContaining, () =>
        {
            var result = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
            foreach (var area in Model.Places)
            {
                foreach (var member in area.ConstituentIds.Distinct(StringComparer.Ordinal))
                {
                    if (!result.TryGetValue(member, out var list))
                    {
                        result[member] = list = [];
                    }

                    list.Add(area);
                }
            }

            return result;
        });
        return map.GetValueOrDefault(placeId) ?? [];
    }

    private static string LanguageName(string lang) => lang switch
    {
        "cy" => "Welsh",
        "gd" => "Scottish Gaelic",
        "ga" => "Irish",
        "kw" => "Cornish",
        "sco" => "Scots",
        "en" => "English",
        _ => lang,
    };

    private IndicatorView Indicator(Indicator i)
    {
        var licence = i.Source.Licence is null ? null : Vocabularies.Licences.Find(i.Source.Licence);
        var value = i.Unit is null ? i.Value : i.Unit is "%" ? i.Value + "%" : i.Value + " " + i.Unit;
        return new IndicatorView(
            i.Label,
            value,
            i.Period,
            i.Comparator,
            new IndicatorSourceView(
                i.Source.Publisher,
                i.Source.Dataset,
                ViewBuilder.SafeUrl(i.Source.Url),
                licence?.Label ?? i.Source.Licence,
                licence is { Description.Length: > 0 } ? licence.Description : null));
    }

    private PageContent PlacesPage()
    {
        PlaceEntryView Entry(Place p) => new(p.Name, p.Url, Vocabularies.PlaceTypes.LabelOf(p.Type), SiteRelations.Get(Relations.CaseStudiesByPlace, p.Id).Count);

        var nations = new List<NationGroupView>();
        foreach (var nation in Vocabularies.Nations.Terms)
        {
            var inNation = Model.Places.Where(p => p.Nation == nation.Id).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
            if (inNation.Count == 0)
            {
                continue;
            }

            var regions = inNation.Where(p => p.Type == "region").ToList();
            var regionIds = regions.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var direct = inNation.Where(p => p.Type != "region" && (p.RegionId is null || !regionIds.Contains(p.RegionId))).Select(Entry).ToList();
            var groups = regions
                .Select(r => new RegionGroupView(r.Name, r.Url, inNation.Where(p => p.RegionId == r.Id && p.Type != "region").Select(Entry).ToList()))
                .ToList();
            var nationUrl = Relations.CaseStudiesByNation.ContainsKey(nation.Id) ? ViewBuilder.NationFacetUrl(nation.Id) : null;
            nations.Add(new NationGroupView(nation.Label, "nation-" + nation.Id, nationUrl, direct, groups));
        }

        const string intro = "The places where the partnerships work, grouped by nation and region, with the number of case studies in each.";
        var view = new PlacesIndexView(DisplayFormat.Count(Model.Places.Count, "place", "places"), nations);
        var meta = views.Meta(ViewBuilder.PlacesUrl, "places", "Places", intro, [], [JsonLd.Node("CollectionPage", Settings, ViewBuilder.PlacesUrl, "Places", intro)]);
        return new PageContent(meta, view, null);
    }

    // ---- Partnerships -----------------------------------------------------------------------

    private PageContent PartnershipPage(Partnership p)
    {
        var facts = new List<SummaryRowView>();
        Row(facts, "Short name", [Text(p.ShortName)]);
        Row(facts, "Phase", [Text(Vocabularies.Phases.LabelOf(p.Phase))]);
        Row(facts, "Status", [Text(Vocabularies.PartnershipStatuses.LabelOf(p.Status))]);
        Row(facts, "Nation", [Text(Vocabularies.Nations.LabelOf(p.Nation))]);
        Row(facts, "Lead organisation", [views.OrganisationItem(p.LeadOrganisationId)]);
        Row(facts, "Dates", [new ItemView(DisplayFormat.Date(p.Start) + " to " + DisplayFormat.Date(p.End))]);
        Row(facts, "Website", [ViewBuilder.SafeUrl(p.Website) is { } site ? new ItemView(site, site) : null]);
        Row(facts, p.FunderIds.Count == 1 ? "Funder" : "Funders", p.FunderIds.Select(id => views.OrganisationItem(id)));

        var partners = p.Partners
            .GroupBy(x => string.IsNullOrWhiteSpace(x.Role) ? "Partner" : x.Role!, StringComparer.Ordinal)
            .Select(g => new RoleGroupView(g.Key, g.Select(x => views.OrganisationItem(x.OrganisationId)).ToList()))
            .ToList();
        var contact = new List<ItemView>();
        if (p.Contact is { } c)
        {
            if (!string.IsNullOrWhiteSpace(c.Name))
            {
                contact.Add(new ItemView(c.Name));
            }

            if (!string.IsNullOrWhiteSpace(c.Email) && ViewBuilder.SafeUrl("mailto:" + c.Email) is { } mail)
            {
                contact.Add(new ItemView(c.Email, mail));
            }

            if (ViewBuilder.SafeUrl(c.Url) is { } url)
            {
                contact.Add(new ItemView(url, url));
            }
        }

        var caseStudies = SiteRelations.Get(Relations.CaseStudiesByPartnership, p.Id);
        var methods = caseStudies.SelectMany(x => x.MethodIds).Distinct(StringComparer.Ordinal)
            .Select(views.MethodLink).OfType<LinkView>().OrderBy(l => l.Text, StringComparer.Ordinal).ToList();
        var view = new PartnershipView(
            p.Name,
            p.ShortName,
            p.Summary,
            views.Image(p.Logo),
            facts,
            partners,
            views.Links(p.PlaceIds, views.PlaceLink),
            views.Links(p.ThemeIds, views.ThemeLink),
            p.LocalThemes,
            p.Grants.Select(g => new ItemView(g.Reference, ViewBuilder.SafeUrl(g.Url))).ToList(),
            contact,
            caseStudies.Take(ShortListSize).Select(views.CaseStudyCard).ToList(),
            methods,
            SiteRelations.Get(Relations.NewsByPartnership, p.Id).Take(ShortListSize).Select(views.NewsCard).ToList(),
            caseStudies.Count > ShortListSize
                ? new LinkView($"All {DisplayFormat.Count(caseStudies.Count, "case study", "case studies")} from {p.ShortName ?? p.Name}", ViewBuilder.PartnershipFacetUrl(p.Id))
                : null);

        var org = JsonLd.Node("ResearchProject", Settings, p.Url, p.Name, p.Summary);
        org["parentOrganization"] = JsonLd.Organization(Relations.OrganisationsById.GetValueOrDefault(p.LeadOrganisationId), p.LeadOrganisationId);
        org["member"] = JsonLd.Organizations(p.Partners.Select(x => x.OrganisationId).Distinct(StringComparer.Ordinal), Relations.OrganisationsById);
        org["funder"] = JsonLd.Organizations(p.FunderIds, Relations.OrganisationsById);
        org["areaServed"] = JsonLd.Places(Settings, p.PlaceIds.Select(id => Relations.PlacesById.GetValueOrDefault(id)).OfType<Place>());
        org["foundingDate"] = DisplayFormat.IsoDate(p.Start);
        org["dissolutionDate"] = DisplayFormat.IsoDate(p.End);
        if (p.ShortName is not null)
        {
            org["alternateName"] = p.ShortName;
        }

        if (ViewBuilder.SafeUrl(p.Website) is { } website)
        {
            org["sameAs"] = website;
        }

        var meta = views.Meta(p.Url, "partnership", p.Name, p.Summary, [new BreadcrumbView("Partnerships", ViewBuilder.PartnershipsUrl)], [org], p);
        return new PageContent(meta, view, null);
    }

    private PageContent PartnershipsPage()
    {
        const string intro = "The Local Policy Innovation Partnerships and the Hub that connects them.";
        var groups = new[] { "hub", "phase-2", "phase-1" }.Concat(Vocabularies.Phases.Ids).Distinct(StringComparer.Ordinal)
            .Select(id => Vocabularies.Phases.Find(id)!)
            .Select(phase => new GroupView(phase.Label, "phase-" + phase.Id, phase.Description, Model.Partnerships.Where(p => p.Phase == phase.Id).Select(views.PartnershipCard).ToList()))
            .Where(g => g.Items.Count > 0)
            .ToList();
        var meta = views.Meta(ViewBuilder.PartnershipsUrl, "partnerships", "Partnerships", intro, [], [JsonLd.Node("CollectionPage", Settings, ViewBuilder.PartnershipsUrl, "Partnerships", intro)]);
        return new PageContent(meta, new GroupedListView(intro, groups), null);
    }

    // ---- Methods ----------------------------------------------------------------------------

    private PageContent MethodPage(Method m)
    {
        var (body, markdown) = views.Body(m, m.Body, topLevel: 3);
        var facts = new List<SummaryRowView>();
        Row(facts, "Family", [Text(Vocabularies.MethodFamilies.LabelOf(m.Family))]);
        Row(facts, m.Stages.Count == 1 ? "Stage" : "Stages", m.Stages.Select(s => Text(Vocabularies.MethodStages.LabelOf(s))));
        Row(facts, "Time needed", [Text(m.Resources?.Time)]);
        Row(facts, "Cost", [Text(m.Resources?.Cost is { } cost ? Vocabularies.Costs.LabelOf(cost) : null)]);
        Row(facts, "Skills needed", [Text(m.Resources?.Skills)]);

        var uses = SiteRelations.Get(Relations.CaseStudiesByMethod, m.Id);
        var usedIn = uses.Select(c => new MethodUseView(
                new LinkView(c.Title, c.Url),
                DateView.Of(c.Date),
                views.Links(c.PlaceIds, views.PlaceLink),
                views.PartnershipLink(c.PartnershipId)))
            .ToList();
        var places = uses.SelectMany(c => c.PlaceIds).Distinct(StringComparer.Ordinal)
            .Select(views.PlaceLink).OfType<LinkView>().OrderBy(l => l.Text, StringComparer.Ordinal).ToList();
        var partnerships = uses.Select(c => c.PartnershipId).Distinct(StringComparer.Ordinal)
            .Select(views.PartnershipLink).OfType<LinkView>().OrderBy(l => l.Text, StringComparer.Ordinal).ToList();
        var summary = uses.Count == 0
            ? "No case study on this site has used this method yet."
            : $"Used in {DisplayFormat.Count(uses.Count, "case study", "case studies")}, in {DisplayFormat.Count(places.Count, "place", "places")}, by {DisplayFormat.Count(partnerships.Count, "partnership", "partnerships")}.";

        var view = new MethodView(
            m.Title,
            m.Summary,
            facts,
            m.WhenToUse,
            m.WhenNotToUse,
            body,
            summary,
            usedIn,
            places,
            partnerships,
            m.FurtherReading.Select(l => ViewBuilder.SafeUrl(l.Url) is { } url ? new LinkView(l.Title, url) : null).OfType<LinkView>().ToList(),
            SiteRelations.Get(Relations.TrainingByMethod, m.Id).Select(t => new LinkView(t.Title, t.Url)).ToList());

        var article = JsonLd.Node("Article", Settings, m.Url, m.Title, m.Summary);
        article["headline"] = m.Title;
        var meta = views.Meta(m.Url, "method", m.Title, m.Summary, [new BreadcrumbView("Methods", ViewBuilder.MethodsUrl)], [article], m, "article");
        return new PageContent(meta, view, markdown);
    }

    private PageContent MethodsPage()
    {
        const string intro = "Methods the partnerships have used, grouped by family, with where each has been used.";
        var groups = Vocabularies.MethodFamilies.Terms
            .Select(f => new GroupView(f.Label, "family-" + f.Id, null, Model.Methods.Where(m => m.Family == f.Id).OrderBy(m => m.Title, StringComparer.Ordinal).Select(views.MethodCard).ToList()))
            .Where(g => g.Items.Count > 0)
            .ToList();
        var meta = views.Meta(ViewBuilder.MethodsUrl, "methods", "Methods", intro, [], [JsonLd.Node("CollectionPage", Settings, ViewBuilder.MethodsUrl, "Methods", intro)]);
        return new PageContent(meta, new GroupedListView(intro, groups), null);
    }

    // ---- Training ---------------------------------------------------------------------------

    private SessionView Session(EventSession e)
    {
        var start = DateOnly.FromDateTime(e.Start);
        var end = e.End is { } endTime ? DateOnly.FromDateTime(endTime) : start;
        string? time = null;
        if (e.HasTime)
        {
            time = e.End is { } finish && end == start
                ? DisplayFormat.Time(e.Start) + " to " + DisplayFormat.Time(finish)
                : DisplayFormat.Time(e.Start);
        }

        var location = string.IsNullOrWhiteSpace(e.Location) ? null : e.Location;
        var mode = (e.Online, location) switch
        {
            (true, not null) => "Online and in person at " + location,
            (true, null) => "Online",
            (false, not null) => "In person at " + location,
            _ => "Venue to be confirmed",
        };
        return new SessionView(
            DateView.Of(start),
            e.HasTime ? DisplayFormat.IsoDateTime(e.Start) : null,
            time,
            end != start ? DisplayFormat.IsoDate(end) : null,
            end != start ? DisplayFormat.Date(end) : null,
            mode,
            ViewBuilder.SafeUrl(e.BookingUrl),
            views.IsPast(e));
    }

    private PageContent TrainingPage(TrainingResource t)
    {
        var (body, markdown) = views.Body(t, t.Body);
        var facts = new List<SummaryRowView>();
        Row(facts, "Format", [Text(Vocabularies.TrainingFormats.LabelOf(t.Format))]);
        Row(facts, "For", t.Audience.Select(a => Text(Vocabularies.Audiences.LabelOf(a))));
        Row(facts, "Level", [Text(t.Level is null ? null : Vocabularies.Levels.LabelOf(t.Level))]);
        Row(facts, "Duration", [Text(t.Duration)]);

        var upcoming = t.Events.Where(e => !views.IsPast(e)).OrderBy(e => e.Start).Select(Session).ToList();
        var past = t.Events.Where(views.IsPast).OrderByDescending(e => e.Start).Select(Session).ToList();
        var files = t.Files
            .Select(f => views.AssetOrLink(f.Src) is { } url
                ? new FileView(f.Title, url, f.Format?.ToUpperInvariant(), FileSize(f, url) is { } size ? DisplayFormat.FileSize(size) : null)
                : null)
            .OfType<FileView>()
            .ToList();
        var transcript = views.AssetOrLink(t.Transcript) is { } transcriptUrl ? new LinkView("Read the transcript", transcriptUrl) : null;

        var view = new TrainingView(
            t.Title,
            t.Summary,
            facts,
            t.LearningOutcomes,
            upcoming,
            past,
            files,
            transcript,
            views.Links(t.MethodIds, views.MethodLink),
            views.Links(t.ThemeIds, views.ThemeLink),
            body);

        var resource = JsonLd.Node("Course", Settings, t.Url, t.Title, t.Summary);
        resource["provider"] = new JsonObject { ["@type"] = "Organization", ["name"] = views.Site.Publisher ?? Settings.Title, ["url"] = Settings.AbsoluteUrl("/") };
        resource["teaches"] = JsonLd.Names(t.LearningOutcomes);
        if (t.Events.Count > 0)
        {
            resource["hasCourseInstance"] = JsonLd.CourseInstances(t.Events.OrderBy(e => e.Start));
        }

        resource["learningResourceType"] = Vocabularies.TrainingFormats.LabelOf(t.Format);
        resource["audience"] = JsonLd.Names(t.Audience.Select(Vocabularies.Audiences.LabelOf));
        if (t.Level is not null)
        {
            resource["educationalLevel"] = Vocabularies.Levels.LabelOf(t.Level);
        }

        var meta = views.Meta(t.Url, "training", t.Title, t.Summary, [new BreadcrumbView("Training", ViewBuilder.TrainingUrl)], [resource], t);
        return new PageContent(meta, view, markdown);
    }

    /// <summary>The size given in content, else the size of the asset file when the content root is known.</summary>
    private long? FileSize(TrainingFile file, string url)
    {
        if (file.SizeBytes is { } size)
        {
            return size;
        }

        if (views.Options.ContentRoot is null || !url.StartsWith("/assets/", StringComparison.Ordinal))
        {
            return null;
        }

        var path = Assets.ContentAssets.Resolve(views.Options.ContentRoot, url);
        return path is not null && File.Exists(path) ? new FileInfo(path).Length : null;
    }

    private PageContent TrainingListPage()
    {
        const string intro = "Guides, courses, webinars and other training from the Hub and the partnerships.";
        var withSessions = Model.Training
            .Select(t => (Training: t, Next: t.Events.Where(e => !views.IsPast(e)).OrderBy(e => e.Start).FirstOrDefault()))
            .Where(x => x.Next is not null)
            .OrderBy(x => x.Next!.Start).ThenBy(x => x.Training.Id, StringComparer.Ordinal)
            .Select(x => views.TrainingCard(x.Training))
            .ToList();
        var groups = new List<GroupView>();
        if (withSessions.Count > 0)
        {
            groups.Add(new GroupView("Upcoming sessions", "upcoming", null, withSessions));
        }

        groups.Add(new GroupView("All training", "all-training", null, Model.Training.OrderBy(t => t.Title, StringComparer.Ordinal).Select(views.TrainingCard).ToList()));
        var meta = views.Meta(ViewBuilder.TrainingUrl, "training-list", "Training", intro, [], [JsonLd.Node("CollectionPage", Settings, ViewBuilder.TrainingUrl, "Training", intro)]);
        return new PageContent(meta, new GroupedListView(intro, groups), null);
    }

    // ---- News -------------------------------------------------------------------------------

    private PageContent NewsPage(NewsItem n)
    {
        var (body, markdown) = views.Body(n, n.Body);
        var facts = new List<SummaryRowView>();
        Row(facts, n.PartnershipIds.Count == 1 ? "Partnership" : "Partnerships", n.PartnershipIds.Select(id => LinkItem(views.PartnershipLink(id))));
        Row(facts, n.PlaceIds.Count == 1 ? "Place" : "Places", n.PlaceIds.Select(id => LinkItem(views.PlaceLink(id))));
        Row(facts, n.ThemeIds.Count == 1 ? "Theme" : "Themes", n.ThemeIds.Select(id => LinkItem(views.ThemeLink(id))));

        var view = new NewsView(
            n.Title,
            n.Summary,
            n.Kind,
            Vocabularies.NewsKinds.LabelOf(n.Kind),
            DateView.Of(n.Date),
            n.Authors.Select(views.PersonItem).ToList(),
            n.Event is null ? null : Session(n.Event),
            n.Deadline is { } deadline ? DateView.Of(deadline) : null,
            n.Deadline is { } d && d < Model.Today,
            views.Image(n.Image),
            facts,
            body);

        var nodes = new List<JsonObject>
        {
            JsonLd.CreativeWork(n.Kind == "blog" ? "BlogPosting" : "NewsArticle", Settings, n.Url, n.Title, n.Summary, n.Date, null, n.Authors, null, views.Site.Publisher),
        };
        if (n.Event is { } e)
        {
            var ev = new JsonObject
            {
                ["@type"] = "Event",
                ["name"] = n.Title,
                ["description"] = n.Summary,
                ["startDate"] = e.HasTime ? DisplayFormat.IsoDateTime(e.Start) : DisplayFormat.IsoDate(DateOnly.FromDateTime(e.Start)),
                ["eventAttendanceMode"] = e.Online
                    ? string.IsNullOrWhiteSpace(e.Location) ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/MixedEventAttendanceMode"
                    : "https://schema.org/OfflineEventAttendanceMode",
                ["url"] = Settings.AbsoluteUrl(n.Url),
            };
            if (e.End is { } end)
            {
                ev["endDate"] = e.HasTime ? DisplayFormat.IsoDateTime(end) : DisplayFormat.IsoDate(DateOnly.FromDateTime(end));
            }

            if (!string.IsNullOrWhiteSpace(e.Location))
            {
                ev["location"] = new JsonObject { ["@type"] = "Place", ["name"] = e.Location };
            }

            nodes.Add(ev);
        }

        var meta = views.Meta(n.Url, "news", n.Title, n.Summary, [new BreadcrumbView("News", ViewBuilder.NewsUrl)], nodes, n, "article");
        return new PageContent(meta, view, markdown);
    }

    // ---- Themes -----------------------------------------------------------------------------

    private PageContent ThemePage(Model.Theme t)
    {
        var caseStudies = SiteRelations.Get(Relations.CaseStudiesByTheme, t.Id);
        var view = new ThemeView(
            t.Term.Label,
            t.Term.Description,
            DisplayFormat.Count(caseStudies.Count, "case study", "case studies"),
            caseStudies.Take(ShortListSize).Select(views.CaseStudyCard).ToList(),
            caseStudies.Count > 0 ? new LinkView($"All {DisplayFormat.Count(caseStudies.Count, "case study", "case studies")} on {t.Term.Label}", ViewBuilder.ThemeFacetUrl(t.Id)) : null,
            Model.Partnerships.Where(p => p.ThemeIds.Contains(t.Id, StringComparer.Ordinal)).Select(p => new LinkView(p.Name, p.Url)).ToList(),
            Model.Training.Where(x => x.ThemeIds.Contains(t.Id, StringComparer.Ordinal)).Select(x => new LinkView(x.Title, x.Url)).ToList());
        var description = t.Term.Description.Length > 0 ? t.Term.Description : "Case studies, partnerships and training on " + t.Term.Label + ".";
        var meta = views.Meta(t.Url, "theme", t.Term.Label, description, [new BreadcrumbView("Themes", ViewBuilder.ThemesUrl)], [JsonLd.Node("CollectionPage", Settings, t.Url, t.Term.Label, description)], t);
        return new PageContent(meta, view, null);
    }

    private PageContent ThemesPage()
    {
        const string intro = "The programme's policy areas, and the partnership capability the Hub adds to them.";
        var cards = Model.ThemePages
            .Select(t => new CardView(t.Term.Label, t.Url, t.Term.Description, "Theme", DisplayFormat.Count(SiteRelations.Get(Relations.CaseStudiesByTheme, t.Id).Count, "case study", "case studies"), null, [], [], null))
            .ToList();
        var meta = views.Meta(ViewBuilder.ThemesUrl, "themes", "Themes", intro, [], [JsonLd.Node("CollectionPage", Settings, ViewBuilder.ThemesUrl, "Themes", intro)]);
        return new PageContent(meta, new ThemesIndexView(intro, cards), null);
    }

    // ---- Static and utility pages -----------------------------------------------------------

    private PageContent StaticPage(Page p)
    {
        var (body, markdown) = views.Body(p, p.Body);
        var view = new StaticPageView(p.Title, p.Summary, p.Updated is { } updated ? DateView.Of(updated) : null, body);
        var meta = views.Meta(p.Url, "page", p.Title, p.Summary, [], [JsonLd.Node("WebPage", Settings, p.Url, p.Title, p.Summary)], p);
        return new PageContent(meta, view, markdown);
    }

    private PageContent EvidenceLevelsPage()
    {
        const string intro = "Each case study says how strong its evidence of impact is, on one of two recognised scales. This page explains the levels.";
        var levels = Vocabularies.EvidenceLevels.Terms.Select(t => new EvidenceLevelView(t.Id, t.Label, t.Description)).ToList();
        var scales = new List<EvidenceScaleView>
        {
            new("Not assessed", "scale-none", "The case study has not been assessed against a standard of evidence.", levels.Where(l => l.Id == "not-assessed").ToList()),
            new("Nesta standards of evidence", "scale-nesta", "Nesta's five levels run from a clear account of what a project does and why it matters to evidence that it works at scale.", levels.Where(l => l.Id.StartsWith("nesta-", StringComparison.Ordinal)).ToList()),
            new("Maryland Scientific Methods Scale", "scale-sms", "The Maryland scale rates how well an evaluation shows that an intervention caused its outcomes, from a simple correlation to a randomised trial.", levels.Where(l => l.Id.StartsWith("sms-", StringComparison.Ordinal)).ToList()),
        };
        var meta = views.Meta(ViewBuilder.EvidenceLevelsUrl, "evidence-levels", "Evidence levels", intro, [], [JsonLd.Node("WebPage", Settings, ViewBuilder.EvidenceLevelsUrl, "Evidence levels", intro)]);
        return new PageContent(meta, new EvidenceLevelsView(intro, scales.Where(s => s.Levels.Count > 0).ToList()), null);
    }

    private PageContent SearchPage()
    {
        const string intro = "Search case studies, places, methods, training and news.";
        var themes = Model.Themes.Terms
            .Select(t => new CountedLinkView(t.Label, ViewBuilder.ThemesUrl + t.Id + "/", SiteRelations.Get(Relations.CaseStudiesByTheme, t.Id).Count))
            .ToList();
        var meta = views.Meta(ViewBuilder.SearchUrl, "search", "Search", intro, [], [JsonLd.Node("SearchResultsPage", Settings, ViewBuilder.SearchUrl, "Search", intro)]);
        var types = Search.SiteIndex.SearchTypes.All.Select(t => new SearchTypeView(t.Key, t.Label)).ToList();
        return new PageContent(
            meta,
            new SearchView(intro, themes, types, "/" + Search.SiteIndex.SiteSearchIndex.IndexPath, "/" + Search.SiteIndex.SiteSearchIndex.DocumentsPath),
            null);
    }

    private PageContent NotFoundPage()
    {
        const string description = "The page you were looking for could not be found.";
        var suggestions = new List<LinkView>
        {
            new("Home page", "/"),
            new("Case studies", ViewBuilder.CaseStudiesUrl),
            new("Places", ViewBuilder.PlacesUrl),
            new("Search", ViewBuilder.SearchUrl),
        };
        var meta = views.Meta("/404.html", "404", "Page not found", description, []) with
        {
            Breadcrumbs = [],
            CanonicalUrl = null,
            JsonLd = Templates.HtmlString.Empty,
            NoIndex = true,
        };
        return new PageContent(meta, new NotFoundView(suggestions), null);
    }
}
