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
/// index.html (a folder without its trailing slash is redirected), a missing file is 404.html
/// with status 404, and every response carries the headers netlify.toml sets for its path.
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
            full = Path.Combine(_root, "404.html");
            if (!File.Exists(full))
            {
                return;
            }
        }

        context.Response.ContentType = ContentTypeOf(full);
        await context.Response.SendFileAsync(full);
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
