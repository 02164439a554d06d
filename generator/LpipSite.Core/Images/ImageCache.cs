using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace LpipSite.Core.Images;

/// <summary>
/// Processed images a build can reuse instead of encoding again. An output is keyed by the SHA-256 of its
/// source's bytes, the libvips version, every encoder setting and what the output is (its width and format,
/// or the Open Graph crop), so a reused output is byte-identical to a freshly encoded one. Kept on disk
/// under the build cache's <c>images/</c> folder, or in memory. Thread-safe.
/// </summary>
public sealed class ImageCache
{
    private readonly IImageStore _store;
    private ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private int _encoded;
    private int _reused;

    private ImageCache(IImageStore store, ImageEncoding? encoding)
    {
        _store = store;
        Processor = new ImageProcessor(encoding);
    }

    /// <summary>A cache that lives as long as this object (a build without the cache, the preview server).</summary>
    public static ImageCache InMemory(ImageEncoding? encoding = null) => new(new MemoryImageStore(), encoding);

    /// <summary>A cache kept in <paramref name="directory"/> between builds, one file per output.</summary>
    public static ImageCache OnDisk(string directory, ImageEncoding? encoding = null) => new(new DiskImageStore(directory), encoding);

    public ImageProcessor Processor { get; }

    /// <summary>Outputs encoded (not found in the cache) since the last <see cref="BeginBuild"/>.</summary>
    public int Encoded => _encoded;

    /// <summary>Outputs found in the cache since the last <see cref="BeginBuild"/>.</summary>
    public int Reused => _reused;

    /// <summary>What a source is known by: the SHA-256 of its bytes.</summary>
    public static string SourceHash(byte[] source) => Convert.ToHexStringLower(SHA256.HashData(source));

    /// <summary>The key of one output of a source, such as <c>480.avif</c> or <c>og.1200x630.jpeg</c>.</summary>
    public string KeyOf(string sourceHash, string output) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('\0', sourceHash, ImageProcessor.LibraryVersion, Processor.Encoding.Fingerprint, output))));

    public void BeginBuild()
    {
        _used = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        _encoded = 0;
        _reused = 0;
    }

    /// <summary>Forgets outputs the build did not use, so the cache does not grow without bound.</summary>
    public void EndBuild() => _store.Keep(_used.Keys.ToHashSet(StringComparer.Ordinal));

    public bool TryGet(string key, out byte[] bytes)
    {
        _used.TryAdd(key, 0);
        if (_store.TryGet(key, out bytes))
        {
            Interlocked.Increment(ref _reused);
            return true;
        }

        return false;
    }

    public void Put(string key, byte[] bytes)
    {
        _used.TryAdd(key, 0);
        Interlocked.Increment(ref _encoded);
        _store.Put(key, bytes);
    }

    /// <summary>The cached output for <paramref name="key"/>, or <paramref name="make"/>'s, which is then cached.</summary>
    public byte[] GetOrMake(string key, Func<byte[]> make)
    {
        if (TryGet(key, out var known))
        {
            return known;
        }

        var made = make();
        Put(key, made);
        return made;
    }
}

internal interface IImageStore
{
    bool TryGet(string key, out byte[] bytes);

    void Put(string key, byte[] bytes);

    /// <summary>Deletes every entry not in <paramref name="used"/>.</summary>
    void Keep(IReadOnlySet<string> used);
}

internal sealed class MemoryImageStore : IImageStore
{
    private readonly ConcurrentDictionary<string, byte[]> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string key, out byte[] bytes) => _entries.TryGetValue(key, out bytes!);

    public void Put(string key, byte[] bytes) => _entries[key] = bytes;

    public void Keep(IReadOnlySet<string> used)
    {
        foreach (var key in _entries.Keys.Where(k => !used.Contains(k)).ToList())
        {
            _entries.TryRemove(key, out _);
        }
    }
}

/// <summary>One file per output under <c>images/</c>, named by its key (written atomically).</summary>
internal sealed class DiskImageStore(string directory) : IImageStore
{
    private readonly Caching.KeyedFiles _files = new(Path.Combine(Path.GetFullPath(directory), "images"), ".bin");

    public bool TryGet(string key, out byte[] bytes) => _files.TryRead(key, out bytes);

    public void Put(string key, byte[] bytes) => _files.Write(key, bytes);

    public void Keep(IReadOnlySet<string> used) => _files.DeleteAllBut(used.Contains);
}
