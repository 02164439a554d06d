using System.Globalization;
using System.Text.RegularExpressions;
using LpipSite.Bench.Build;
using LpipSite.Testing;

// Side-by-side benchmark: the real `lpip build` (published Release, a fresh process per run) vs Hugo
// on the same synthetic Markdown, at several corpus sizes. See bench/README.md.
//   bench/setup.sh   # once: hugo, GNU time, the theme's npm packages
//   dotnet run -c Release --project bench/LpipSite.Bench.Build [-- --sizes 1000,10000 --runs 3 --shipped-runs 5 --no-related --output-root /dev/shm/lpip-bench]
// Other modes: --write-corpus DIR N (just the content); --profile CONTENT THEME RUNS [THREADS] (in-process stage timings, allocations, GC; THREADS 0: load, validate and model only).
if (args.Length == 3 && args[0] == "--write-corpus")
{
    SyntheticCorpus.Write(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
    return 0;
}

if (args.Length >= 4 && args[0] == "--profile")
{
    return Profile.Run(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture), args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : null);
}

int[] sizes = [1000, 10000];
int runs = 3, shippedRuns = 5;
bool related = true;
string? outputRoot = null; // where both tools write their sites, e.g. /dev/shm to keep a slow disk out of it
string? lpip = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--sizes": sizes = [.. args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))]; break;
        case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--shipped-runs": shippedRuns = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--no-related": related = false; break;
        case "--lpip": lpip = Path.GetFullPath(args[++i]); break;
        case "--output-root": outputRoot = Path.GetFullPath(args[++i]); break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

const string Today = "2026-11-25";
string root = LpipSite.Testing.RepositoryRoot.Path;
string work = Path.Combine(root, ".tmp", "bench-build");
string theme = Path.Combine(root, "themes", "default");
Directory.CreateDirectory(work);

if (lpip is null)
{
    Console.Error.WriteLine("Publishing lpip (Release)...");
    string published = Path.Combine(work, "lpip");
    ChildProcess.Output("dotnet", "publish", Path.Combine(root, "generator", "LpipSite.Cli"), "-c", "Release", "-o", published, "--nologo", "-v", "q");
    lpip = Path.Combine(published, "lpip");
}

string hugoVersion = ChildProcess.Output("hugo", "version").Trim();
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores ({Machine.CpuModel()}), {Machine.MemoryGb():F0} GB; .NET {Environment.Version}; {hugoVersion}");
Console.WriteLine($"Each figure is the median of {runs} runs, tools interleaved; every run is a fresh process (start-up included), writing into an empty folder.");
Console.WriteLine();

