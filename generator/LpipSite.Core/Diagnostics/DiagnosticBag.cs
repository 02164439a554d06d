using System.Collections.Concurrent;

namespace LpipSite.Core.Diagnostics;

/// <summary>Collects diagnostics from any thread; <see cref="Sorted"/> gives a deterministic order.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(SourceLocation at, string code, string message, string? suggestion = null) =>
        Add(new Diagnostic(at, Severity.Error, code, message, suggestion));

    public void Warning(SourceLocation at, string code, string message, string? suggestion = null) =>
        Add(new Diagnostic(at, Severity.Warning, code, message, suggestion));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items
            .Distinct()
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
