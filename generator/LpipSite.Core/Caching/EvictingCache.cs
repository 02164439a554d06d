using System.Collections.Concurrent;

namespace LpipSite.Core.Caching;

/// <summary>
/// Values computed by one build for the next to reuse: rendered pages and Markdown bodies, plain text
/// and analyses for the search index. Thread-safe. A hit only stamps its entry (no lock, no write to
/// the dictionary), and <see cref="EndBuild"/> forgets every entry the build did not stamp, so the
/// cache holds what one build needs and no more.
/// </summary>
internal sealed class EvictingCache<TKey, TValue>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private sealed class Entry(TValue value, int build)
    {
        public TValue Value { get; } = value;

        public int LastUsedBuild = build;
    }

    private readonly ConcurrentDictionary<TKey, Entry> _entries = new(comparer);
    private int _build;
    private int _hits;
    private int _misses;

    /// <summary>Lookups that found a value in the current or last build.</summary>
    public int Hits => _hits;

    /// <summary>Lookups that found nothing in the current or last build.</summary>
    public int Misses => _misses;

    public void BeginBuild()
    {
        Interlocked.Increment(ref _build);
        _hits = 0;
        _misses = 0;
    }

    /// <summary>Forgets what this build did not use, and says which keys those were.</summary>
    public IReadOnlyList<TKey> EndBuild()
    {
        int build = Volatile.Read(ref _build);
        var removed = new List<TKey>();
        foreach (var (key, entry) in _entries)
        {
            if (entry.LastUsedBuild != build && _entries.TryRemove(key, out _)) removed.Add(key);
        }

        return removed;
    }

    /// <summary>Every value held now, with its key.</summary>
    public IEnumerable<KeyValuePair<TKey, TValue>> Entries => _entries.Select(e => KeyValuePair.Create(e.Key, e.Value.Value));

    public bool TryGet(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            entry.LastUsedBuild = Volatile.Read(ref _build);
            Interlocked.Increment(ref _hits);
            value = entry.Value;
            return true;
        }

        Interlocked.Increment(ref _misses);
        value = default!;
        return false;
    }

    public void Put(TKey key, TValue value) => _entries[key] = new Entry(value, Volatile.Read(ref _build));
}
