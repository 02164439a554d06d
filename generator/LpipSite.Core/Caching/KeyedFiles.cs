namespace LpipSite.Core.Caching;

/// <summary>
/// A cache folder of one file per key (<c>root/ab/abcdef….ext</c>, written atomically), for caches
/// whose entries are bytes: rendered pages, processed images. Every failure to read or write is a
/// miss, never an error: a cache is an optimisation, and what it lacks is made again.
/// </summary>
internal sealed class KeyedFiles(string root, string extension)
{
    private string PathOf(string key) => Path.Combine(root, key[..2], key + extension);

    public bool TryRead(string key, out byte[] bytes)
    {
        try
        {
            bytes = File.ReadAllBytes(PathOf(key));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bytes = [];
            return false;
        }
    }

    public void Write(string key, ReadOnlyMemory<byte> bytes)
    {
        try
        {
            var path = PathOf(key);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            Writing.AtomicFile.Write(path, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not stored: made again next time.
        }
    }

    /// <summary>Deletes the files of every key that <paramref name="keep"/> does not keep (a build's unused entries).</summary>
    public void DeleteAllBut(Func<string, bool> keep)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(root, "*" + extension, SearchOption.AllDirectories))
        {
            if (!keep(Path.GetFileNameWithoutExtension(file)))
            {
                try
                {
                    File.Delete(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }
        }
    }
}
