using LpipSite.Core.Diagnostics;
using LpipSite.Core.Model;
using LpipSite.Core.Writing;
using LpipSite.Core.Outputs.Search;
using LpipSite.Core.Rendering.Text;
using LpipSite.Core.Rendering.Theming;

namespace LpipSite.Core.Build;

/// <summary>
/// Runs the whole pipeline: Load → Validate → Model → Render → Post-process → Index → Write.
/// Nothing is written unless every stage before Write succeeded.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, ISiteWriter writer, Action<string>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new StageTimings();
        progress?.Invoke("Reading content");
        var model = ContentPipeline.LoadModel(options, diagnostics, timings);
        if (model is null)
        {
            return new BuildResult(diagnostics.Sorted(), [], timings, null);
        }

        return Complete(model, options, writer, diagnostics, timings, progress);
    }

    /// <summary>The stages after the model: render, index and write. <paramref name="diagnostics"/> holds what loading found.</summary>
    public static BuildResult Complete(SiteModel model, BuildOptions options, ISiteWriter writer, DiagnosticBag diagnostics, StageTimings timings, Action<string>? progress = null)
    {
        // The search index needs only the model and the theme's words (results' labels and dates),
        // so it builds on another thread while pages render: rendering has stretches that use one
        // core (planning, open data exports).
        progress?.Invoke("Rendering pages and indexing for search");
        // Each language has its own index, analysed with its own pipeline (Welsh: mutations, no stemmer),
        // its results labelled and dated in its own words.
        var text = SearchText(model, options);
        IReadOnlyList<SiteSearchFiles>? Index() => text is null ? null : timings.Time("index", () => model.Editions
            .Select(edition => Localised(edition, SiteSearchIndex.Build(edition, text.For(edition.Settings.Language), options.SearchCache, Search.SearchLanguage.Of(edition.Settings.Edition.Code))))
            .ToList());
        var indexing = options.MaxDegreeOfParallelism == 1 ? Task.FromResult(Index()) : Task.Run(Index);
        var rendered = RenderStage.Run(model, options, diagnostics, timings).Files;
        var indexes = indexing.GetAwaiter().GetResult();
        if (diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.Sorted(), [], timings, model);
        }

        if (indexes is null)
        {
            throw new InvalidOperationException("the theme's text could not be read for the search index, yet rendering reported no error");
        }

        var search = indexes[0];
        var files = rendered.Concat(indexes.SelectMany(i => i.All)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

        progress?.Invoke("Writing site");
        timings.Time("write", () => writer.Write(files));
        return new BuildResult(diagnostics.Sorted(), files, timings, model) { Search = search, SearchIndexes = indexes };
    }

    /// <summary>A translated edition's search results link to its own pages: the document store's addresses gain its prefix.</summary>
    private static SiteSearchFiles Localised(SiteModel edition, SiteSearchFiles files) =>
        Languages.LanguageLinks.For(edition.Settings) is { } links
            ? files with { Documents = links.Localise(files.Documents), Shards = files.Shards.Select(f => f.Path.Contains("/docs/", StringComparison.Ordinal) ? links.Localise(f) : f).ToList() }
            : files;

    /// <summary>
    /// The theme's text tables, for the search index; null when the theme or a table cannot be used
    /// for one of the site's languages, which the render stage reports (with the locations) and which
    /// stops the build, so nothing is indexed.
    /// </summary>
    private static ThemeText? SearchText(SiteModel model, BuildOptions options)
    {
        var problems = new List<Diagnostic>();
        var text = options.Cache is { } cache
            ? cache.LoadTheme(options.ThemeDirectory).Theme?.Text
            : SiteTheme.LoadText(options.ThemeDirectory, problems);
        if (text is null || problems.Any(p => p.Severity == Severity.Error))
        {
            return null;
        }

        GeneratorTextKeys.CheckEditions(text, model, options.ThemeDirectory, problems);
        return problems.Count == 0 ? text : null;
    }

    /// <summary>
    /// Only the pages of the items read from <paramref name="sources"/> (paths as in
    /// <see cref="SourceFile.RelativePath"/>), or null if any of them fails to render: the preview
    /// server's first answer to an edit, served while <see cref="Complete"/> rebuilds the rest.
    /// </summary>
    public static IReadOnlyList<OutputFile>? RenderPagesOf(SiteModel model, BuildOptions options, IReadOnlySet<string> sources)
    {
        var bag = new DiagnosticBag();
        var result = RenderStage.Run(model, options, bag, new StageTimings(), onlySources: sources);
        return bag.HasErrors ? null : result.Files;
    }
}
