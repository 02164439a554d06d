using LpipSite.Core.Diagnostics;
using LpipSite.Core.Model;
using LpipSite.Core.Writing;

namespace LpipSite.Core.Build;

public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<OutputFile> Files,
    StageTimings Timings,
    SiteModel? Model)
{
    /// <summary>The search files, when they were built; their gzipped size is worked out only when asked for (the preview server never does).</summary>
    public Outputs.Search.SiteSearchFiles? Search { get; init; }

    /// <summary>The search files of every language, the default first (the default's are <see cref="Search"/>).</summary>
    public IReadOnlyList<Outputs.Search.SiteSearchFiles> SearchIndexes { get; init; } = [];

    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    public int PageCount => Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));

    public long TotalBytes => Files.Sum(f => (long)f.Content.Length);
}
