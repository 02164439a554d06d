using System.Diagnostics;
using LpipSite.Core.Build;
using LpipSite.Core.Output;
using LpipSite.Testing;

var n = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1000;
var root = Path.Combine(Path.GetTempPath(), "lpip-bench-serve", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
if (!Directory.Exists(root)) { SyntheticCorpus.Write(Path.Combine(root, "content"), n); }
var theme = Path.GetFullPath("themes/default");
var options = new BuildOptions { ContentDirectory = Path.Combine(root, "content"), ThemeDirectory = theme, Today = new DateOnly(2026, 11, 25) };
for (var i = 0; i < 3; i++)
{
    var w = Stopwatch.StartNew();
    var r = SiteBuilder.Build(options, new MemorySiteWriter());
    Console.WriteLine($"{n}: full {w.ElapsedMilliseconds} ms; {r.Timings}; ok={r.Succeeded} files={r.Files.Count}");
}
var cache = LpipSite.Core.Rendering.Caching.RenderCache.InMemory();
var cached = options with { Cache = cache };
for (var i = 0; i < 3; i++)
{
    var w = Stopwatch.StartNew();
    var r = SiteBuilder.Build(cached, new MemorySiteWriter());
    Console.WriteLine($"{n}: cached {w.ElapsedMilliseconds} ms; {r.Timings}; hits={cache.Hits} misses={cache.Misses}");
}
