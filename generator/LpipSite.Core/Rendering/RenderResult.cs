using LpipSite.Core.Diagnostics;
using LpipSite.Core.Writing;

namespace LpipSite.Core.Rendering;

/// <summary>A rendered page, for later stages (search index, reports).</summary>
public sealed record RenderedPage(string Url, string OutputPath, string Layout, string Title, string Description, string? ItemId);

/// <summary>The links found on one page when <see cref="RenderOptions.CollectLinks"/> is on.</summary>
public sealed record PageLinks(string Url, IReadOnlyList<string> Hrefs);

/// <summary>
/// Everything the render stage produced: output files sorted by path (ordinal), diagnostics in a
/// stable order, and the list of pages. The same model and options give identical results
/// whatever the thread count or machine culture.
/// </summary>
public sealed record RenderResult
{
    public required IReadOnlyList<OutputFile> Files { get; init; }
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
    public IReadOnlyList<RenderedPage> Pages { get; init; } = [];
    public IReadOnlyList<PageLinks> Links { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
