namespace LpipSite.Testing;

/// <summary>The old addresses of a built site (its <c>_redirects</c> file): small pages that only send readers on.</summary>
public static class Redirects
{
    /// <summary>The old paths, like <c>/news/old-id/</c>; none when the site has no <c>_redirects</c>.</summary>
    public static IReadOnlySet<string> OldPaths(string siteFolder)
    {
        var file = System.IO.Path.Combine(siteFolder, "_redirects");
        return File.Exists(file)
            ? File.ReadLines(file).Where(l => l.StartsWith('/')).Select(l => l.Split(' ')[0]).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
    }
}
