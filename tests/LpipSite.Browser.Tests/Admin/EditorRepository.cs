using System.Globalization;
using LpipSite.Browser.Tests.Support;
using LpipSite.Testing;

namespace LpipSite.Browser.Tests.Admin;

/// <summary>
/// A copy of the shipped content in a temporary "repository" (a folder holding content/), built by
/// the real CLI and served on loopback with netlify.toml's headers, with decap-server running over
/// it as the editor's local backend: what scripts/edit.sh gives an editor, with the built site
/// served statically instead of by lpip serve. The shipped content is the one with a Welsh edition
/// (no fixture site lists `languages: [en, cy]`).
/// </summary>
public sealed class EditorRepository : IAsyncLifetime
{
    public const string Today = "2026-11-25";

    private readonly TemporaryFolder _root = new("lpip-editor");

    public string Repository => Path.Combine(_root.Path, "repository");

    public string Content => Path.Combine(Repository, "content");

    public string Output => Path.Combine(_root.Path, "_site");

    public DecapServer Decap { get; private set; } = null!;

    public StaticSiteServer Site { get; private set; } = null!;

    /// <summary>The origins the editor may talk to: the static site and decap-server.</summary>
    public IReadOnlyList<string> Origins => [Site.BaseAddress.GetLeftPart(UriPartial.Authority), $"http://localhost:{Decap.Port}"];

    public string Url(string path) => new Uri(Site.BaseAddress, path).ToString();

    public string PathOf(string contentPath) => Path.Combine(Content, contentPath.Replace('/', Path.DirectorySeparatorChar));

    public async Task InitializeAsync()
    {
        Folders.Copy(RepositoryRoot.Content, Content);
        var build = await Task.Run(() => Lpip.Run(RepositoryRoot.Path, "build", "--content", Content, "--theme", RepositoryRoot.DefaultTheme, "--output", Output, "--today", Today, "--quiet"));
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"lpip build of the editor's copy failed with exit code {build.ExitCode}:\n{build.Stderr}\n{build.Stdout}");
        }

        Decap = await DecapServer.StartAsync(Repository);

        // `local_backend: true` means decap-server on port 8081; this one has a free port.
        var config = Path.Combine(Output, "admin", "config.yml");
        if (!File.Exists(config))
        {
            throw new InvalidOperationException("lpip build wrote no admin/config.yml: the web editor is missing from the build");
        }

        var yaml = await File.ReadAllTextAsync(config);
        const string LocalBackend = "\nlocal_backend: true\n";
        if (!yaml.Contains(LocalBackend, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("admin/config.yml has no line `local_backend: true` to point at the test's decap-server:\n" + yaml);
        }

        await File.WriteAllTextAsync(config, yaml.Replace(LocalBackend, $"\nlocal_backend:\n  url: \"{Decap.ApiUrl}\"\n", StringComparison.Ordinal));
        Site = await StaticSiteServer.StartAsync(Output, WithLocalBackend(NetlifyHeaders.Load(), $"http://localhost:{Decap.Port}"));
    }

    /// <summary>
    /// netlify.toml's rules, with the local backend's origin added to connect-src where /admin/ gets
    /// a policy. Netlify never serves the editor with a local backend (Decap looks for one only on
    /// localhost, which lpip serve serves without these headers), so the file does not list it.
    /// </summary>
    public static IReadOnlyList<HeaderRule> WithLocalBackend(IReadOnlyList<HeaderRule> rules, string origin) =>
        rules.Select(rule => rule.Matches("/admin/") && rule.Values.TryGetValue("Content-Security-Policy", out var policy)
                ? rule with
                {
                    Values = new Dictionary<string, string>(rule.Values, StringComparer.OrdinalIgnoreCase)
                    {
                        ["Content-Security-Policy"] = string.Join("; ", policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                            .Select(d => d.StartsWith("connect-src ", StringComparison.Ordinal) ? d + " " + origin : d)),
                    },
                }
                : rule)
            .ToList();

    /// <summary>`lpip check` over the copy, as a contributor runs it before a pull request.</summary>
    public LpipRun Check() =>
        Lpip.Run(RepositoryRoot.Path, "check", "--content", Content, "--theme", RepositoryRoot.DefaultTheme, "--today", Today);

    /// <summary>`lpip build` of the copy into a new folder.</summary>
    public LpipRun Build() =>
        Lpip.Run(RepositoryRoot.Path, "build", "--content", Content, "--theme", RepositoryRoot.DefaultTheme, "--output", Path.Combine(_root.Path, "rebuilt-" + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture)), "--today", Today, "--quiet");

    /// <summary>Waits for a file decap-server writes (it answers before the browser moves on, but the UI is asynchronous).</summary>
    public async Task<string> WaitForFileAsync(string contentPath, Func<string, bool>? until = null)
    {
        var path = PathOf(contentPath);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            if (File.Exists(path))
            {
                var text = await File.ReadAllTextAsync(path);
                if (until is null || Holds(until, text))
                {
                    return text;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{contentPath} was not written as expected within 20 s. decap-server said:\n{Decap.Output}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Whether a file's text is as expected; a file caught half written is not yet.</summary>
    private static bool Holds(Func<string, bool> until, string text)
    {
        try
        {
            return until(text);
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return false;
        }
    }

    public async Task DisposeAsync()
    {
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }

        Decap?.Dispose();
        _root.Dispose();
    }
}
