using LpipSite.Core.ContentTypes;
using LpipSite.Core.Model;
using LpipSite.Core.Writing;
using LpipSite.Core.Rendering.Maps;
using LpipSite.Core.Rendering.Text;

namespace LpipSite.Core.Outputs;

/// <summary>
/// The files for reuse, made once per build before pages render (the /data/ page shows their
/// sizes): datasets, per-item citation files, per-item and aggregate calendars.
/// </summary>
internal sealed class DownloadFiles
{

    private readonly Lazy<Built> _built;

    private DownloadFiles(SiteModel model, UkMap? map, Localiser words, ParallelOptions? parallel)
    {
        Map = map;
        _built = new Lazy<Built>(() => Build(model, words, parallel), LazyThreadSafetyMode.ExecutionAndPublication);
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

    /// <param name="words">The theme's text in the site's language: licence names, calendar names and locations.</param>
    public static DownloadFiles Create(SiteModel model, UkMap? map, Localiser words, ParallelOptions? parallel = null) => new(model, map, words, parallel);

    private static Built Build(SiteModel model, Localiser words, ParallelOptions? parallel)
    {
        var settings = model.Settings;
        var datasets = OpenDataCatalog.Build(model);

        // Exports and citations are independent of one another; each slot is filled by its own
        // index, so the order of the files never depends on the thread that made them.
        var cited = ContentTypeRegistry.All
            .SelectMany(t => model.ItemsOf(t).Select(item => (item.Url, Source: t.Citation(item, model, words))))
            .Where(c => c.Source is not null)
            .ToList();
        var pieces = new IReadOnlyList<OutputFile>[datasets.Count + cited.Count];
        Parallel.For(0, pieces.Length, parallel ?? new ParallelOptions(), i =>
        {
            if (i < datasets.Count)
            {
                pieces[i] = DataExports.Files(datasets[i], settings).ToList();
                return;
            }

            var (url, source) = cited[i - datasets.Count];
            var path = url.TrimStart('/');
            pieces[i] =
            [
                OutputFile.Text(path + "cite.bib", Citations.BibTeX(source!)),
                OutputFile.Text(path + "cite.ris", Citations.Ris(source!)),
                new OutputFile(path + "cite.json", Citations.CslJson(source!)),
            ];
        });
        var files = pieces.SelectMany(piece => piece).ToList();

        files.AddRange(ContentTypeRegistry.All.SelectMany(t => t.Calendars(model, words)));
        return new Built(datasets, files);
    }

    /// <summary>How to cite an item, from its content type; null for an item that is not cited.</summary>
    public static CitationSource? CitationOf(ContentItem item, SiteModel model, Localiser words) =>
        ContentTypeRegistry.All.Select(t => t.Citation(item, model, words)).OfType<CitationSource>().FirstOrDefault();
}
