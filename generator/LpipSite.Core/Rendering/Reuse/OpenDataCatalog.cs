using LpipSite.Core.Model;

namespace LpipSite.Core.Rendering.Reuse;

/// <summary>
/// The datasets published under /data/: one row per published item (never drafts or items not yet
/// due, even in a preview build), references as ids with the URL of the page they name.
/// </summary>
internal static class OpenDataCatalog
{
    public static bool IsPublished(ContentItem item, SiteModel model) => item.Publication.StateOn(model.Today) == PublishState.Published;

    /// <summary>The newest date any published content carries: the catalogue's update time (never the clock).</summary>
    public static DateOnly NewestContentDate(SiteModel model)
    {
        var dates = model.CaseStudies.Where(c => IsPublished(c, model)).Select(c => c.Updated ?? c.Date)
            .Concat(model.News.Where(n => IsPublished(n, model)).Select(n => n.Date))
            .Concat(model.Pages.Where(p => IsPublished(p, model)).Select(p => p.Updated).OfType<DateOnly>())
            .Concat(model.Places.Select(p => p.LastReviewed).OfType<DateOnly>())
            .ToList();
        return dates.Count > 0 ? dates.Max() : new DateOnly(2000, 1, 1);
    }

    public static IReadOnlyList<Dataset> Build(SiteModel model)
    {
        var settings = model.Settings;
        var relations = model.Relations;
        var newest = NewestContentDate(model);
        string Abs(string url) => settings.AbsoluteUrl(url);
        IEnumerable<string> PlaceUrls(IEnumerable<string> ids) => ids.Where(relations.PlacesById.ContainsKey).Select(id => Abs(relations.PlacesById[id].Url));
        IEnumerable<string> MethodUrls(IEnumerable<string> ids) => ids.Where(relations.MethodsById.ContainsKey).Select(id => Abs(relations.MethodsById[id].Url));
        string? PartnershipUrl(string id) => relations.PartnershipsById.TryGetValue(id, out var p) ? Abs(p.Url) : null;

        var caseStudies = model.CaseStudies.Where(c => IsPublished(c, model)).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var places = model.Places.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var partnerships = model.Partnerships.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var organisations = model.Organisations.OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
        var methods = model.Methods.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var training = model.Training.Where(t => IsPublished(t, model)).OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        var indicators = places.SelectMany(p => p.Indicators.Select(i => (Place: p, Indicator: i))).ToList();

        var people = new List<DataField>
        {
            DataField.Of<Person>("name", FieldKind.Text, true, "The author's name.", p => p.Name),
            DataField.Of<Person>("orcid", FieldKind.Url, false, "The author's ORCID iD as a URL, when given.", p => p.OrcidUrl?.AbsoluteUri),
        };
        var sessions = new List<DataField>
        {
            DataField.Of<EventSession>("start", FieldKind.LocalDateTime, true, "Start, UK local time (a date alone for an all-day session).", e => Local(e, e.Start)),
            DataField.Of<EventSession>("end", FieldKind.LocalDateTime, false, "End, UK local time, in the same form as the start.", e => e.End is { } end ? Local(e, end) : null),
            DataField.Of<EventSession>("location", FieldKind.Text, false, "A place name, or Online.", e => e.Location),
            DataField.Of<EventSession>("online", FieldKind.Boolean, true, "Whether the session can be joined online.", e => e.Online),
            DataField.Of<EventSession>("booking_url", FieldKind.Url, false, "The booking page, when there is one.", e => e.BookingUrl),
        };

        var datasets = new List<Dataset>
        {
            new("case-studies", "Case studies", "Every published case study of local policy innovation: where, who, which themes and methods, the evidence level and how well it transfers.",
                settings.Licence, null, caseStudies.Count > 0 ? caseStudies.Max(c => c.Updated ?? c.Date) : newest,
                [
                    DataField.Of<CaseStudy>("id", FieldKind.Text, true, "The case study's id.", c => c.Id),
                    DataField.Of<CaseStudy>("url", FieldKind.Url, true, "Its page.", c => Abs(c.Url)),
                    DataField.Of<CaseStudy>("title", FieldKind.Text, true, "Title.", c => c.Title),
                    DataField.Of<CaseStudy>("summary", FieldKind.Text, true, "Summary (plain text, at most 300 characters).", c => c.Summary),
                    DataField.Of<CaseStudy>("date", FieldKind.Date, true, "Date first published on this site.", c => c.Date),
                    DataField.Of<CaseStudy>("updated", FieldKind.Date, false, "Date last updated, if updated.", c => c.Updated),
                    DataField.Of<CaseStudy>("partnership", FieldKind.Text, true, "The partnership's id (see the partnerships dataset).", c => c.PartnershipId),
                    DataField.Of<CaseStudy>("partnership_url", FieldKind.Url, false, "The partnership's page.", c => PartnershipUrl(c.PartnershipId)),
                    DataField.Of<CaseStudy>("places", FieldKind.TextList, true, "Place ids (see the places dataset).", c => c.PlaceIds),
                    DataField.Of<CaseStudy>("place_urls", FieldKind.UrlList, true, "The places' pages, in the same order.", c => PlaceUrls(c.PlaceIds)),
                    DataField.Of<CaseStudy>("themes", FieldKind.TextList, true, "Theme ids.", c => c.ThemeIds),
                    DataField.Of<CaseStudy>("topics", FieldKind.TextList, true, "Topic ids.", c => c.TopicIds),
                    DataField.Of<CaseStudy>("methods", FieldKind.TextList, true, "Method ids (see the methods dataset).", c => c.MethodIds),
                    DataField.Of<CaseStudy>("method_urls", FieldKind.UrlList, true, "The methods' pages, in the same order.", c => MethodUrls(c.MethodIds)),
                    DataField.Of<CaseStudy>("partners", FieldKind.TextList, true, "Partner organisation ids (see the organisations dataset).", c => c.PartnerIds),
                    DataField.Of<CaseStudy>("authors", FieldKind.Objects, true, "Authors, in order.", c => c.Authors, people),
                    DataField.Of<CaseStudy>("evidence_level", FieldKind.Text, true, "Evidence level id (not-assessed, nesta-1 to nesta-5, sms-1 to sms-5).", c => c.EvidenceLevel),
                    DataField.Of<CaseStudy>("transfer_assessment", FieldKind.Text, false, "How well it transfers: untested, promising or replicated.", c => c.Transferability.Assessment),
                    DataField.Of<CaseStudy>("tried_in", FieldKind.TextList, true, "Ids of places where the approach has since been tried.", c => c.Transferability.TriedInPlaceIds),
                    DataField.Of<CaseStudy>("status", FieldKind.Text, false, "ongoing or completed.", c => c.Status),
                    DataField.Of<CaseStudy>("doi", FieldKind.Text, false, "DOI, when one is given.", c => c.Doi),
                    DataField.Of<CaseStudy>("licence", FieldKind.Text, true, "Licence id of the case study text.", c => c.Licence),
                    DataField.Of<CaseStudy>("citation_bibtex", FieldKind.Url, true, "Citation in BibTeX.", c => Abs(c.Url + "cite.bib")),
                ],
                caseStudies),

            new("places", "Places", "The places where the partnerships work, with their GSS codes, nations, regions, parents and approximate centres.",
                settings.Licence, null, places.Select(p => p.LastReviewed).OfType<DateOnly>().DefaultIfEmpty(newest).Max(),
                [
                    DataField.Of<Place>("id", FieldKind.Text, true, "The place's id.", p => p.Id),
                    DataField.Of<Place>("url", FieldKind.Url, true, "Its page.", p => Abs(p.Url)),
                    DataField.Of<Place>("name", FieldKind.Text, true, "Official English name.", p => p.Name),
                    DataField.Of<Place>("alt_names", FieldKind.TextList, true, "Names in Welsh, Scottish Gaelic or Irish, as name@lang.", p => p.AltNames.Select(a => a.Name + "@" + a.Lang)),
                    DataField.Of<Place>("type", FieldKind.Text, true, "Place type id (nation, region, local-authority-district, custom-area and so on).", p => p.Type),
                    DataField.Of<Place>("gss", FieldKind.Text, false, "ONS GSS code (none for custom areas).", p => p.Gss),
                    DataField.Of<Place>("nation", FieldKind.Text, true, "Nation id.", p => p.Nation),
                    DataField.Of<Place>("region", FieldKind.Text, false, "Id of the region (places in England).", p => p.RegionId),
                    DataField.Of<Place>("parent", FieldKind.Text, false, "Id of the place this one sits inside.", p => p.ParentId),
                    DataField.Of<Place>("constituents", FieldKind.TextList, true, "For custom areas, the ids of the places that make them up.", p => p.ConstituentIds),
                    DataField.Of<Place>("latitude", FieldKind.Number, false, "Approximate centre, WGS84 decimal degrees.", p => p.Latitude),
                    DataField.Of<Place>("longitude", FieldKind.Number, false, "Approximate centre, WGS84 decimal degrees.", p => p.Longitude),
                    DataField.Of<Place>("summary", FieldKind.Text, true, "Summary.", p => p.Summary),
                    DataField.Of<Place>("case_study_count", FieldKind.Integer, true, "Published case studies in this place or a place inside it.", p => SiteRelations.Get(relations.CaseStudiesByPlace, p.Id).Count(c => IsPublished(c, model))),
                    DataField.Of<Place>("last_reviewed", FieldKind.Date, false, "When the entry was last reviewed.", p => p.LastReviewed),
                ],
                places),

            new("place-indicators", "Place indicators", "Official statistics shown on place pages: one row per figure, with its period and source.",
                "OGL-3.0", "Source: Office for National Statistics licensed under the Open Government Licence v.3.0, except where a row names another source and licence.",
                places.Select(p => p.LastReviewed).OfType<DateOnly>().DefaultIfEmpty(newest).Max(),
                [
                    DataField.Of<(Place Place, Indicator Indicator)>("place", FieldKind.Text, true, "Place id.", x => x.Place.Id),
                    DataField.Of<(Place Place, Indicator Indicator)>("place_url", FieldKind.Url, true, "The place's page.", x => Abs(x.Place.Url)),
                    DataField.Of<(Place Place, Indicator Indicator)>("gss", FieldKind.Text, false, "The place's GSS code.", x => x.Place.Gss),
                    DataField.Of<(Place Place, Indicator Indicator)>("label", FieldKind.Text, true, "What is measured.", x => x.Indicator.Label),
                    DataField.Of<(Place Place, Indicator Indicator)>("value", FieldKind.Text, true, "The value as given in the source, without units.", x => x.Indicator.Value),
                    DataField.Of<(Place Place, Indicator Indicator)>("unit", FieldKind.Text, false, "Unit, such as people or %.", x => x.Indicator.Unit),
                    DataField.Of<(Place Place, Indicator Indicator)>("period", FieldKind.Text, false, "The period the figure covers.", x => x.Indicator.Period),
                    DataField.Of<(Place Place, Indicator Indicator)>("source_publisher", FieldKind.Text, true, "Who published the figure.", x => x.Indicator.Source.Publisher),
                    DataField.Of<(Place Place, Indicator Indicator)>("source_dataset", FieldKind.Text, false, "The source dataset.", x => x.Indicator.Source.Dataset),
                    DataField.Of<(Place Place, Indicator Indicator)>("source_url", FieldKind.Url, false, "Where the figure comes from.", x => x.Indicator.Source.Url),
                    DataField.Of<(Place Place, Indicator Indicator)>("licence", FieldKind.Text, false, "Licence id of the source.", x => x.Indicator.Source.Licence),
                ],
                indicators.Cast<object>().ToList()),

            new("partnerships", "Partnerships", "The Local Policy Innovation Partnerships and the Hub: nation, phase, status, lead organisation, partners, places, themes and dates.",
                settings.Licence, null, newest,
                [
                    DataField.Of<Partnership>("id", FieldKind.Text, true, "The partnership's id.", p => p.Id),
                    DataField.Of<Partnership>("url", FieldKind.Url, true, "Its page.", p => Abs(p.Url)),
                    DataField.Of<Partnership>("name", FieldKind.Text, true, "Full name.", p => p.Name),
                    DataField.Of<Partnership>("short_name", FieldKind.Text, false, "Short name.", p => p.ShortName),
                    DataField.Of<Partnership>("summary", FieldKind.Text, true, "Summary.", p => p.Summary),
                    DataField.Of<Partnership>("nation", FieldKind.Text, true, "Nation id (uk-wide for the Hub).", p => p.Nation),
                    DataField.Of<Partnership>("phase", FieldKind.Text, true, "phase-1, phase-2 or hub.", p => p.Phase),
                    DataField.Of<Partnership>("status", FieldKind.Text, true, "active or completed.", p => p.Status),
                    DataField.Of<Partnership>("lead_organisation", FieldKind.Text, true, "Lead organisation id (see the organisations dataset).", p => p.LeadOrganisationId),
                    DataField.Of<Partnership>("partners", FieldKind.TextList, true, "Partner organisation ids.", p => p.Partners.Select(x => x.OrganisationId)),
                    DataField.Of<Partnership>("places", FieldKind.TextList, true, "Place ids.", p => p.PlaceIds),
                    DataField.Of<Partnership>("place_urls", FieldKind.UrlList, true, "The places' pages, in the same order.", p => PlaceUrls(p.PlaceIds)),
                    DataField.Of<Partnership>("themes", FieldKind.TextList, true, "Theme ids.", p => p.ThemeIds),
                    DataField.Of<Partnership>("funders", FieldKind.TextList, true, "Funder organisation ids.", p => p.FunderIds),
                    DataField.Of<Partnership>("grants", FieldKind.TextList, true, "Grant references.", p => p.Grants.Select(g => g.Reference)),
                    DataField.Of<Partnership>("start", FieldKind.Date, true, "Start date (approximate where the summary says so).", p => p.Start),
                    DataField.Of<Partnership>("end", FieldKind.Date, true, "End date.", p => p.End),
                    DataField.Of<Partnership>("website", FieldKind.Url, false, "Website.", p => p.Website),
                ],
                partnerships),

            new("organisations", "Organisations", "Universities, councils, voluntary bodies and funders named in the content.",
                settings.Licence, null, newest,
                [
                    DataField.Of<Organisation>("id", FieldKind.Text, true, "The organisation's id.", o => o.Id),
                    DataField.Of<Organisation>("name", FieldKind.Text, true, "Full name.", o => o.Name),
                    DataField.Of<Organisation>("type", FieldKind.Text, true, "Organisation type id.", o => o.Type),
                    DataField.Of<Organisation>("website", FieldKind.Url, false, "Official website.", o => o.Website),
                    DataField.Of<Organisation>("ror", FieldKind.Text, false, "Research Organization Registry id.", o => o.Ror),
                ],
                organisations),

            new("methods", "Methods", "Methods the partnerships use, with when to use them and the case studies that used them.",
                settings.Licence, null, newest,
                [
                    DataField.Of<Method>("id", FieldKind.Text, true, "The method's id.", m => m.Id),
                    DataField.Of<Method>("url", FieldKind.Url, true, "Its page.", m => Abs(m.Url)),
                    DataField.Of<Method>("title", FieldKind.Text, true, "Title.", m => m.Title),
                    DataField.Of<Method>("summary", FieldKind.Text, true, "Summary.", m => m.Summary),
                    DataField.Of<Method>("family", FieldKind.Text, true, "Method family id.", m => m.Family),
                    DataField.Of<Method>("stages", FieldKind.TextList, true, "Stage ids.", m => m.Stages),
                    DataField.Of<Method>("when_to_use", FieldKind.Text, true, "When to use it.", m => m.WhenToUse),
                    DataField.Of<Method>("when_not_to_use", FieldKind.Text, false, "When not to use it.", m => m.WhenNotToUse),
                    DataField.Of<Method>("cost", FieldKind.Text, false, "low, medium or high.", m => m.Resources?.Cost),
                    DataField.Of<Method>("case_studies", FieldKind.TextList, true, "Ids of published case studies that used it.", m => SiteRelations.Get(relations.CaseStudiesByMethod, m.Id).Where(c => IsPublished(c, model)).Select(c => c.Id).Order(StringComparer.Ordinal)),
                ],
                methods),

            new("training", "Training", "Training resources with their dated sessions (UK local times).",
                settings.Licence, null, newest,
                [
                    DataField.Of<TrainingResource>("id", FieldKind.Text, true, "The resource's id.", t => t.Id),
                    DataField.Of<TrainingResource>("url", FieldKind.Url, true, "Its page.", t => Abs(t.Url)),
                    DataField.Of<TrainingResource>("title", FieldKind.Text, true, "Title.", t => t.Title),
                    DataField.Of<TrainingResource>("summary", FieldKind.Text, true, "Summary.", t => t.Summary),
                    DataField.Of<TrainingResource>("format", FieldKind.Text, true, "Format id (guide, course, webinar and so on).", t => t.Format),
                    DataField.Of<TrainingResource>("audience", FieldKind.TextList, true, "Audience ids.", t => t.Audience),
                    DataField.Of<TrainingResource>("level", FieldKind.Text, false, "introductory, intermediate or advanced.", t => t.Level),
                    DataField.Of<TrainingResource>("duration", FieldKind.Text, false, "Duration.", t => t.Duration),
                    DataField.Of<TrainingResource>("themes", FieldKind.TextList, true, "Theme ids.", t => t.ThemeIds),
                    DataField.Of<TrainingResource>("methods", FieldKind.TextList, true, "Method ids.", t => t.MethodIds),
                    DataField.Of<TrainingResource>("learning_outcomes", FieldKind.TextList, true, "What learners will be able to do.", t => t.LearningOutcomes),
                    DataField.Of<TrainingResource>("sessions", FieldKind.Objects, true, "Dated sessions, earliest first.", t => t.Events.OrderBy(e => e.Start).Cast<object>(), sessions),
                    DataField.Of<TrainingResource>("calendar", FieldKind.Url, false, "The sessions as an iCalendar file, when there are any.", t => t.Events.Count > 0 ? Abs(t.Url + "sessions.ics") : null),
                ],
                training),
        };
        return datasets;
    }

    private static string Local(EventSession session, DateTime value) =>
        session.HasTime
            ? value.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
