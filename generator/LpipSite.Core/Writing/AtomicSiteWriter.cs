using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace LpipSite.Core.Writing;

/// <summary>How many files the last write created afresh and how many it hard-linked from the previous site.</summary>
public readonly record struct SiteWriteStats(int Written, int Reused);

/// <summary>
/// Writes the whole site into a fresh sibling folder, then swaps it into place, so a failed or
/// interrupted build never leaves a half-written site and the previous one stays intact until the
/// new one is complete.
/// </summary>
/// <remarks>
/// With a manifest (a list of the files of the last site written, with a hash of each one's content
/// and its length and last-write time in the output folder), a file whose content is unchanged and
/// which nobody has touched in the output folder since is hard-linked from the current site into
/// the new one instead of being written again. New files are always created afresh, never written
/// through a link, so the previous site's files are never modified.
/// </remarks>
public sealed class AtomicSiteWriter : ISiteWriter
{
    private const string ManifestMagic = "lpip-site-manifest";
    private const string ManifestVersion = "1";

    private readonly string _target;
    private readonly string? _manifestPath;

    /// <summary>Writes every file on every build.</summary>
    public AtomicSiteWriter(string outputDirectory)
        : this(outputDirectory, null)
    {
    }

    /// <summary>
    /// Reuses unchanged files of the previous site, as recorded in the manifest at
    /// <paramref name="manifestPath"/> (none: write every file). A missing, unreadable or
    /// foreign manifest means a full write, never an error.
    /// </summary>
    public AtomicSiteWriter(string outputDirectory, string? manifestPath)
    {
        _target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        _manifestPath = manifestPath is null ? null : Path.GetFullPath(manifestPath);
    }

    /// <summary>Files written and reused by the last call to <see cref="Write"/>.</summary>
    public SiteWriteStats LastWrite { get; private set; }

    public void Write(IReadOnlyList<OutputFile> files)
    {
        var parent = Path.GetDirectoryName(_target) ?? throw new InvalidOperationException("the output folder has no parent");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(_target);
        var staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        var previous = Path.Combine(parent, $".{name}.previous-{Guid.NewGuid():N}");
        var manifest = _manifestPath is null ? null : ReadManifest(_manifestPath, _target);
        Entry[] entries;
        try
        {
            entries = WriteAll(staging, _target, files, hashing: _manifestPath is not null, manifest, out var reused);
            LastWrite = new SiteWriteStats(files.Count - reused, reused);
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
        if (_manifestPath is not null)
        {
            WriteManifest(_manifestPath, _target, entries);
        }
    }

    /// <summary>One file of the site: its path relative to the output folder ('/' separators) and what identifies its content.</summary>
    private readonly record struct Entry(string Path, UInt128 Hash, long Length, long Ticks);

    private static Entry[] WriteAll(string root, string current, IReadOnlyList<OutputFile> files, bool hashing, Dictionary<string, Entry>? manifest, out int reused)
    {
        Directory.CreateDirectory(root);
        var rootWithSlash = root + Path.DirectorySeparatorChar;
        foreach (var folder in files.Select(f => Path.GetDirectoryName(f.Path)).Where(d => !string.IsNullOrEmpty(d)).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(Path.Combine(root, folder!));
        }

        var entries = new Entry[files.Count];
        var linked = 0;
        Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            var full = Path.GetFullPath(Path.Combine(root, file.Path));
            if (!full.StartsWith(rootWithSlash, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"refusing to write '{file.Path}' outside the output folder");
            }

            var relative = full[rootWithSlash.Length..];
            var key = relative.Replace(Path.DirectorySeparatorChar, '/');
            var hash = !hashing ? default : XxHash128.HashToUInt128(file.Content.Span);
            entries[i] = new Entry(key, hash, file.Content.Length, 0);
            if (manifest is not null
                && manifest.TryGetValue(key, out var old)
                && old.Hash == hash
                && old.Length == file.Content.Length
                && Unchanged(Path.Combine(current, relative), old)
                && HardLink.TryCreate(Path.Combine(current, relative), full))
            {
                Interlocked.Increment(ref linked);
                return;
            }

            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.None);
            stream.Write(file.Content.Span);
        });
        reused = linked;
        return entries;
    }

    /// <summary>True if the file in the current site still has the length and last-write time recorded after the last build.</summary>
    private static bool Unchanged(string path, Entry recorded)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.Length == recorded.Length && info.LastWriteTimeUtc.Ticks == recorded.Ticks;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string Header(string target) => $"{ManifestMagic}\t{ManifestVersion}\t{target}";

    /// <summary>The manifest's entries, or null if it is missing, unreadable, corrupt, of another version or for another folder.</summary>
    private static Dictionary<string, Entry>? ReadManifest(string path, string target)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var reader = new StreamReader(path, Encoding.UTF8);
            if (reader.ReadLine() != Header(target))
            {
                return null;
            }

            var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
            while (reader.ReadLine() is { } line)
            {
                var fields = line.Split('\t', 4);
                if (fields.Length != 4
                    || fields[0].Length != 32
                    || !UInt128.TryParse(fields[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hash)
                    || !long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                    || !long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                    || fields[3].Length == 0
                    || !entries.TryAdd(fields[3], new Entry(fields[3], hash, length, ticks)))
                {
                    return null;
                }
            }

            return entries;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Records the site just swapped into place, with each file's length and last-write time as found
    /// there now. Written to a temporary file and renamed, so it is whole or absent; if anything fails,
    /// the manifest is deleted and the next build writes every file.
    /// </summary>
    private static void WriteManifest(string path, string target, Entry[] entries)
    {
        try
        {
            var lines = new string?[entries.Length];
            Parallel.For(0, entries.Length, i =>
            {
                var entry = entries[i];
                if (entry.Path.Contains('\n', StringComparison.Ordinal) || entry.Path.Contains('\r', StringComparison.Ordinal))
                {
                    return; // Not representable on one line: such a file is simply written every time.
                }

                var info = new FileInfo(Path.Combine(target, entry.Path));
                if (!info.Exists || info.Length != entry.Length)
                {
                    return;
                }

                lines[i] = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{entry.Hash:x32}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}\t{entry.Path}");
            });

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = new StringBuilder(Header(target)).Append('\n');
            foreach (var line in lines)
            {
                if (line is not null)
                {
                    text.Append(line).Append('\n');
                }
            }

            AtomicFile.Write(path, Encoding.UTF8.GetBytes(text.ToString()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or AggregateException)
        {
            TryDeleteFile(path);
        }
    }

    private static void TryDeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // If even this fails, the manifest still only describes files by their recorded length and
            // last-write time, and any file changed since is written, not reused.
        }
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
