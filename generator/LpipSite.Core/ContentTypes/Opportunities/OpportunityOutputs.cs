using LpipSite.Core.Model;
using LpipSite.Core.Outputs;
using LpipSite.Core.Outputs.Search;
using LpipSite.Core.Writing;
using static LpipSite.Core.Outputs.Search.SearchEntryContext;

namespace LpipSite.Core.ContentTypes.Opportunities;

/// <summary>What opportunities give the output producers: search, a dataset, feed entries and calendars of closing dates.</summary>
public sealed partial class OpportunityType
{
    internal override string? SearchLabelKey => "search.types.opportunity";

    internal override IEnumerable<Vocabulary> OwnVocabularies => [OpportunityKinds.All];

    private static IEnumerable<Opportunity> Of(SiteModel model) => model.ItemsOf(Instance).Cast<Opportunity>();

    private static bool IsPublished(Opportunity o, SiteModel model) => OpenDataCatalog.IsPublished(o, model);

    internal override IEnumerable<Func<SearchEntry>> SearchEntries(SearchEntryContext context)
    {
        foreach (var o in Of(context.Model))
        {
            yield return () => new SearchEntry(o.Url, Kind.Name, o.Title, o.Summary,
                Join([context.Label(OpportunityKinds.All, o.Kind), o.Closes is { } closes ? context.Date(closes.Date) : string.Empty], " · "),
                Join([context.Label(OpportunityKinds.All, o.Kind), context.Themes(o.ThemeIds), context.Places(o.PlaceIds),
                    Join(o.OfferedBy.Select(x => context.Relations.PartnershipsById.GetValueOrDefault(x.Id)?.Name ?? context.Relations.OrganisationsById.GetValueOrDefault(x.Id)?.Name ?? x.Id))]),
                Join([o.Eligibility ?? string.Empty, o.Value?.Text ?? string.Empty, context.Text(o.Body)]))
            {
                Facets = SearchFacets.Of((SearchFacets.Kind, [o.Kind]), (SearchFacets.Theme, o.ThemeIds), (SearchFacets.Nation, OpportunityType.NationsOf(o, context.Relations)),
                    (SearchFacets.Partnership, o.OfferedBy.Where(x => x.IsPartnership).Select(x => x.Id))),
                Date = o.Opens?.Date,
            };
        }
    }

    internal override IEnumerable<Dataset> Datasets(DatasetContext context)
    {
        var items = Of(context.Model).Where(o => IsPublished(o, context.Model)).OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
        static string? Local(LocalMoment? moment) => moment is null ? null
            : DatasetContext.Local(new EventSession(moment.Value, null, moment.HasTime, null, false, null), moment.Value);
        yield return new("opportunities", "Opportunities", "Secondments, fellowships, funding calls, training places, jobs and calls for evidence, with their opening and closing dates (UK local times) and their state on the day the site was built.",
            context.Settings.Licence, null, items.Select(o => o.Opens?.Date).OfType<DateOnly>().DefaultIfEmpty(context.Newest).Max(),
            [
                DataField.Of<Opportunity>("id", FieldKind.Text, true, "The opportunity's id.", o => o.Id),
                DataField.Of<Opportunity>("url", FieldKind.Url, true, "Its page.", o => context.Abs(o.Url)),
                DataField.Of<Opportunity>("title", FieldKind.Text, true, "Title.", o => o.Title),
                DataField.Of<Opportunity>("summary", FieldKind.Text, true, "Summary.", o => o.Summary),
                DataField.Of<Opportunity>("kind", FieldKind.Text, true, "Kind id: " + string.Join(", ", OpportunityKinds.All.Ids) + ".", o => o.Kind),
                DataField.Of<Opportunity>("state", FieldKind.Text, true, "upcoming, open, closing-soon or closed, on the day the site was built.", o => o.StateOn(context.Model.Today).Css()),
                DataField.Of<Opportunity>("offered_by", FieldKind.TextList, true, "Ids of the partnerships and organisations offering it (see those datasets).", o => o.OfferedBy.Select(x => x.Id)),
                DataField.Of<Opportunity>("places", FieldKind.TextList, true, "Place ids.", o => o.PlaceIds),
                DataField.Of<Opportunity>("themes", FieldKind.TextList, true, "Theme ids.", o => o.ThemeIds),
                DataField.Of<Opportunity>("opens", FieldKind.LocalDateTime, false, "When applications open, UK local time (a date alone for the start of the day).", o => Local(o.Opens)),
                DataField.Of<Opportunity>("closes", FieldKind.LocalDateTime, false, "The closing date, UK local time (a date alone for the end of the day).", o => Local(o.Closes)),
                DataField.Of<Opportunity>("value", FieldKind.Text, false, "What it is worth, in words.", o => o.Value?.Text),
                DataField.Of<Opportunity>("amount_gbp", FieldKind.Number, false, "An amount in pounds, when given (the value says what it is).", o => o.Value?.Amount),
                DataField.Of<Opportunity>("how_to_apply", FieldKind.Text, true, "Where to apply: a web address or an email address.", o => o.HowToApply),
                DataField.Of<Opportunity>("calendar", FieldKind.Url, false, "The closing date as an iCalendar file, when there is one.", o => o.Closes is null ? null : context.Abs(o.Url + "deadline.ics")),
            ],
            items);
    }

    internal override IEnumerable<Outputs.FeedEntry> FeedEntries(SiteModel model, Rendering.Text.Localiser text) =>
        Of(model).Where(o => IsPublished(o, model) && o.Opens is not null)
            .Select(o => new Outputs.FeedEntry(o.Title, o.Url, o.Summary, o.Opens!.Date, o.Opens.Date, text.Label(OpportunityKinds.All, o.Kind), []));

    /// <summary>Each closing date as a calendar, and every published one in one calendar.</summary>
    internal override IEnumerable<OutputFile> Calendars(SiteModel model, Rendering.Text.Localiser text)
    {
        var all = new List<CalendarEvent>();
        foreach (var o in Of(model).Where(o => o.Closes is not null))
        {
            var e = Deadline(o, model);
            yield return new OutputFile(o.Url.TrimStart('/') + "deadline.ics", Calendar.Write(o.Title, [e], text));
            if (IsPublished(o, model))
            {
                all.Add(e);
            }
        }

        yield return new OutputFile(DeadlinesCalendarUrl.TrimStart('/'), Calendar.Write(text.Text(Rendering.Text.GeneratorTextKeys.Calendar.DeadlinesName, ("site", model.Settings.Title)), all, text));
    }

    /// <summary>A closing date: at its time, or all day; DTSTAMP is the opening date, else the closing date.</summary>
    private static CalendarEvent Deadline(Opportunity o, SiteModel model)
    {
        var closes = o.Closes!;
        var session = new EventSession(closes.Value, null, closes.HasTime, null, false, o.HowToApply.Contains("://", StringComparison.Ordinal) ? o.HowToApply : null);
        return new(Calendar.Uid(Instance.Kind.Name, o.Id, session, model.Settings), o.Title, o.Summary, session, model.Settings.AbsoluteUrl(o.Url), o.Opens?.Date ?? closes.Date);
    }

    internal override IEnumerable<(string LabelKey, string Url)> ListingCalendars => [(OpportunityTextKeys.Listing.CalendarListing, DeadlinesCalendarUrl)];

    internal override IEnumerable<DateOnly> ContentDates(SiteModel model) =>
        Of(model).Where(o => IsPublished(o, model)).Select(o => o.Opens?.Date).OfType<DateOnly>();
}
