using LpipSite.Core.Model;
using LpipSite.Core.Writing;
using LpipSite.Core.Outputs;
using LpipSite.Core.Rendering.Seo;
using LpipSite.Core.Outputs.Search;
using static LpipSite.Core.Outputs.Search.SearchEntryContext;

namespace LpipSite.Core.ContentTypes.Training;

/// <summary>What training resources give the output producers.</summary>
public sealed partial class TrainingType
{
    internal override string? SearchLabelKey => "search.types.training";

    internal override IEnumerable<Func<SearchEntry>> SearchEntries(SearchEntryContext context)
    {
        foreach (var t in context.Model.Training)
        {
            yield return () => new SearchEntry(t.Url, "training", t.Title, t.Summary,
                context.Label(Vocabularies.TrainingFormats, t.Format),
                Join([context.Label(Vocabularies.TrainingFormats, t.Format), context.Themes(t.ThemeIds), context.Methods(t.MethodIds)]),
                Join([Join(t.LearningOutcomes), context.Text(t.Body)]))
            {
                Facets = SearchFacets.Of((SearchFacets.Theme, t.ThemeIds), (SearchFacets.Method, t.MethodIds)),
            };
        }
    }

    internal override IEnumerable<Dataset> Datasets(DatasetContext context)
    {
        var training = context.Model.Training.Where(context.IsPublished).OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        yield return new("training", "Training", "Training resources with their dated sessions (UK local times).",
            context.Settings.Licence, null, context.Newest,
            [
                DataField.Of<TrainingResource>("id", FieldKind.Text, true, "The resource's id.", t => t.Id),
                DataField.Of<TrainingResource>("url", FieldKind.Url, true, "Its page.", t => context.Abs(t.Url)),
                DataField.Of<TrainingResource>("title", FieldKind.Text, true, "Title.", t => t.Title),
                DataField.Of<TrainingResource>("summary", FieldKind.Text, true, "Summary.", t => t.Summary),
                DataField.Of<TrainingResource>("format", FieldKind.Text, true, "Format id (guide, course, webinar and so on).", t => t.Format),
                DataField.Of<TrainingResource>("audience", FieldKind.TextList, true, "Audience ids.", t => t.Audience),
                DataField.Of<TrainingResource>("level", FieldKind.Text, false, "introductory, intermediate or advanced.", t => t.Level),
                DataField.Of<TrainingResource>("duration", FieldKind.Text, false, "Duration.", t => t.Duration),
                DataField.Of<TrainingResource>("themes", FieldKind.TextList, true, "Theme ids.", t => t.ThemeIds),
                DataField.Of<TrainingResource>("methods", FieldKind.TextList, true, "Method ids.", t => t.MethodIds),
                DataField.Of<TrainingResource>("learning_outcomes", FieldKind.TextList, true, "What learners will be able to do.", t => t.LearningOutcomes),
                DataField.Of<TrainingResource>("sessions", FieldKind.Objects, true, "Dated sessions, earliest first.", t => t.Events.OrderBy(e => e.Start).Cast<object>(), DatasetContext.Sessions),
                DataField.Of<TrainingResource>("calendar", FieldKind.Url, false, "The sessions as an iCalendar file, when there are any.", t => t.Events.Count > 0 ? context.Abs(t.Url + "sessions.ics") : null),
            ],
            training);
    }

    internal override CitationSource? Citation(ContentItem item, SiteModel model, Rendering.Text.Localiser words) => item is TrainingResource t
        ? new CitationSource(t.Id, "Training resource", t.Title, [CiteAuthor.Group(DownloadFiles.PublisherOf(model))], null, DownloadFiles.PublisherOf(model), model.Settings.Title, model.Settings.AbsoluteUrl(t.Url), null, words.Label(Vocabularies.Licences, model.Settings.Licence), t.Summary)
        : null;

    /// <summary>Each resource's sessions, and every published session in one calendar.</summary>
    internal override IEnumerable<OutputFile> Calendars(SiteModel model, Rendering.Text.Localiser text)
    {
        var sessions = new List<CalendarEvent>();
        foreach (var t in model.Training.Where(t => t.Events.Count > 0))
        {
            var events = Events(t, model).ToList();
            yield return new OutputFile(t.Url.TrimStart('/') + "sessions.ics", Calendar.Write(t.Title, events, text));
            if (OpenDataCatalog.IsPublished(t, model))
            {
                sessions.AddRange(events);
            }
        }

        yield return new OutputFile(SessionsCalendarUrl.TrimStart('/'), Calendar.Write(text.Text(Rendering.Text.GeneratorTextKeys.Calendar.SessionsName, ("site", model.Settings.Title)), sessions, text));
    }

    /// <summary>Training sessions; DTSTAMP is the session's own date (training resources carry no date of their own).</summary>
    private static IEnumerable<CalendarEvent> Events(TrainingResource t, SiteModel model) =>
        t.Events.Select(e => new CalendarEvent(
            Calendar.Uid("training", t.Id, e, model.Settings),
            t.Title,
            t.Summary,
            e,
            model.Settings.AbsoluteUrl(t.Url),
            DateOnly.FromDateTime(e.Start)));

    internal override IEnumerable<(string LabelKey, string Url)> ListingCalendars => [(Rendering.Text.GeneratorTextKeys.Reuse.SessionsCalendar, SessionsCalendarUrl)];
}
