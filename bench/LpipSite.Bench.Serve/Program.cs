using System.Diagnostics;
using System.Globalization;
using LpipSite.Core.Build;
using LpipSite.Core.Writing;
using LpipSite.Core.Caching;
using LpipSite.Server;
using LpipSite.Testing;

// Usage: dotnet run -c Release --project bench/LpipSite.Bench.Serve -- [case studies...]   (default: 1000 10000)
// For each size: (1) lpip serve: save a case study, time until the new page is served over HTTP;
// (2) lpip build: clean build vs an incremental build after one edit (.lpip-cache on disk).
// Or: -- --rebuilds N ROUNDS: in process and without HTTP, the stage times of ROUNDS warm rebuilds after
// one edit each, as the preview server runs them (for profiling, e.g. under dotnet-trace).
var theme = Path.GetFullPath(Path.Combine(LpipSite.Testing.RepositoryRoot.Path, "themes", "default"));
if (args.Length == 3 && args[0] == "--rebuilds")
{
    Rebuilds(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture), theme);
    return;
}

var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1000, 10000];
Console.WriteLine($"{Environment.ProcessorCount} processors, .NET {Environment.Version}");
foreach (var n in sizes)
{
    var root = Path.Combine(Path.GetTempPath(), "lpip-bench-serve", n.ToString(CultureInfo.InvariantCulture));
    if (Directory.Exists(root))
    {
        Directory.Delete(root, recursive: true);
    }

    var content = Path.Combine(root, "content");
    SyntheticCorpus.Write(content, n);
    var options = new BuildOptions { ContentDirectory = content, ThemeDirectory = theme, Today = new DateOnly(2026, 11, 25) };
    await Serve(n, options);
    Build(n, root, options);
}

static async Task Serve(int n, BuildOptions options)
{
    var start = Stopwatch.StartNew();
    await using var server = await PreviewServer.StartAsync(new ServeOptions { Build = options, Port = 0, Log = Environment.GetEnvironmentVariable("BENCH_VERBOSE") == "1" ? Console.WriteLine : null });
    Console.WriteLine($"{n,6} case studies: serve started (first build) in {start.ElapsedMilliseconds} ms");
    using var http = new HttpClient();
    var file = Path.Combine(options.ContentDirectory, "case-studies", "case-study-7.md");
    var original = await File.ReadAllTextAsync(file);

    // The whole rebuild is done when the server says so (Rebuilt), after the edited page was served.
    var rebuilt = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
    server.Rebuilt += (_, _) => rebuilt.TrySetResult(TimeSpan.Zero);
    var page = new List<double>();
    var whole = new List<double>();
    for (var round = 0; round < 6; round++)
    {
        var marker = $"Edited title {round}";
        var edited = original.Replace("title: Case study 7 ", $"title: {marker} ", StringComparison.Ordinal);
        rebuilt = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var watch = Stopwatch.StartNew();
        await File.WriteAllTextAsync(file, edited);
        while (true)
        {
            var html = await http.GetStringAsync(new Uri(server.Address, "/case-studies/case-study-7/"));
            if (html.Contains(marker, StringComparison.Ordinal))
            {
                break;
            }

            if (watch.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("the edit was not served within 60 s");
            }

            await Task.Delay(2);
        }

        page.Add(watch.Elapsed.TotalMilliseconds);
        await rebuilt.Task.WaitAsync(TimeSpan.FromSeconds(120));
        whole.Add(watch.Elapsed.TotalMilliseconds);
        await Task.Delay(200);
    }

    await File.WriteAllTextAsync(file, original);
    static string Summary(List<double> times)
    {
        var warm = times.Skip(1).Order().ToList();
        return $"median {warm[warm.Count / 2]:0} ms, best {warm[0]:0} ms, first {times[0]:0} ms";
    }

    Console.WriteLine($"{n,6} case studies: save → edited page served: {Summary(page)}; save → whole site rebuilt (listings, facets, search index): {Summary(whole)} (6 edits)");
}

