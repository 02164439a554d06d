using LpipSite.Core.Build;

namespace LpipSite.Cli.Commands;

/// <summary>The build replaces the output folder wholesale, so refuse folders that hold anything else.</summary>
internal static class OutputGuard
{
    public static string? Problem(string output, BuildOptions options)
    {
        var target = Normalise(output);
        var current = Normalise(Directory.GetCurrentDirectory());
        if (target == current || current.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.GetPathRoot(target) == target)
        {
            return $"refusing to use '{output}' as the output folder: it contains the current folder";
        }

        foreach (var (name, folder) in new[] { ("content", options.ContentDirectory), ("theme", options.ThemeDirectory) })
        {
            var protectedPath = Normalise(folder);
            if (target == protectedPath || protectedPath.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || target.StartsWith(protectedPath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return $"refusing to use '{output}' as the output folder: it overlaps the {name} folder '{folder}'";
            }
        }

        return null;
    }

    private static string Normalise(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
}
