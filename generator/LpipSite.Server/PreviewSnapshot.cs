using LpipSite.Core.Diagnostics;

namespace LpipSite.Server;

/// <summary>
/// What the server is serving: the files of the last good build, the redirects generated from the
/// model, and the problems of the latest build (empty when it succeeded). Immutable; replaced whole.
/// </summary>
public sealed record PreviewSnapshot(
    int Version,
    IReadOnlyDictionary<string, ReadOnlyMemory<byte>> Files,
    IReadOnlyDictionary<string, string> Redirects,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public static PreviewSnapshot Empty { get; } = new(
        0,
        new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal),
        new Dictionary<string, string>(StringComparer.Ordinal),
        []);

    /// <summary>Reads a Netlify <c>_redirects</c> file: <c>from to status</c> per line; comments and blanks skipped.</summary>
    public static IReadOnlyDictionary<string, string> ParseRedirects(ReadOnlyMemory<byte>? file)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (file is not { } bytes)
        {
            return map;
        }

        foreach (var line in System.Text.Encoding.UTF8.GetString(bytes.Span).Split('\n'))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && !parts[0].StartsWith('#'))
            {
                map.TryAdd(parts[0], parts[1]);
            }
        }

        return map;
    }
}