static void Build(int n, string root, BuildOptions options)
{
    var output = Path.Combine(root, "_site");
    var cacheDir = Path.Combine(root, ".lpip-cache");
    if (Directory.Exists(cacheDir))
    {
        Directory.Delete(cacheDir, recursive: true);
    }

    // Best of three for each, as this machine is shared: a clean build (no cache), and a build with
    // .lpip-cache after editing one case study (a different title each time).
    var clean = new List<(double Total, TimeSpan Render)>();
    for (var i = 0; i < 3; i++)
    {
        var watch = Stopwatch.StartNew();
        var r = SiteBuilder.Build(options, new AtomicSiteWriter(output));
        clean.Add((watch.Elapsed.TotalMilliseconds, r.Timings.Stages.First(s => s.Stage == "render").Elapsed));
    }

    // As `lpip build` does with the cache on: unchanged files are hard-linked from the previous _site/.
    var cached = options with { Cache = RenderCache.OnDisk(cacheDir) };
    var manifest = Path.Combine(cacheDir, "site-manifest.tsv");
    SiteBuilder.Build(cached, new AtomicSiteWriter(output, manifest));
    var file = Path.Combine(options.ContentDirectory, "case-studies", "case-study-11.md");
    var original = File.ReadAllText(file);
    var incremental = new List<(double Total, TimeSpan Render, string Timings)>();
    for (var i = 0; i < 3; i++)
    {
        File.WriteAllText(file, original.Replace("title: Case study 11 ", $"title: Retitled {i} case study 11 ", StringComparison.Ordinal));
        var watch = Stopwatch.StartNew();
        var r = SiteBuilder.Build(cached, new AtomicSiteWriter(output, manifest));
        incremental.Add((watch.Elapsed.TotalMilliseconds, r.Timings.Stages.First(s => s.Stage == "render").Elapsed, r.Timings.ToString()));
    }

    File.WriteAllText(file, original);
    var bestClean = clean.MinBy(c => c.Total);
    var bestIncremental = incremental.MinBy(c => c.Total);
    Console.WriteLine($"{n,6} case studies: lpip build clean {bestClean.Total:0} ms (render {bestClean.Render.TotalMilliseconds:0} ms); " +
        $"after one edit with .lpip-cache {bestIncremental.Total:0} ms (render {bestIncremental.Render.TotalMilliseconds:0} ms; " +
        $"{cached.Cache!.Misses} pages rendered, {cached.Cache.Hits} reused): {bestClean.Total / bestIncremental.Total:0.0}x faster overall, " +
        $"{bestClean.Render / bestIncremental.Render:0.0}x in render; stages {bestIncremental.Timings}");
}

static void Rebuilds(int n, int rounds, string theme)
{
    // Per checkout, so that rebuilds in two worktrees do not edit each other's corpus.
    var checkout = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(LpipSite.Testing.RepositoryRoot.Path)))[..8];
    var content = Path.Combine(Path.GetTempPath(), "lpip-bench-rebuilds", checkout, n.ToString(CultureInfo.InvariantCulture), "content");
    if (!Directory.Exists(content))
    {
        SyntheticCorpus.Write(content, n);
    }

    var options = new BuildOptions
    {
        ContentDirectory = content,
        ThemeDirectory = theme,
        Today = new DateOnly(2026, 11, 25),
        Cache = RenderCache.InMemory(),
        LoadCache = new LpipSite.Core.Caching.LoadCache(),
        SearchCache = new LpipSite.Core.Caching.SearchIndexCache(),
    };
    var first = Stopwatch.StartNew();
    var firstResult = SiteBuilder.Build(options, new MemorySiteWriter());
    Console.WriteLine($"first build {first.ElapsedMilliseconds} ms");
    foreach (var error in firstResult.Diagnostics.Where(d => d.Severity == LpipSite.Core.Diagnostics.Severity.Error).Take(5))
    {
        Console.WriteLine(error);
    }

    var file = Path.Combine(content, "case-studies", "case-study-7.md");
    var original = File.ReadAllText(file);
    for (var round = 0; round < rounds; round++)
    {
        File.WriteAllText(file, original.Replace("title: Case study 7 ", $"title: Edited {round} case study 7 ", StringComparison.Ordinal));
        var watch = Stopwatch.StartNew();
        var result = SiteBuilder.Build(options, new MemorySiteWriter());
        Console.WriteLine($"rebuild {round + 1}: {watch.ElapsedMilliseconds} ms ({options.Cache.Misses} pages rendered, {options.Cache.BodiesRendered} bodies rendered, {options.SearchCache.DocumentMisses} search documents analysed); {result.Timings}");
    }

    File.WriteAllText(file, original);
}

