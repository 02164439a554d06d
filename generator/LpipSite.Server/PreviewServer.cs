using System.Diagnostics;
using System.Net;
using System.Text;
using System.Threading.Channels;
using LpipSite.Core.Build;
using LpipSite.Core.Writing;
using LpipSite.Core.Caching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LpipSite.Server;

/// <summary>How <c>lpip serve</c> runs.</summary>
public sealed record ServeOptions
{
    public required BuildOptions Build { get; init; }

    /// <summary>The address to listen on; loopback by default (the preview is for the person at the keyboard).</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; } = 8080;

    /// <summary>Changes closer together than this are rebuilt once.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(40);

    /// <summary>Where progress lines go (the terminal).</summary>
    public Action<string>? Log { get; init; }
}

/// <summary>The port is taken by another program.</summary>
public sealed class PortInUseException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// The preview server: builds the site into memory, serves it with Kestrel, watches content and
/// theme, rebuilds on change (reusing every page whose inputs did not change) and tells open pages
/// to reload over Server-Sent Events. A content error keeps the last good pages and shows the
/// problems on every page until they are fixed.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly ServeOptions _options;
    private readonly RenderCache _cache = RenderCache.InMemory();
    private readonly Core.Caching.LoadCache _loadCache = new();
    private readonly Core.Caching.SearchIndexCache _searchCache = new();
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly List<Channel<string>> _listeners = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _debounce;
    private WebApplication? _app;
    private Task? _loop;
    private volatile PreviewSnapshot _snapshot = PreviewSnapshot.Empty;
    private readonly PendingChanges _pending = new();

    private PreviewServer(ServeOptions options)
    {
        _options = options;
        _debounce = new Timer(_ => _changes.Writer.TryWrite(true));
    }

    /// <summary>The address the server listens on, e.g. <c>http://127.0.0.1:8080/</c>.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Browser tabs listening for reloads now.</summary>
    public int OpenEventStreams
    {
        get
        {
            lock (_listeners)
            {
                return _listeners.Count;
            }
        }
    }

    /// <summary>What is being served now.</summary>
    public PreviewSnapshot Current => _snapshot;

    /// <summary>Raised after every rebuild (successful or not), once the new snapshot is served.</summary>
    public event Action<PreviewSnapshot, TimeSpan>? Rebuilt;

    /// <summary>Raised when the pages of edited files are served ahead of the rest of a rebuild.</summary>
    public event Action<PreviewSnapshot, TimeSpan>? EditedPagesServed;

    /// <summary>Builds the site, starts listening and watching. Throws <see cref="PortInUseException"/> when the port is taken.</summary>
    public static async Task<PreviewServer> StartAsync(ServeOptions options, CancellationToken cancellationToken = default)
    {
        var server = new PreviewServer(options);
        await server.StartCoreAsync(cancellationToken).ConfigureAwait(false);
        return server;
    }

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        var address = _options.Host is "localhost" ? IPAddress.Loopback : IPAddress.Parse(_options.Host);
        builder.WebHost.ConfigureKestrel(k => k.Listen(address, _options.Port));
        _app = builder.Build();
        _app.Run(HandleAsync);

        Rebuild();
        try
        {
            await _app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
            _app = null;
            throw new PortInUseException($"cannot listen on {_options.Host}:{_options.Port}: the port is already in use (choose another with --port)", e);
        }

        var bound = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(bound.EndsWith('/') ? bound : bound + "/");
        Watch(_options.Build.ContentDirectory);
        Watch(_options.Build.ThemeDirectory);
        _loop = Task.Run(RebuildLoopAsync);
    }

    /// <summary>Stops listening and watching; open event streams end.</summary>
    public async Task StopAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        await _debounce.DisposeAsync().ConfigureAwait(false);
        _changes.Writer.TryComplete();
        lock (_listeners)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryComplete();
            }
        }

        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }

        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    // ---- Building ---------------------------------------------------------------------------

    /// <summary>
    /// Rebuilds now (the watcher calls this after a quiet period) and tells open pages. When only
    /// content files were edited, their own pages are rendered and served first, so the page being
    /// edited comes back at once; the listings, facets, feeds and search index that show it follow
    /// when the rest of the rebuild is done.
    /// </summary>
    public PreviewSnapshot Rebuild()
    {
        var edited = _pending.Take();
        var watch = Stopwatch.StartNew();
        var options = _options.Build with { Cache = _cache, LoadCache = _loadCache, SearchCache = _searchCache };
        var writer = new MemorySiteWriter();
        BuildResult result;
        try
        {
            var diagnostics = new Core.Diagnostics.DiagnosticBag();
            var timings = new StageTimings();
            var model = ContentPipeline.LoadModel(options, diagnostics, timings);
            if (model is null)
            {
                result = new BuildResult(diagnostics.Sorted(), [], timings, null);
            }
            else
            {
                if (edited is { Count: > 0 } && _snapshot is { Version: > 0, HasErrors: false })
                {
                    ServeEditedPages(model, options, edited, watch.Elapsed);
                }

                result = SiteBuilder.Complete(model, options, writer, diagnostics, timings);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var failed = new Core.Diagnostics.Diagnostic(
                Core.Diagnostics.SourceLocation.File(_options.Build.ContentDirectory), Core.Diagnostics.Severity.Error, "LPIP9999", "internal error while building: " + e.Message);
            result = new BuildResult([failed], [], new StageTimings(), null);
        }

        var previous = _snapshot;
        var snapshot = result.Succeeded
            ? new PreviewSnapshot(previous.Version + 1, writer.Files, PreviewSnapshot.ParseRedirects(writer.Files.TryGetValue("_redirects", out var r) ? r : null), result.Diagnostics)
            : previous with { Version = previous.Version + 1, Diagnostics = result.Diagnostics };
        _snapshot = snapshot;
        var elapsed = watch.Elapsed;
        var errors = result.Diagnostics.Count(d => d.Severity == Core.Diagnostics.Severity.Error);
        _options.Log?.Invoke(result.Succeeded
            ? $"Built {result.PageCount} pages in {elapsed.TotalMilliseconds:0} ms ({_cache.Misses} rendered, {_cache.Hits} reused; {result.Timings})."
            : $"Build failed with {errors} error{(errors == 1 ? string.Empty : "s")}; still serving the last good site.");
        if (!result.Succeeded)
        {
            foreach (var d in result.Diagnostics)
            {
                _options.Log?.Invoke("  " + d.Format());
            }
        }

        Broadcast(snapshot.Version, ChangedPaths.Between(previous, snapshot));
        Rebuilt?.Invoke(snapshot, elapsed);
        return snapshot;
    }

    private void ServeEditedPages(Core.Model.SiteModel model, BuildOptions options, IReadOnlySet<string> edited, TimeSpan started)
    {
        var watch = Stopwatch.StartNew();
        var pages = SiteBuilder.RenderPagesOf(model, options, edited);
        if (pages is not { Count: > 0 })
        {
            return;
        }

        var previous = _snapshot;
        var files = new Dictionary<string, ReadOnlyMemory<byte>>(previous.Files, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            files[page.Path] = page.Content;
        }

        var snapshot = previous with { Version = previous.Version + 1, Files = files };
        _snapshot = snapshot;
        var elapsed = started + watch.Elapsed;
        _options.Log?.Invoke($"Served the edited page{(pages.Count == 1 ? string.Empty : "s")} in {elapsed.TotalMilliseconds:0} ms; rebuilding the pages that show {(pages.Count == 1 ? "it" : "them")}.");
        Broadcast(snapshot.Version, ChangedPaths.Between(previous, snapshot));
        EditedPagesServed?.Invoke(snapshot, elapsed);
    }

    private async Task RebuildLoopAsync()
    {
        try
        {
            while (await _changes.Reader.WaitToReadAsync(_stopping.Token).ConfigureAwait(false))
            {
                _changes.Reader.TryRead(out _);
                Rebuild();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Watch(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        var watcher = new FileSystemWatcher(Path.GetFullPath(directory))
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        void Changed(object? sender, EventArgs e)
        {
            if (e is FileSystemEventArgs { FullPath: var path } && path.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                return;
            }

            _pending.Record(e, _options.Build.ContentDirectory);

            try
            {
                _debounce.Change(_options.Debounce, Timeout.InfiniteTimeSpan);
            }
            catch (ObjectDisposedException)
            {
            }
        }

        watcher.Changed += Changed;
        watcher.Created += Changed;
        watcher.Deleted += Changed;
        watcher.Renamed += Changed;
        watcher.Error += (_, _) => Changed(null, EventArgs.Empty);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    // ---- Events -----------------------------------------------------------------------------

    private void Broadcast(int version, IReadOnlyList<string> paths)
    {
        var message = $"event: reload\ndata: {System.Text.Json.JsonSerializer.Serialize(new ReloadMessage(version, paths), ReloadMessage.Json)}\n\n";
        lock (_listeners)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(message);
            }
        }
    }

    private async Task EventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>();
        lock (_listeners)
        {
            _listeners.Add(channel);
        }

        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            await response.WriteAsync($"retry: 500\nevent: hello\ndata: {_snapshot.Version}\n\n", linked.Token).ConfigureAwait(false);
            await response.Body.FlushAsync(linked.Token).ConfigureAwait(false);
            await foreach (var message in channel.Reader.ReadAllAsync(linked.Token).ConfigureAwait(false))
            {
                await response.WriteAsync(message, linked.Token).ConfigureAwait(false);
                await response.Body.FlushAsync(linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            lock (_listeners)
            {
                _listeners.Remove(channel);
            }
        }
    }

    // ---- Serving ----------------------------------------------------------------------------

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var path = request.Path.Value is { Length: > 0 } p ? p : "/";
        var snapshot = _snapshot;
        if (path.StartsWith(PreviewPages.Prefix, StringComparison.Ordinal))
        {
            await ServeInternalAsync(context, path, snapshot).ConfigureAwait(false);
            return;
        }

        if (snapshot.Redirects.TryGetValue(path, out var target) || (!path.EndsWith('/') && snapshot.Redirects.TryGetValue(path + "/", out target)))
        {
            Redirect(response, target + request.QueryString);
            return;
        }

        var relative = path.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }
        else if (!snapshot.Files.ContainsKey(relative) && snapshot.Files.ContainsKey(relative + "/index.html"))
        {
            Redirect(response, path + "/" + request.QueryString);
            return;
        }

        if (relative.Contains("..", StringComparison.Ordinal) || !snapshot.Files.TryGetValue(relative, out var content))
        {
            response.StatusCode = StatusCodes.Status404NotFound;

            // A translated edition's addresses (/cy/…) get its own 404 page, as _redirects says for Netlify.
            var slash = relative.IndexOf('/', StringComparison.Ordinal);
            var notFoundPath = slash > 0 && snapshot.Files.ContainsKey(relative[..slash] + "/404.html") ? relative[..slash] + "/404.html" : "404.html";
            if (snapshot.Files.TryGetValue(notFoundPath, out var notFound))
            {
                await WriteAsync(context, notFoundPath, notFound, snapshot).ConfigureAwait(false);
            }
            else
            {
                await WriteHtmlAsync(context, PreviewPages.Decorate(PreviewPages.ErrorPage(snapshot.Diagnostics), snapshot.Diagnostics)).ConfigureAwait(false);
            }

            return;
        }

        await WriteAsync(context, relative, content, snapshot).ConfigureAwait(false);
    }

    private static void Redirect(HttpResponse response, string location)
    {
        response.StatusCode = StatusCodes.Status301MovedPermanently;
        response.Headers.Location = location;
    }

    private async Task ServeInternalAsync(HttpContext context, string path, PreviewSnapshot snapshot)
    {
        switch (path)
        {
            case PreviewPages.EventsPath:
                await EventsAsync(context).ConfigureAwait(false);
                break;
            case PreviewPages.ReloadScriptPath:
                context.Response.ContentType = "text/javascript; charset=utf-8";
                await context.Response.WriteAsync(PreviewPages.ReloadScript).ConfigureAwait(false);
                break;
            case PreviewPages.OverlayStylePath:
                context.Response.ContentType = "text/css; charset=utf-8";
                await context.Response.WriteAsync(PreviewPages.OverlayStyle).ConfigureAwait(false);
                break;
            case PreviewPages.ErrorsPath:
                await WriteHtmlAsync(context, PreviewPages.Decorate(PreviewPages.ErrorPage(snapshot.Diagnostics), snapshot.Diagnostics)).ConfigureAwait(false);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private static async Task WriteAsync(HttpContext context, string relative, ReadOnlyMemory<byte> content, PreviewSnapshot snapshot)
    {
        if (relative.EndsWith(".html", StringComparison.Ordinal))
        {
            await WriteHtmlAsync(context, PreviewPages.Decorate(Encoding.UTF8.GetString(content.Span), snapshot.Diagnostics)).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = ContentTypeOf(relative);
        context.Response.ContentLength = content.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(content).ConfigureAwait(false);
        }
    }

    private static async Task WriteHtmlAsync(HttpContext context, string html)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes).ConfigureAwait(false);
        }
    }

    /// <summary>The Content-Type for a file, with a UTF-8 charset for text.</summary>
    public static string ContentTypeOf(string path)
    {
        if (path.EndsWith("_redirects", StringComparison.Ordinal))
        {
            return "text/plain; charset=utf-8";
        }

        var type = ContentTypes.TryGetContentType(path, out var found) ? found : "application/octet-stream";
        if (type == "application/javascript")
        {
            type = "text/javascript";
        }

        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml" or "image/svg+xml" or "application/rss+xml" or "application/atom+xml"
            ? type + "; charset=utf-8"
            : type;
    }
}
