namespace LpipSite.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>A position in a source file; lines and columns are 1-based.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation File(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}

/// <summary>
/// One problem found in the content. <see cref="Path"/> is relative to the content root's parent
/// (e.g. <c>content/case-studies/x.md</c>) with forward slashes, so messages are stable across machines.
/// </summary>
public sealed record Diagnostic(
    SourceLocation Location,
    Severity Severity,
    string Code,
    string Message,
    string? Suggestion = null)
{
    public string Format()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var text = $"{Location}: {severity} {Code}: {Message}";
        return Suggestion is null ? text : $"{text}; {Suggestion}";
    }

    public override string ToString() => Format();
}
