using LpipSite.Core.Loading;

namespace LpipSite.Server;

/// <summary>
/// What the watcher saw since the last rebuild: the content files edited or created, or "something
/// else" (a theme file, a deletion, a rename, an overflowed watcher), after which no page can be
/// served ahead of the full rebuild. Thread-safe: the watcher records, the rebuild loop takes.
/// </summary>
internal sealed class PendingChanges
{
    private static readonly string[] ContentExtensions = [".md", ".yml", ".yaml"];

    private readonly Lock _lock = new();
    private HashSet<string> _sources = new(StringComparer.Ordinal);
    private bool _other;

    public void Record(EventArgs change, string contentDirectory)
    {
        var source = change is FileSystemEventArgs { ChangeType: WatcherChangeTypes.Changed or WatcherChangeTypes.Created, FullPath: var path }
            && change is not RenamedEventArgs
            && Path.GetFullPath(path).StartsWith(Path.GetFullPath(contentDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && ContentExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)
                ? ContentLoader.SourcePathOf(contentDirectory, path)
                : null;
        lock (_lock)
        {
            if (source is null)
            {
                _other = true;
            }
            else
            {
                _sources.Add(source);
            }
        }
    }

    /// <summary>The edited content files since the last call, or null when something else changed too.</summary>
    public IReadOnlySet<string>? Take()
    {
        lock (_lock)
        {
            var sources = _other ? null : _sources;
            _sources = new HashSet<string>(StringComparer.Ordinal);
            _other = false;
            return sources;
        }
    }
}
