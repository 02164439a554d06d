using LpipSite.Core.Diagnostics;
using LpipSite.Core.Caching;

namespace LpipSite.Core.Loading;

/// <summary>
/// Reads <c>content/</c> into <see cref="SourceDocument"/>s. Files are read in parallel but
/// returned in ordinal path order. Nothing outside the content root is ever read.
/// </summary>
public static class ContentLoader
{
    /// <summary>No contributor file needs to be this large; bigger ones are refused before reading.</summary>
    public const long MaxTextFileBytes = 2 * 1024 * 1024;

    /// <summary>How items read from <paramref name="fullPath"/> name their source (e.g. <c>content/case-studies/x.md</c>).</summary>
    public static string SourcePathOf(string contentRoot, string fullPath)
    {
        var root = Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar);
        return Path.GetFileName(root) + "/" + Path.GetRelativePath(root, Path.GetFullPath(fullPath)).Replace('\\', '/');
    }

    public static LoadedContent Load(string contentRoot, DiagnosticBag diagnostics, LoadCache? cache = null)
    {
        var root = Path.GetFullPath(contentRoot);
        var displayRoot = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar));
        var files = ContentFiles.Enumerate(root, displayRoot, diagnostics);

        var documents = new SourceDocument?[files.Documents.Count];
        cache?.Retain(files.Documents.Select(d => d.Relative + "|" + d.Kind));
        Parallel.For(0, files.Documents.Count, i =>
        {
            var (relative, kind) = files.Documents[i];
            documents[i] = cache is null
                ? Read(root, displayRoot + "/" + relative, relative, kind, diagnostics)
                : cache.Read(Path.Combine(root, relative), relative + "|" + kind, diagnostics, bag => Read(root, displayRoot + "/" + relative, relative, kind, bag));
        });

        foreach (var (relative, kind) in ContentLayout.SingleFiles)
        {
            if (kind == ContentKind.Site && !files.Documents.Any(d => d.Kind == ContentKind.Site))
            {
                diagnostics.Error(SourceLocation.File(displayRoot + "/" + relative), DiagnosticCodes.MissingSiteFile,
                    "the site settings file is missing", $"create {displayRoot}/{relative} with title, base_url and description");
            }
        }

        return new LoadedContent(root, displayRoot, documents.OfType<SourceDocument>().ToList(), files.Assets);
    }

    private static SourceDocument? Read(string root, string displayPath, string relative, ContentKind kind, DiagnosticBag diagnostics)
    {
        var full = Path.Combine(root, relative);
        byte[] bytes;
        try
        {
            var info = new FileInfo(full);
            if (info.Length > MaxTextFileBytes)
            {
                diagnostics.Error(SourceLocation.File(displayPath), DiagnosticCodes.TooLarge,
                    $"the file is {info.Length / (1024 * 1024.0):0.#} MB; content files may be at most {MaxTextFileBytes / (1024 * 1024)} MB",
                    "split it up, or put large material in assets/ and link to it");
                return null;
            }

            bytes = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.File(displayPath), DiagnosticCodes.Unreadable, "the file cannot be read: " + e.Message);
            return null;
        }

        var text = TextDecoder.Decode(bytes, displayPath, diagnostics);
        if (text is null)
        {
            return null;
        }

        var (id, language) = Languages.LanguageCodes.SplitFileName(Path.GetFileNameWithoutExtension(relative));
        if (text.Trim().Length == 0)
        {
            diagnostics.Error(SourceLocation.File(displayPath), DiagnosticCodes.EmptyFile, "the file is empty",
                "fill in the required fields, or delete the file");
            return new SourceDocument(displayPath, id, kind, null, null) { Language = language };
        }

        if (!relative.EndsWith(".md", StringComparison.Ordinal))
        {
            return new SourceDocument(displayPath, id, kind, YamlReader.Read(text, displayPath, 1, diagnostics), null) { Language = language };
        }

        var parts = FrontMatter.Split(text, displayPath, diagnostics);
        if (parts is not { } p)
        {
            return new SourceDocument(displayPath, id, kind, null, null) { Language = language };
        }

        var yaml = p.Yaml.Trim().Length == 0 ? null : YamlReader.Read(p.Yaml, displayPath, p.YamlFirstLine, diagnostics);
        if (p.Yaml.Trim().Length == 0)
        {
            diagnostics.Error(new SourceLocation(displayPath, 2, 1), DiagnosticCodes.EmptyFile,
                "the front matter is empty", "fill in the required fields between the two '---' lines");
        }

        return new SourceDocument(displayPath, id, kind, yaml, p.Body) { Language = language };
    }
}
