using LpipSite.Core.Diagnostics;
using LpipSite.Core.Writing;

namespace LpipSite.Core.Rendering.Assets;

/// <summary>
/// Copies the files under <c>content/assets/</c> that pages refer to (<c>/assets/…</c>). Validation
/// has already checked that references exist and stay inside content/; this checks again, because
/// a render must never read outside the content folder whatever it is given.
/// </summary>
internal static class ContentAssets
{
    /// <summary>The file for a site path like <c>/assets/files/a%20b.pdf</c>, or null if it would leave content/assets.</summary>
    public static string? Resolve(string contentRoot, string sitePath)
    {
        if (!sitePath.StartsWith("/assets/", StringComparison.Ordinal))
        {
            return null;
        }

        var relative = sitePath["/assets/".Length..];
        var end = relative.IndexOfAny(['?', '#']);
        if (end >= 0)
        {
            relative = relative[..end];
        }

        relative = Uri.UnescapeDataString(relative);
        if (relative.Length == 0 || relative.Contains('\0'))
        {
            return null;
        }

        var root = Path.GetFullPath(Path.Combine(contentRoot, "assets")) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root, StringComparison.Ordinal) ? full : null;
    }

    public static IEnumerable<OutputFile> Copy(string? contentRoot, IEnumerable<string> sitePaths, DiagnosticBag diagnostics)
    {
        if (contentRoot is null)
        {
            yield break;
        }

        foreach (var sitePath in sitePaths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var file = Resolve(contentRoot, sitePath);
            if (file is null || !File.Exists(file))
            {
                diagnostics.Warning(
                    SourceLocation.File("content" + sitePath),
                    RenderCodes.AssetMissing,
                    file is null ? $"asset '{sitePath}' is outside content/assets and was not copied" : $"asset '{sitePath}' does not exist in content/assets");
                continue;
            }

            var outputPath = file[(Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar).Length + 1)..].Replace('\\', '/');
            yield return new OutputFile(outputPath, File.ReadAllBytes(file));
        }
    }
}
