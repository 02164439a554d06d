using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LpipSite.Core.Caching;
using LpipSite.Core.Rendering.Markdown;
using LpipSite.Core.Rendering;
using LpipSite.Core.Rendering.Assets;
using LpipSite.Core.Rendering.Theming;

namespace LpipSite.Core.Caching;

/// <summary>
/// What a build may reuse from earlier builds: rendered pages, keyed by a hash of everything a page
/// is rendered from (the code, the theme, the options, the site view and the page's own view), and
/// rendered Markdown bodies, keyed by their text. A page whose inputs are unchanged is copied, not
/// rendered, so output stays byte-identical to a clean build. Thread-safe.
/// </summary>
public sealed class RenderCache
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = false,
        TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(
            [ViewJsonContext.Default, .. ContentTypes.ContentTypeRegistry.All.Select(t => t.ViewJson).OfType<System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver>(), new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()]),
    };

    /// <summary>Whether a view type's JSON metadata is compiled (the site's own views, or a content type's).</summary>
    internal static bool HasCompiledJson(Type type) =>
        ViewJsonContext.Default.GetTypeInfo(type) is not null
        || ContentTypes.ContentTypeRegistry.All.Any(t => t.ViewJson?.GetTypeInfo(type, Json) is not null);
    private static readonly string CodeVersion = typeof(RenderCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly IPageStore _pages;
    private readonly BodyStore? _bodyStore;
    private readonly EvictingCache<string, (MarkdownResult Result, string Html)> _bodies = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, byte> _changedBodyShards = new(StringComparer.Ordinal);
    private bool _bodiesLoaded;
    private int _hits;
    private int _misses;

    private RenderCache(IPageStore pages, BodyStore? bodyStore, LpipSite.Core.Images.ImageCache images)
    {
        _pages = pages;
        _bodyStore = bodyStore;
        Images = images;
    }

    /// <summary>A cache that lives as long as this object (the preview server).</summary>
    public static RenderCache InMemory() => new(new MemoryPageStore(), null, LpipSite.Core.Images.ImageCache.InMemory());

    /// <summary>A cache kept in <paramref name="directory"/> between runs (<c>.lpip-cache/</c>); processed images under its <c>images/</c>.</summary>
    public static RenderCache OnDisk(string directory) => new(new DiskPageStore(directory), new BodyStore(directory, CodeVersion), LpipSite.Core.Images.ImageCache.OnDisk(directory));

    /// <summary>Resized, converted and cropped images from earlier builds.</summary>
    public LpipSite.Core.Images.ImageCache Images { get; }

    /// <summary>Pages copied from the cache in the last build.</summary>
    public int Hits => _hits;

    /// <summary>Pages rendered in the last build.</summary>
    public int Misses => _misses;

    /// <summary>Markdown bodies rendered (not reused) in the last build.</summary>
    public int BodiesRendered => _bodies.Misses;

    internal void BeginBuild()
    {
        _hits = 0;
        _misses = 0;
        _changedBodyShards = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        if (_bodyStore is not null && !_bodiesLoaded)
        {
            // Loaded before the build begins, so bodies this build does not use are forgotten at its end.
            foreach (var (key, body) in _bodyStore.Load())
            {
                _bodies.Put(key, body);
            }

            _bodiesLoaded = true;
        }

        _bodies.BeginBuild();
        _pages.BeginBuild();
    }

    /// <summary>Forgets entries the last build did not use, so the cache does not grow without bound.</summary>
    internal void EndBuild()
    {
        foreach (var key in _bodies.EndBuild())
        {
            _changedBodyShards.TryAdd(BodyStore.ShardOf(key), 0);
        }

        _bodyStore?.Save(_changedBodyShards.Keys, _bodies.Entries);
        _pages.EndBuild();
    }

    /// <param name="markdownKey">
    /// The <see cref="MarkdownRenderer.Key"/> of the renderer: bodies are keyed by it too, so a theme
    /// that reserves other heading ids or words tables otherwise (or another language's edition)
    /// does not reuse stale bodies.
    /// </param>
    internal (MarkdownResult Result, string Html) Body(string markdownKey, string url, int topLevel, string text, Func<(MarkdownResult, string)> render)
    {
        // Keyed by a hash, not the text itself, so that the keys stay small in memory and on disk.
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Concat(markdownKey, "\n", url, "\n", topLevel.ToString(System.Globalization.CultureInfo.InvariantCulture), "\n", text))));
        if (_bodies.TryGet(key, out var known))
        {
            return known;
        }

        var rendered = render();
        _bodies.Put(key, rendered);
        _changedBodyShards.TryAdd(BodyStore.ShardOf(key), 0);
        return rendered;
    }

    private readonly Lock _themeLock = new();
    private (string Fingerprint, IReadOnlyList<string> Folders, ThemeLoadResult Loaded)? _theme;
    private (SiteTheme Theme, ThemeAssets Assets, string Key)? _themeAssets;

    /// <summary>
    /// The theme, loaded again only when a file in its folder or in a theme it extends changed (by
    /// name, size or time): templates are parsed once while the preview server runs.
    /// </summary>
    internal ThemeLoadResult LoadTheme(string themeDirectory)
    {
        var full = Path.GetFullPath(themeDirectory).TrimEnd(Path.DirectorySeparatorChar);
        lock (_themeLock)
        {
            if (_theme is { } known && known.Folders[0] == full && known.Fingerprint == Fingerprint(known.Folders))
            {
                return known.Loaded;
            }

            var loaded = SiteTheme.Load(themeDirectory);
            var parent = Path.GetDirectoryName(full) ?? full;
            IReadOnlyList<string> folders = loaded.Theme is { } theme
                ? theme.Lineage.Select(name => Path.Combine(parent, name)).Prepend(full).Distinct(StringComparer.Ordinal).ToList()
                : [full];
            _theme = (Fingerprint(folders), folders, loaded);
            return loaded;
        }
    }

    /// <summary>The theme's assets and the part of the build key they and the templates make, once per loaded theme.</summary>
    internal (ThemeAssets Assets, string Key) AssetsOf(SiteTheme theme)
    {
        lock (_themeLock)
        {
            if (_themeAssets is { } known && ReferenceEquals(known.Theme, theme))
            {
                return (known.Assets, known.Key);
            }

            var assets = new ThemeAssets(theme);
            var key = ThemeKey(theme, assets.Files);
            _themeAssets = (theme, assets, key);
            return (assets, key);
        }
    }

    private static string Fingerprint(IEnumerable<string> folders)
    {
        var text = new StringBuilder();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var separator = Path.DirectorySeparatorChar;
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories)
                .Where(f => !f.FullName.Contains($"{separator}node_modules{separator}", StringComparison.Ordinal))
                .OrderBy(f => f.FullName, StringComparer.Ordinal))
            {
                text.Append(file.FullName).Append('|').Append(file.Length).Append('|').Append(file.LastWriteTimeUtc.Ticks).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The key shared by every page of a build: code version, options, theme and site view.</summary>
    internal static string BuildKey(RenderOptions options, string themeKey, object site)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{CodeVersion}\0{options.IncludeUnpublished}|{options.PageSize}|{options.CollectLinks}\0{themeKey}\0"));
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(site, site.GetType(), Json));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>What the theme contributes to the build key: every template's and text table's source and every asset's bytes.</summary>
    internal static string ThemeKey(SiteTheme theme, IEnumerable<Writing.OutputFile> themeAssets)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        foreach (var template in theme.Layouts.Values.Concat(theme.Partials.Values).OrderBy(t => t.DisplayPath, StringComparer.Ordinal))
        {
            Add(template.DisplayPath);
            Add(template.Source);
        }

        foreach (var table in theme.Text.Files)
        {
            Add(table.DisplayPath);
            Add(table.Source);
        }

        foreach (var asset in themeAssets.OrderBy(a => a.Path, StringComparer.Ordinal))
        {
            Add(asset.Path);
            hash.AppendData(asset.Content.Span);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The key of one page, or null when its view cannot be described (then it is always rendered).</summary>
    internal static string? PageKey(string buildKey, string url, string layout, object meta, object view, MarkdownResult? body)
    {
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(Encoding.UTF8.GetBytes($"{buildKey}\0{url}\0{layout}\0{body?.Headings.Count}\0{body?.HasExternalLinks}\0"));
            AppendJson(hash, meta);
            hash.AppendData([0]);
            AppendJson(hash, view);
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or JsonException)
        {
            return null;
        }
    }

    // One buffer per thread for the JSON a key is hashed from: a listing's view can run to
    // hundreds of kilobytes, and a fresh array per page would land on the large object heap.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_json;

    private static void AppendJson(IncrementalHash hash, object value)
    {
        var buffer = t_json ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonSerializer.Serialize(writer, value, value.GetType(), Json);
        }

        hash.AppendData(buffer.WrittenSpan);
    }

    internal bool TryGetPage(string key, out ReadOnlyMemory<byte> html)
    {
        if (_pages.TryGet(key, out html))
        {
            Interlocked.Increment(ref _hits);
            return true;
        }

        Interlocked.Increment(ref _misses);
        return false;
    }

    internal void PutPage(string key, ReadOnlyMemory<byte> html) => _pages.Put(key, html);
}

