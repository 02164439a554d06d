using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LpipSite.Browser.Tests.Support;

/// <summary>
/// Serves a built site on 127.0.0.1 (a free port) the way Netlify does: a folder is its
/// index.html (a folder without its trailing slash is redirected), a missing file is a 404 page
/// with status 404, and every response carries the headers netlify.toml sets for its path. The 404
/// page is the one of the missing address's first folder when that folder has one (/cy/404.html
/// for /cy/…, as the built site's _redirects tells Netlify with "/cy/* /cy/404.html 404"), and the
/// site's 404.html otherwise.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;
    private readonly string _root;
    private readonly IReadOnlyList<HeaderRule> _rules;

    private StaticSiteServer(WebApplication app, string root, IReadOnlyList<HeaderRule> rules)
    {
        _app = app;
        _root = Path.GetFullPath(root);
        _rules = rules;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<StaticSiteServer> StartAsync(string root, IReadOnlyList<HeaderRule> rules)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new StaticSiteServer(app, root, rules);
        app.Run(server.ServeAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        foreach (var (name, value) in NetlifyHeaders.For(_rules, path))
        {
            context.Response.Headers[name] = value;
        }

        var full = Path.GetFullPath(Path.Combine(_root, path.TrimStart('/')));
        var inside = full.StartsWith(_root, StringComparison.Ordinal);
        if (inside && Directory.Exists(full))
        {
            if (!path.EndsWith('/'))
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = path + "/" + context.Request.QueryString;
                return;
            }

            full = Path.Combine(full, "index.html");
        }

        if (!inside || !File.Exists(full))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            full = NotFoundPage(path);
            if (!File.Exists(full))
            {
                return;
            }
        }

        context.Response.ContentType = ContentTypeOf(full);
        await context.Response.SendFileAsync(full);
    }

    /// <summary>The 404 page for a missing path: its first folder's 404.html if there is one, else the site's.</summary>
    private string NotFoundPage(string path)
    {
        var segments = path.TrimStart('/').Split('/', 2);
        if (segments.Length == 2 && segments[0].Length > 0)
        {
            var folderPage = Path.GetFullPath(Path.Combine(_root, segments[0], "404.html"));
            if (folderPage.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(folderPage))
            {
                return folderPage;
            }
        }

        return Path.Combine(_root, "404.html");
    }

    private static string ContentTypeOf(string file)
    {
        var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "image/svg+xml"
            ? type + "; charset=utf-8"
            : type;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
