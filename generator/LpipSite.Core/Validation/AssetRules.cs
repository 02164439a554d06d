using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;

namespace LpipSite.Core.Validation;

/// <summary>Every file a content item points at exists under <c>content/assets/</c> and stays inside it.</summary>
internal static class AssetRules
{
    public static void Check(ValidatedContent content, DiagnosticBag diagnostics)
    {
        foreach (var document in content.Documents)
        {
            if (document.Object is not { } obj)
            {
                continue;
            }

            var paths = new List<BoundValue?> { obj.Object("image")?["src"], obj.Object("logo")?["src"], obj["transcript"] };
            paths.AddRange(obj.Objects("files").Select(f => f["src"]));
            paths.AddRange(obj.Objects("outputs").Select(o => o["url"]));
            foreach (var path in paths.OfType<BoundText>())
            {
                if (!Formats.IsWebAddress(path.Value))
                {
                    CheckAsset(content.Loaded, document.Source.Path, path.Value, path.At, diagnostics);
                }
            }
        }
    }

    /// <summary>
    /// Resolves a path written in content (<c>assets/x.png</c> from the content root, or relative to
    /// the file such as <c>../assets/x.png</c>) to a path under the content root, or reports why not.
    /// </summary>
    public static string? CheckAsset(LoadedContent loaded, string documentPath, string written, SourceLocation at, DiagnosticBag diagnostics)
    {
        var resolved = AssetPaths.Resolve(loaded, documentPath, written);
        if (resolved is null)
        {
            diagnostics.Error(at, DiagnosticCodes.AssetOutsideContent,
                $"the path '{written}' points outside the content folder", "put the file in content/assets/ and write 'assets/…'");
            return null;
        }

        if (!loaded.Assets.Contains(resolved))
        {
            diagnostics.Error(at, DiagnosticCodes.MissingAsset, $"the file '{written}' does not exist",
                Suggestions.DidYouMean(resolved, loaded.Assets) ?? "add the file under content/assets/ or correct the path");
            return null;
        }

        return resolved;
    }
}

/// <summary>Maps paths written in content to files under the content root.</summary>
public static class AssetPaths
{
    /// <summary>The path relative to the content root (<c>assets/images/x.png</c>), or null if it escapes it.</summary>
    public static string? Resolve(LoadedContent loaded, string documentPath, string written)
    {
        var clean = written.Split('#', '?')[0].Replace('\\', '/');
        string baseFolder;
        if (clean.StartsWith('/'))
        {
            baseFolder = string.Empty;
            clean = clean.TrimStart('/');
        }
        else if (clean.StartsWith(ContentLayout.AssetsFolder + "/", StringComparison.Ordinal))
        {
            baseFolder = string.Empty;
        }
        else
        {
            // Relative to the document's folder, e.g. content/case-studies/x.md → case-studies.
            var relativeDoc = documentPath[(loaded.DisplayRoot.Length + 1)..];
            baseFolder = Path.GetDirectoryName(relativeDoc)?.Replace('\\', '/') ?? string.Empty;
        }

        var parts = new List<string>();
        foreach (var segment in (baseFolder.Length == 0 ? clean : baseFolder + "/" + clean).Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(Uri.UnescapeDataString(segment));
        }

        return parts.Count == 0 ? null : string.Join('/', parts);
    }
}
