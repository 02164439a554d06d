using LpipSite.Testing;
namespace LpipSite.Browser.Tests.Support;

/// <summary>A site built by the real lpip CLI into a temporary folder and served on loopback.</summary>
public sealed class BuiltSite : IAsyncDisposable
{
    private BuiltSite(string name, string output, StaticSiteServer server)
    {
        Name = name;
        Output = output;
        Server = server;
    }

    public string Name { get; }

    public string Output { get; }

    public StaticSiteServer Server { get; }

    public Uri BaseAddress => Server.BaseAddress;

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    /// <summary>Every HTML page in the output as the site path a reader would use.</summary>
    public IReadOnlyList<string> PagePaths()
    {
        // Old addresses only send readers on (a meta refresh), so they are not pages to check.
        var redirects = Redirects.OldPaths(Output);
        return Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Where(p => !redirects.Contains(p))
            // The web editor is no reader's page: Admin/ tests it with its own policy.
            .Where(p => !p.StartsWith("/admin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The content folder of a fixture site: "shipped" is the repository's content/.</summary>
    public static string ContentOf(string name) =>
        name == "shipped" ? Path.Combine(RepositoryRoot.Path, "content") : Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "sites", name, "content");

    public static async Task<BuiltSite> BuildAndServeAsync(string name, string workRoot, IReadOnlyList<HeaderRule> rules)
    {
        var output = Path.Combine(workRoot, name, "_site");
        var run = await Task.Run(() => Lpip.Run(
            RepositoryRoot.Path,
            "build", "--content", ContentOf(name), "--theme", RepositoryRoot.DefaultTheme,
            "--output", output, "--today", "2026-11-25", "--quiet"));
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"lpip build of the '{name}' site failed with exit code {run.ExitCode}:\n{run.Stderr}\n{run.Stdout}");
        }

        var server = await StaticSiteServer.StartAsync(output, rules);
        return new BuiltSite(name, output, server);
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
