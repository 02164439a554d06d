using LpipSite.Core.Diagnostics;
using LpipSite.Core.Writing;

namespace LpipSite.Core.Rendering.Assets;

/// <summary>
/// Publishes the files under <c>content/assets/</c> that pages refer to (<c>/assets/…</c>), photos
/// without their metadata (<see cref="Published"/>). Validation
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

    /// <summary>
    /// What the site publishes for a file: a still JPEG, PNG or WebP photo written again in its own
    /// format and size, turned upright and without any of its metadata, since a phone's photo carries
    /// where it was taken (GPS), the camera and often the owner's name; any other file (SVG, PDF,
    /// an animated GIF) as it is. Null, with an error, for an image that cannot be read.
    /// </summary>
    private static byte[]? Published(byte[] bytes, string displayPath, DiagnosticBag diagnostics, Images.ImageCache cache)
    {
        if (Images.ImageFormats.Sniff(bytes) is not (Images.ImageFormat.Jpeg or Images.ImageFormat.Png or Images.ImageFormat.WebP or Images.ImageFormat.Heic))
        {
            return bytes;
        }

        try
        {
            var info = Images.ImageProcessor.Probe(bytes);
            return info.PassThrough
                ? bytes
                : cache.GetOrMake(
                    cache.KeyOf(Images.ImageCache.SourceHash(bytes), "published" + Images.ImageFormats.Extension(info.Format)),
                    () => cache.Processor.Variants(bytes, [info.Width], [info.Format]).Single().Bytes);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or NetVips.VipsException)
        {
            diagnostics.Error(
                SourceLocation.File(displayPath),
                RenderCodes.ImageUnreadable,
                $"the image cannot be read, so it is not published: {e.Message.TrimEnd('.')}",
                "export it again as JPEG or PNG and replace the file");
            return null;
        }
    }

    /// <param name="cache">Photos already written again by an earlier build (or earlier in this one); a build-long one when null.</param>
    /// <param name="parallel">How many photos are written again at once; the files come back in order of their paths all the same.</param>
    public static IReadOnlyList<OutputFile> Copy(string? contentRoot, IEnumerable<string> sitePaths, DiagnosticBag diagnostics, Images.ImageCache? cache = null, ParallelOptions? parallel = null)
    {
        cache ??= Images.ImageCache.InMemory();
        if (contentRoot is null)
        {
            return [];
        }

        var found = new List<(string SitePath, string File)>();
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

            found.Add((sitePath, file));
        }

        var root = Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar).Length + 1;
        var published = new OutputFile?[found.Count];
        Parallel.For(0, found.Count, parallel ?? new ParallelOptions(), i =>
        {
            var (sitePath, file) = found[i];
            if (Published(File.ReadAllBytes(file), "content" + sitePath, diagnostics, cache) is { } bytes)
            {
                published[i] = new OutputFile(file[root..].Replace('\\', '/'), bytes);
            }
        });
        return published.OfType<OutputFile>().ToList();
    }
}