internal interface IPageStore
{
    void BeginBuild();

    bool TryGet(string key, out ReadOnlyMemory<byte> html);

    void Put(string key, ReadOnlyMemory<byte> html);

    void EndBuild();
}

/// <summary>Pages kept in memory, forgotten when a build does not use them.</summary>
internal sealed class MemoryPageStore : IPageStore
{
    private readonly EvictingCache<string, ReadOnlyMemory<byte>> _pages = new(StringComparer.Ordinal);

    public void BeginBuild() => _pages.BeginBuild();

    public bool TryGet(string key, out ReadOnlyMemory<byte> html) => _pages.TryGet(key, out html);

    public void Put(string key, ReadOnlyMemory<byte> html) => _pages.Put(key, html);

    public void EndBuild() => _pages.EndBuild();
}

/// <summary>One file per page, named by its key, under <c>pages/</c>; unused files are deleted after each build.</summary>
internal sealed class DiskPageStore(string directory) : IPageStore
{
    private readonly KeyedFiles _pages = new(Path.Combine(Path.GetFullPath(directory), "pages"), ".html");
    private ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);

    public void BeginBuild() => _used = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);

    public bool TryGet(string key, out ReadOnlyMemory<byte> html)
    {
        _used.TryAdd(key, 0);
        var found = _pages.TryRead(key, out var bytes);
        html = bytes;
        return found;
    }

    public void Put(string key, ReadOnlyMemory<byte> html)
    {
        _used.TryAdd(key, 0);
        _pages.Write(key, html);
    }

    public void EndBuild() => _pages.DeleteAllBut(_used.ContainsKey);
}
