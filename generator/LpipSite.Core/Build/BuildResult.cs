using LpipSite.Core.Diagnostics;
using LpipSite.Core.Model;
using LpipSite.Core.Output;

namespace LpipSite.Core.Build;

public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<OutputFile> Files,
    StageTimings Timings,
    SiteModel? Model)
{
    /// <summary>Sizes of the search index in bytes, when one was built.</summary>
    public (long Raw, long Gzipped)? SearchIndexBytes { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    public int PageCount => Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));

    public long TotalBytes => Files.Sum(f => (long)f.Content.Length);
}
