using System.Collections.Concurrent;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;

namespace LpipSite.Core.Caching;

/// <summary>
/// Parsed documents kept between builds by the preview server: a file whose size and modification
/// time are unchanged is not read or parsed again, and its diagnostics are reported again as they
/// were. Thread-safe.
/// </summary>
public sealed class LoadCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    internal sealed record Entry(long Length, DateTime Modified, SourceDocument? Document, IReadOnlyList<Diagnostic> Diagnostics);

    private int _parsed;

    /// <summary>Files parsed (not reused) in the last load.</summary>
    public int Parsed => _parsed;

    internal SourceDocument? Read(string fullPath, string key, DiagnosticBag diagnostics, Func<DiagnosticBag, SourceDocument?> read)
    {
        var info = new FileInfo(fullPath);
        var length = info.Exists ? info.Length : -1;
        var modified = info.Exists ? info.LastWriteTimeUtc : DateTime.MinValue;
        // File times are coarse (a few milliseconds), so a file changed very recently is always read
        // again: two saves of the same size within one tick must not be mistaken for one.
        var settled = modified < DateTime.UtcNow - TimeSpan.FromSeconds(2);
        if (settled && _entries.TryGetValue(key, out var entry) && entry.Length == length && entry.Modified == modified && length >= 0)
        {
            diagnostics.AddRange(entry.Diagnostics);
            return entry.Document;
        }

        var local = new DiagnosticBag();
        var document = read(local);
        var found = local.Sorted();
        diagnostics.AddRange(found);
        _entries[key] = new Entry(length, modified, document, found);
        Interlocked.Increment(ref _parsed); // files are read in parallel
        return document;
    }

    internal void Retain(IEnumerable<string> keys)
    {
        _parsed = 0;
        var keep = keys.ToHashSet(StringComparer.Ordinal);
        foreach (var key in _entries.Keys.Where(k => !keep.Contains(k)))
        {
            _entries.TryRemove(key, out _);
        }
    }
}
