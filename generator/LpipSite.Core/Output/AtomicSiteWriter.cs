namespace LpipSite.Core.Output;

/// <summary>
/// Writes the whole site into a fresh sibling folder, then swaps it into place, so a failed or
/// interrupted build never leaves a half-written site and the previous one stays intact until the
/// new one is complete.
/// </summary>
public sealed class AtomicSiteWriter(string outputDirectory) : ISiteWriter
{
    private readonly string _target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);

    public void Write(IReadOnlyList<OutputFile> files)
    {
        var parent = Path.GetDirectoryName(_target) ?? throw new InvalidOperationException("the output folder has no parent");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(_target);
        var staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        var previous = Path.Combine(parent, $".{name}.previous-{Guid.NewGuid():N}");
        try
        {
            WriteAll(staging, files);
            if (Directory.Exists(_target))
            {
                Directory.Move(_target, previous);
            }

            Directory.Move(staging, _target);
        }
        catch
        {
            // Put the previous site back if the swap got half way.
            if (!Directory.Exists(_target) && Directory.Exists(previous))
            {
                Directory.Move(previous, _target);
            }

            TryDelete(staging);
            throw;
        }

        TryDelete(previous);
    }

    private static void WriteAll(string root, IReadOnlyList<OutputFile> files)
    {
        Directory.CreateDirectory(root);
        var rootWithSlash = root + Path.DirectorySeparatorChar;
        foreach (var folder in files.Select(f => Path.GetDirectoryName(f.Path)).Where(d => !string.IsNullOrEmpty(d)).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(Path.Combine(root, folder!));
        }

        Parallel.ForEach(files, file =>
        {
            var full = Path.GetFullPath(Path.Combine(root, file.Path));
            if (!full.StartsWith(rootWithSlash, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"refusing to write '{file.Path}' outside the output folder");
            }

            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.None);
            stream.Write(file.Content.Span);
        });
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover hidden folder is harmless; the next build uses new names.
        }
    }
}
