namespace LpipSite.Server;

/// <summary>
/// The address paths whose files differ between two snapshots, so that an open page reloads only
/// when what it shows changed. "*" means every page: the theme's assets or the error banner changed.
/// </summary>
internal static class ChangedPaths
{
    public const string Everything = "*";

    public static IReadOnlyList<string> Between(PreviewSnapshot before, PreviewSnapshot after)
    {
        if (before.HasErrors != after.HasErrors || !before.Diagnostics.SequenceEqual(after.Diagnostics))
        {
            return [Everything];
        }

        var changed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (path, content) in after.Files)
        {
            if (!before.Files.TryGetValue(path, out var old) || !old.Span.SequenceEqual(content.Span))
            {
                changed.Add(path);
            }
        }

        changed.UnionWith(before.Files.Keys.Where(path => !after.Files.ContainsKey(path)));
        if (changed.Any(path => path.StartsWith("assets/", StringComparison.Ordinal) || path == "404.html"))
        {
            return [Everything];
        }

        return changed.Select(AddressOf).Distinct(StringComparer.Ordinal).ToList();
    }

    // "a/b/index.html" is served at "/a/b/"; the search files change what /search/ shows.
    private static string AddressOf(string path) =>
        path == "index.html" ? "/"
        : path.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + path[..^"index.html".Length]
        : path.StartsWith("search/", StringComparison.Ordinal) ? "/search/"
        : "/" + path;
}

/// <summary>The data of a reload event: the new snapshot's version and the paths that changed.</summary>
internal sealed record ReloadMessage(int Version, IReadOnlyList<string> Paths)
{
    public static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);
}
