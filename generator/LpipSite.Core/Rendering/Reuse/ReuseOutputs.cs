using LpipSite.Core.ContentTypes.News;
using LpipSite.Core.ContentTypes.Training;
using LpipSite.Core.Model;
using LpipSite.Core.Output;

namespace LpipSite.Core.Rendering.Reuse;

/// <summary>
/// The files for reuse, made once per build before pages render (the /data/ page shows their
/// sizes): datasets, per-item citation files, per-item and aggregate calendars.
/// </summary>
internal sealed class ReuseOutputs
{

    private readonly Lazy<Built> _built;

    private ReuseOutputs(SiteModel model, UkMap? map, ParallelOptions? parallel)
    {
        Map = map;
        _built = new Lazy<Built>(() => Build(model, parallel), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IReadOnlyList<Dataset> Datasets => _built.Value.Datasets;
    public IReadOnlyList<OutputFile> Files => _built.Value.Files;
    public IReadOnlyDictionary<string, long> Sizes => _built.Value.Sizes;
    public UkMap? Map { get; }

    /// <summary>Builds the exports on another thread; until something asks for them they are not built at all (a partial render never does).</summary>
    public Task PrepareAsync() => Task.Run(() => _built.Value);

    private sealed record Built(IReadOnlyList<Dataset> Datasets, IReadOnlyList<OutputFile> Files)
    {
        public IReadOnlyDictionary<string, long> Sizes { get; } = Files.ToDictionary(f => f.Path, f => (long)f.Content.Length, StringComparer.Ordinal);
    }

    public static string PublisherOf(SiteModel model) =>
        model.Settings.OrganisationId is { } id && model.Relations.OrganisationsById.TryGetValue(id, out var org) ? org.Name : model.Settings.Title;

    public static ReuseOutputs Create(SiteModel model, UkMap? map, ParallelOptions? parallel = null) => new(model, map, parallel);

    private static Built Build(SiteModel model, ParallelOptions? parallel)
    {
        var settings = model.Settings;
        var datasets = OpenDataCatalog.Build(model);

        // Exports and citations are independent of one another; each slot is filled by its own
        // index, so the order of the files never depends on the thread that made them.
        var cited = model.CaseStudies.Cast<ContentItem>().Concat(model.Methods).Concat(model.Training).ToList();
        var pieces = new IReadOnlyList<OutputFile>[datasets.Count + cited.Count];
        Parallel.For(0, pieces.Length, parallel ?? new ParallelOptions(), i =>
        {
            if (i < datasets.Count)
            {
                pieces[i] = DataExports.Files(datasets[i], settings).ToList();
                return;
            }

            var item = cited[i - datasets.Count];
            var source = CitationOf(item, model)!;
            var path = item.Url.TrimStart('/');
            pieces[i] =
            [
                OutputFile.Text(path + "cite.bib", Citations.BibTeX(source)),
                OutputFile.Text(path + "cite.ris", Citations.Ris(source)),
                new OutputFile(path + "cite.json", Citations.CslJson(source)),
            ];
        });
        var files = pieces.SelectMany(piece => piece).ToList();

        var sessions = new List<CalendarEvent>();
        foreach (var t in model.Training.Where(t => t.Events.Count > 0))
        {
            var events = TrainingEvents(t, model).ToList();
            files.Add(new OutputFile(t.Url.TrimStart('/') + "sessions.ics", Calendar.Write(t.Title, events)));
            if (OpenDataCatalog.IsPublished(t, model))
            {
                sessions.AddRange(events);
            }
        }

        files.Add(new OutputFile(TrainingType.SessionsCalendarUrl.TrimStart('/'), Calendar.Write(settings.Title + ": training sessions", sessions)));

        var newsEvents = new List<CalendarEvent>();
        foreach (var n in model.News.Where(n => n.Event is not null))
        {
            var e = NewsEvent(n, model);
            files.Add(new OutputFile(n.Url.TrimStart('/') + "event.ics", Calendar.Write(n.Title, [e])));
            if (OpenDataCatalog.IsPublished(n, model))
            {
                newsEvents.Add(e);
            }
        }

        files.Add(new OutputFile(NewsType.EventsCalendarUrl.TrimStart('/'), Calendar.Write(settings.Title + ": events", newsEvents)));
        return new Built(datasets, files);
    }

    /// <summary>Training sessions; DTSTAMP is the session's own date (training resources carry no date of their own).</summary>
    public static IEnumerable<CalendarEvent> TrainingEvents(TrainingResource t, SiteModel model) =>
        t.Events.Select(e => new CalendarEvent(
            Calendar.Uid("training", t.Id, e, model.Settings),
            t.Title,
            t.Summary,
            e,
            model.Settings.AbsoluteUrl(t.Url),
            DateOnly.FromDateTime(e.Start)));

    /// <summary>A news event; DTSTAMP is the news item's date.</summary>
    public static CalendarEvent NewsEvent(NewsItem n, SiteModel model) =>
        new(Calendar.Uid("news", n.Id, n.Event!, model.Settings), n.Title, n.Summary, n.Event!, model.Settings.AbsoluteUrl(n.Url), n.Date);

    public static CitationSource? CitationOf(ContentItem item, SiteModel model)
    {
        var publisher = PublisherOf(model);
        var url = model.Settings.AbsoluteUrl(item.Url);
        string Licence(string id) => Vocabularies.Licences.Find(id)?.Label ?? id;
        return item switch
        {
            CaseStudy c => new CitationSource(c.Id, "Case study", c.Title, c.Authors.Select(CiteAuthor.Of).ToList(), c.Date, publisher, model.Settings.Title, url, c.Doi, Licence(c.Licence), c.Summary),
            Method m => new CitationSource(m.Id, "Method", m.Title, [CiteAuthor.Group(publisher)], null, publisher, model.Settings.Title, url, null, Licence(model.Settings.Licence), m.Summary),
            TrainingResource t => new CitationSource(t.Id, "Training resource", t.Title, [CiteAuthor.Group(publisher)], null, publisher, model.Settings.Title, url, null, Licence(model.Settings.Licence), t.Summary),
            _ => null,
        };
    }
}