var results = new List<(int Size, string Tool, int Pages, double Wall, double Cpu, double RssMb)>();
var stageRows = new List<string>();
var incremental = new List<string>();
foreach (int size in sizes)
{
    string dir = Path.Combine(work, $"n{size}");
    if (Directory.Exists(dir))
    {
        Directory.Delete(dir, recursive: true);
    }

    Console.Error.WriteLine($"Writing {size:N0} case studies and the Hugo site...");
    string content = Path.Combine(dir, "content");
    SyntheticCorpus.Write(content, size);
    string hugoSite = Path.Combine(dir, "hugo");
    HugoSite.Write(content, Path.Combine(root, "bench", "hugo-site-template"), hugoSite);

    var tools = new List<(string Name, Func<string, string[]> Args, string File)>
    {
        // A clean build, as on Netlify: without --no-cache, runs after the first would reuse the
        // first run's .lpip-cache/ beside the content folder.
        ("lpip", output => ["build", "--content", content, "--theme", theme, "--output", output, "--today", Today, "--no-cache"], lpip),
        ("Hugo", output => ["--source", hugoSite, "--destination", output, "--quiet"], "hugo"),
    };
    if (related)
    {
        tools.Add(("Hugo + related", output => ["--source", hugoSite, "--destination", output, "--quiet", "--config", "config.yaml,related.yaml"], "hugo"));
    }

    var measured = tools.ToDictionary(t => t.Name, _ => new List<Measurement>());
    for (int run = 0; run < runs; run++)
    {
        foreach (var (name, arguments, file) in tools)
        {
            string output = Path.Combine(outputRoot ?? dir, "out-" + Slug(name));
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }

            Console.Error.WriteLine($"  {size:N0}: {name}, run {run + 1} of {runs}");
            measured[name].Add(ChildProcess.Run(file, arguments(output), dir));
        }
    }

    foreach (var (name, _, _) in tools)
    {
        string output = Path.Combine(outputRoot ?? dir, "out-" + Slug(name));
        var m = measured[name];
        results.Add((size, name, Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count(),
            Median(m.Select(x => x.WallMs)), Median(m.Select(x => x.CpuMs)), Median(m.Select(x => x.PeakRssKb / 1024.0))));
    }

    // Our stage timings, from the "Stages: load 12 ms, validate 3 ms, ..." line of each run.
    var stages = measured["lpip"].SelectMany(m => Regex.Matches(m.Stdout, @"(\w+) (\d+) ms").Where(x => m.Stdout.IndexOf("Stages:", StringComparison.Ordinal) < x.Index))
        .GroupBy(x => x.Groups[1].Value, x => double.Parse(x.Groups[2].Value, CultureInfo.InvariantCulture));
    stageRows.Add($"| {size:N0} | " + string.Join(" | ", stages.Select(g => $"{g.Key} {Median(g):F0} ms")) + " |");

    // Incremental rebuild after a one-file change, when lpip has a build cache.
    if (ChildProcess.Output(lpip, "build", "--help").Contains("cache", StringComparison.OrdinalIgnoreCase))
    {
        string output = Path.Combine(dir, "out-incremental");
        ChildProcess.Run(lpip, ["build", "--content", content, "--theme", theme, "--output", output, "--today", Today], dir);
        var times = new List<double>();
        for (int run = 0; run < runs; run++)
        {
            string file = Path.Combine(content, "case-studies", $"case-study-{run}.md");
            File.AppendAllText(file, $"\nEdited for the incremental benchmark, run {run}.\n");
            times.Add(ChildProcess.Run(lpip, ["build", "--content", content, "--theme", theme, "--output", output, "--today", Today], dir).WallMs);
        }

        incremental.Add($"{size:N0} case studies: rebuild after a one-file change {Median(times):F0} ms (median of {runs}).");
    }
    else
    {
        incremental.Add($"{size:N0} case studies: skipped, this lpip has no incremental build cache.");
    }
}

Console.WriteLine("| case studies | tool | HTML pages | wall (median) | CPU user+sys | peak RSS | wall / Hugo | memory / Hugo |");
Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|");
foreach (var r in results)
{
    var hugo = results.First(h => h.Size == r.Size && h.Tool == "Hugo");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {r.Size:N0} | {r.Tool} | {r.Pages:N0} | {r.Wall:F0} ms | {r.Cpu:F0} ms | {r.RssMb:F0} MB | {r.Wall / hugo.Wall:F2} | {r.RssMb / hugo.RssMb:F2} |"));
}

if (sizes.Length > 1)
{
    Console.WriteLine();
    Console.WriteLine("Growth (wall time per case study, smallest to largest corpus):");
    foreach (var tool in results.Select(r => r.Tool).Distinct())
    {
        var rows = results.Where(r => r.Tool == tool).OrderBy(r => r.Size).ToList();
        Console.WriteLine($"- {tool}: " + string.Join(" → ", rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Wall / r.Size:F2} ms at {r.Size:N0}"))));
    }
}

Console.WriteLine();
Console.WriteLine("lpip stages (median):");
Console.WriteLine();
foreach (var row in stageRows)
{
    Console.WriteLine(row);
}

Console.WriteLine();
Console.WriteLine("Incremental rebuild:");
foreach (var line in incremental)
{
    Console.WriteLine("- " + line);
}

if (shippedRuns > 0)
{
    var shipped = new List<Measurement>();
    string output = Path.Combine(work, "out-shipped");
    for (int run = 0; run < shippedRuns; run++)
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        shipped.Add(ChildProcess.Run(lpip, ["build", "--content", Path.Combine(root, "content"), "--theme", theme, "--output", output, "--today", Today], root));
    }

    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Shipped site (content/): {Median(shipped.Select(m => m.WallMs)):F0} ms wall (median of {shippedRuns}; min {shipped.Min(m => m.WallMs):F0} ms), {Median(shipped.Select(m => m.CpuMs)):F0} ms CPU, {Median(shipped.Select(m => m.PeakRssKb / 1024.0)):F0} MB peak RSS."));
}

return 0;

static double Median(IEnumerable<double> values)
{
    var sorted = values.OrderBy(v => v).ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static string Slug(string tool) => string.Join('-', tool.ToLowerInvariant().Split([' ', '+'], StringSplitOptions.RemoveEmptyEntries));
