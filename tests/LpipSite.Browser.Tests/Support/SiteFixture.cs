using System.Diagnostics;
using Microsoft.Playwright;
using LpipSite.Testing;

namespace LpipSite.Browser.Tests.Support;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Built sites in Chromium";
}

/// <summary>
/// Shared by every browser test: builds the shipped site, the full fixture and the XSS fixture
/// once, serves each on loopback with netlify.toml's headers, starts the Nu Html Checker on
/// their output in the background, and launches one headless Chromium (Debian's, never a
/// downloaded one). If Chromium cannot start, every test in the collection fails with the reason.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly string _workRoot = Path.Combine(Path.GetTempPath(), "lpip-browser-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, BuiltSite> _sites = new(StringComparer.Ordinal);
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public IReadOnlyList<HeaderRule> HeaderRules { get; } = NetlifyHeaders.Load();

    public sealed record AxePageResult(int Status, IReadOnlyList<AxeViolation> Violations);

/// <summary>The Nu Html Checker's JSON report on every built site, computed while the browser tests run.</summary>
    public Task<HtmlCheckerRun> HtmlChecker { get; private set; } = null!;

    /// <summary>A folder with one invalid HTML file, checked with the sites so a silent checker cannot pass.</summary>
    public string HtmlCheckerControl { get; private set; } = null!;

    public BuiltSite Shipped => _sites["shipped"];

    public BuiltSite Full => _sites["full"];


    public IEnumerable<BuiltSite> Sites => _sites.Values;

    public BuiltSite Site(string name) => _sites[name];

    /// <summary>
    /// The XSS corpora: this suite's own (tests/fixtures/sites/xss-browser) and, when present, the
    /// shared one (tests/fixtures/sites/xss).
    /// </summary>
    public static IReadOnlyList<string> XssFixtureNames { get; } =
        Directory.Exists(BuiltSite.ContentOf("xss")) ? ["xss-browser", "xss"] : ["xss-browser"];

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("LPIP_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_workRoot);
        var builds = new[] { "shipped", "full" }.Concat(XssFixtureNames)
            .Select(name => BuiltSite.BuildAndServeAsync(name, _workRoot, HeaderRules))
            .ToList();
        foreach (var site in await Task.WhenAll(builds))
        {
            _sites[site.Name] = site;
        }

        // One run of the checker for every site and a control page that must fail (see HtmlValidityTests).
        HtmlCheckerControl = Path.Combine(_workRoot, "vnu-control");
        Directory.CreateDirectory(HtmlCheckerControl);
        await File.WriteAllTextAsync(Path.Combine(HtmlCheckerControl, "invalid.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div></p></span></body></html>");
        HtmlChecker = Task.Run(() => HtmlCheckerRun.Run([.. _sites.Values.Select(s => s.Output), HtmlCheckerControl]));
        Browser = await LaunchChromiumAsync();
    }

    private async Task<IBrowser> LaunchChromiumAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. Install Debian's chromium (apt-get install -y chromium; scripts/test.sh does this) or set LPIP_CHROMIUM.");
        }

        try
        {
            _playwright = await Playwright.CreateAsync();
            return await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
                Timeout = 60_000,
            });
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException)
        {
            throw new InvalidOperationException($"Chromium at {ChromiumPath} could not be started through Playwright: {e.Message}", e);
        }
    }

    private readonly object _axeLock = new();
    private Dictionary<(string Site, string Path), Task<AxePageResult>>? _axeRuns;

    /// <summary>
    /// axe-core's result for one sample page. The first call starts every sample (three pages at a
    /// time, in one context with axe-core installed) so the theory's cases share the work; each
    /// case then reports its own page.
    /// </summary>
    public Task<AxePageResult> AxeResultAsync(string site, string path)
    {
        lock (_axeLock)
        {
            if (_axeRuns is null)
            {
                var context = Browser.NewContextAsync();
                var installed = context.ContinueWith(async c => { await Axe.InstallAsync(await c); return await c; }, TaskScheduler.Default).Unwrap();
                var gate = new SemaphoreSlim(3);
                _axeRuns = PageSamples.All()
                    .Select(row => ((string)row[0], (string)row[1]))
                    .ToDictionary(key => key, key => RunAxeAsync(installed, gate, key.Item1, key.Item2));
            }

            return _axeRuns[(site, path)];
        }
    }

    private async Task<AxePageResult> RunAxeAsync(Task<IBrowserContext> context, SemaphoreSlim gate, string site, string path)
    {
        await gate.WaitAsync();
        try
        {
            var page = await (await context).NewPageAsync();
            try
            {
                var response = await page.GotoAsync(Site(site).Url(path));
                await PageSamples.WaitUntilReadyAsync(page, path);
                return new AxePageResult(response?.Status ?? 0, await Axe.RunAsync(page));
            }
            finally
            {
                await page.CloseAsync();
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A fresh browser context (own cookies and storage) for one test.</summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null) =>
        Browser.NewContextAsync(options ?? new BrowserNewContextOptions());

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        foreach (var site in _sites.Values)
        {
            await site.DisposeAsync();
        }

        if (HtmlChecker is not null)
        {
            try
            {
                await HtmlChecker;
            }
            catch (InvalidOperationException)
            {
            }
        }

        try
        {
            Directory.Delete(_workRoot, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public sealed record AxePageResult(int Status, IReadOnlyList<AxeViolation> Violations);

/// <summary>The Nu Html Checker (vnu.jar from the npm package vnu-jar, pinned in tests/package.json) on folders of HTML.</summary>
public sealed record HtmlCheckerRun(int ExitCode, string Json, string Stderr, TimeSpan Elapsed, IReadOnlyList<string> Folders)
{
    public static string JarPath => Path.Combine(RepositoryRoot.Path, "tests", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static HtmlCheckerRun Run(IReadOnlyList<string> folders)
    {
        if (!File.Exists(JarPath))
        {
            throw new InvalidOperationException($"vnu.jar is missing at {JarPath}: run `npm ci --prefix tests` (scripts/test.sh does).");
        }

        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-jar", JarPath, "--errors-only", "--format", "json", "--skip-non-html" }.Concat(folders))
        {
            start.ArgumentList.Add(arg);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("java could not be started (Java 17 is needed for the Nu Html Checker)");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the Nu Html Checker did not finish within 5 minutes");
        }

        // With --format json the report goes to stderr.
        return new HtmlCheckerRun(process.ExitCode, stderr.Result.Length > 0 ? stderr.Result : stdout.Result, stderr.Result, watch.Elapsed, folders);
    }
}
