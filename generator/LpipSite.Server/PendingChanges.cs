using LpipSite.Core.Loading;

namespace LpipSite.Server;

/// <summary>
/// What the watcher saw since the last rebuild: the Markdown and YAML content files touched, or
/// "something else" (a theme file, an asset, a folder, an overflowed watcher), after which no page
/// can be served ahead of the full rebuild. Editors' own files (hidden swap files, backups ending in
/// '~', vim's write test "4913", JetBrains' "___jb_" files) change no page and are ignored, so a save
/// through a temporary file renamed over the original counts as an edit of the original.
/// Thread-safe: the watcher records, the rebuild loop takes.
/// </summary>
internal sealed class PendingChanges
{
    private static readonly string[] SourceExtensions = [".md", ".yml", ".yaml"];

    private readonly Lock _lock = new();
    private HashSet<string> _sources = new(StringComparer.Ordinal);
    private bool _other;

    public void Record(EventArgs change, string contentDirectory)
    {
        if (change is not FileSystemEventArgs { FullPath: var path } args)
        {
            Mark(null);
            return;
        }

        // A deleted or renamed-away source counts as edited too: its pages are simply not found when
        // the edited pages are rendered, and the full rebuild that follows removes them.
        var root = Path.GetFullPath(contentDirectory).TrimEnd(Path.DirectorySeparatorChar);
        string[] paths = args is RenamedEventArgs renamed ? [renamed.OldFullPath, path] : [path];
        foreach (var touched in paths.Where(p => !IsEditorFile(p)))
        {
            Mark(IsSource(touched, root) ? ContentLoader.SourcePathOf(contentDirectory, touched) : null);
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

    private void Mark(string? source)
    {
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

    private static bool IsEditorFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.') || name.EndsWith('~') || name == "4913" || name.Contains("___jb_", StringComparison.Ordinal);
    }

    // A Markdown or YAML file inside the content folder, outside assets/ (whose files are copied, not read).
    private static bool IsSource(string path, string root)
    {
        var full = Path.GetFullPath(path);
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return false;
        }

        var relative = full[(root.Length + 1)..].Replace('\\', '/');
        return !relative.StartsWith(ContentLayout.AssetsFolder + "/", StringComparison.Ordinal)
            && SourceExtensions.Contains(Path.GetExtension(full), StringComparer.OrdinalIgnoreCase);
    }
}
