using LpipSite.Core.Diagnostics;

namespace LpipSite.Core.Loading;

/// <summary>
/// Walks the content tree without following links out of it: a symbolic link is only accepted
/// when its final target is a file inside the content root.
/// </summary>
internal static class ContentFiles
{
    public sealed record Listing(IReadOnlyList<(string Relative, ContentKind Kind)> Documents, IReadOnlySet<string> Assets);

    public static Listing Enumerate(string root, string displayRoot, DiagnosticBag diagnostics)
    {
        var documents = new List<(string, ContentKind)>();
        var assets = new SortedSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
        {
            diagnostics.Error(SourceLocation.File(displayRoot), DiagnosticCodes.Unreadable,
                $"the content folder '{root}' does not exist", "pass --content with the folder that holds site.yml");
            return new Listing(documents, assets);
        }

        var realRoot = RealPath(root);
        foreach (var relative in Walk(root, realRoot, displayRoot, diagnostics).Order(StringComparer.Ordinal))
        {
            if (ContentLayout.IsIgnored(relative))
            {
                continue;
            }

            if (relative.StartsWith(ContentLayout.AssetsFolder + "/", StringComparison.Ordinal))
            {
                assets.Add(relative);
                continue;
            }

            var kind = Classify(relative);
            if (kind is null)
            {
                diagnostics.Warning(SourceLocation.File(displayRoot + "/" + relative), DiagnosticCodes.UnexpectedFile,
                    "this file is not part of the content model and is ignored", Expected(relative));
                continue;
            }

            documents.Add((relative, kind));
        }

        return new Listing(documents, assets);
    }

    private static ContentKind? Classify(string relative)
    {
        foreach (var (path, kind) in ContentLayout.SingleFiles)
        {
            if (relative == path || IsTranslationOf(relative, path))
            {
                return kind;
            }
        }

        var slash = relative.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || relative.IndexOf('/', slash + 1) >= 0)
        {
            return null;
        }

        var folder = relative[..slash];
        foreach (var (name, kind, extension) in ContentLayout.Collections)
        {
            if (name == folder && relative.EndsWith(extension, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>True for a translation of a single file: <c>site.cy.yml</c> beside <c>site.yml</c>.</summary>
    private static bool IsTranslationOf(string relative, string path)
    {
        var extension = Path.GetExtension(path);
        if (!relative.EndsWith(extension, StringComparison.Ordinal) || Path.GetDirectoryName(relative) != Path.GetDirectoryName(path))
        {
            return false;
        }

        var (id, language) = Languages.LanguageCodes.SplitFileName(Path.GetFileNameWithoutExtension(relative));
        return language is not null && id == Path.GetFileNameWithoutExtension(path);
    }

    private static string Expected(string relative)
    {
        var slash = relative.IndexOf('/', StringComparison.Ordinal);
        var folder = slash < 0 ? string.Empty : relative[..slash];
        var collection = ContentLayout.Collections.FirstOrDefault(c => c.Folder == folder);
        return collection.Folder is null
            ? "content files belong in site.yml, taxonomies/, assets/ or one of: " +
              string.Join(", ", ContentLayout.Collections.Select(c => c.Folder + "/"))
            : $"files in {folder}/ must end with {collection.Extension} and sit directly in the folder";
    }

    private static IEnumerable<string> Walk(string root, string realRoot, string displayRoot, DiagnosticBag diagnostics)
    {
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(dir).EnumerateFileSystemInfos().ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(SourceLocation.File(Display(root, dir, displayRoot)), DiagnosticCodes.Unreadable,
                    "the folder cannot be read: " + e.Message);
                continue;
            }

            foreach (var entry in entries)
            {
                var display = Display(root, entry.FullName, displayRoot);
                if (entry.LinkTarget is not null)
                {
                    var target = SafeResolve(entry);
                    if (target is null || !IsInside(RealPath(target.FullName), realRoot))
                    {
                        diagnostics.Error(SourceLocation.File(display), DiagnosticCodes.OutsideContent,
                            "this is a link to a file outside the content folder, which is not allowed",
                            "copy the file into the content folder instead of linking to it");
                        continue;
                    }

                    if (target is DirectoryInfo)
                    {
                        diagnostics.Warning(SourceLocation.File(display), DiagnosticCodes.UnexpectedFile,
                            "links to folders are not followed", "move the folder's files here instead");
                        continue;
                    }
                }

                if (entry is DirectoryInfo)
                {
                    pending.Push(entry.FullName);
                }
                else
                {
                    yield return Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                }
            }
        }
    }

    private static FileSystemInfo? SafeResolve(FileSystemInfo entry)
    {
        try
        {
            return entry.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string Display(string root, string full, string displayRoot) =>
        displayRoot + "/" + Path.GetRelativePath(root, full).Replace('\\', '/');

    internal static bool IsInside(string path, string root) =>
        path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symbolic link in it resolved.</summary>
    internal static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parts = full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = Path.GetPathRoot(full) ?? "/";
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                var target = SafeResolve(info);
                if (target is null)
                {
                    return current;
                }

                current = RealPath(target.FullName);
            }
        }

        return current;
    }
}
