using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LpipSite.Bench.Build;
using LpipSite.Bench.ImageBuild;
using LpipSite.Core.Images;
using LpipSite.Core.Tests.Images;
using LpipSite.Testing;

// Side-by-side benchmark of image processing in a clean site build: lpip (the user's command,
// scripts/build.sh --no-cache) against Hugo (Debian's, extended) on the same 100 generated phone
// photographs, each the lead image of one of 100 synthetic case studies. See bench/README.md.
//   bench/setup.sh   # once, as root: hugo, GNU time, the theme's npm packages
//   dotnet run -c Release --project bench/LpipSite.Bench.ImageBuild [-- --runs 3 --photos 100 --output-root DIR]
//   dotnet run -c Release --project bench/LpipSite.Bench.ImageBuild -- --split 20   # lpip only, in process: where the image time goes
int runs = 3, photoCount = 100, split = 0;
string? outputRoot = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--photos": photoCount = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--output-root": outputRoot = Path.GetFullPath(args[++i]); break;
        case "--split": split = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

string root = RepositoryRoot.Path;
string work = Path.Combine(root, ".tmp", "bench-imagebuild");
string photos = Path.Combine(work, "photos");
Directory.CreateDirectory(work);
GeneratePhotos(photos, split > 0 ? split : photoCount);

if (split > 0)
{
    return Split.Run(photos, split);
}

// The two content folders: the synthetic corpus as it is, and the same with a lead image on each case study.
Console.Error.WriteLine($"Writing {photoCount} case studies, with and without lead images, and the Hugo site...");
string plain = Path.Combine(work, "content-plain");
string withImages = Path.Combine(work, "content-images");
string hugoSite = Path.Combine(work, "hugo");
foreach (var dir in new[] { plain, withImages, hugoSite })
{
    if (Directory.Exists(dir))
    {
        Directory.Delete(dir, recursive: true);
    }
}

SyntheticCorpus.Write(plain, photoCount);
SyntheticCorpus.Write(withImages, photoCount);
for (int c = 0; c < photoCount; c++)
{
    string file = Path.Combine(withImages, "case-studies", $"case-study-{c}.md");
    string text = File.ReadAllText(file);
    int end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 1;
    File.WriteAllText(file, text.Insert(end, $"image: {{src: /assets/images/{PhotoName(c)}, alt: A generated photograph standing in for case study {c}}}\n"));
}

LinkPhotos(photos, Path.Combine(withImages, "assets", "images"), photoCount);

// Hugo: the same Markdown (the files with lead images) through bench/hugo-site-template, its case-study
// layout with the lead-image partial, the photos under assets/images/ (resources.Get).
string template = Path.Combine(root, "bench", "hugo-site-template");
string overlay = Path.Combine(root, "bench", "LpipSite.Bench.ImageBuild", "hugo");
HugoSite.Write(withImages, template, hugoSite);
foreach (var file in Directory.EnumerateFiles(overlay, "*", SearchOption.AllDirectories))
{
    string target = Path.Combine(hugoSite, Path.GetRelativePath(overlay, file));
    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
    File.Copy(file, target, overwrite: true);
}

string single = Path.Combine(hugoSite, "layouts", "_default", "single.html");
string singleText = File.ReadAllText(single);
int header = singleText.IndexOf("</header>\n", StringComparison.Ordinal) + "</header>\n".Length;
File.WriteAllText(single, singleText.Insert(header, "{{ partial \"lead-image.html\" . }}\n"));
LinkPhotos(photos, Path.Combine(hugoSite, "assets", "images"), photoCount);

// Not timed: build the CLI (scripts/build.sh's `dotnet run` then only checks it is up to date), install the
// theme's npm packages if needed, and read the photos once so that both sides find them in the page cache.
Console.Error.WriteLine("Warming up: building lpip, reading the photos...");
string buildScript = Path.Combine(root, "scripts", "build.sh");
string warm = Path.Combine(work, "out-warm-up");
DeleteFolder(warm);
ChildProcess.Run(buildScript, ["--no-cache", "--content", plain, "--output", warm], root);
DeleteFolder(warm);
foreach (var file in Directory.EnumerateFiles(photos, "photo-*.jpg"))
{
    _ = File.ReadAllBytes(file);
}

string lpipBinary = Path.Combine(root, "generator", "LpipSite.Cli", "bin", "Release", "net10.0", "lpip");
string hugoVersion = ChildProcess.Output("hugo", "version").Trim();
string outputs = outputRoot ?? Path.Combine(work, "out");
Directory.CreateDirectory(outputs);
var scenarios = new List<Scenario>
{
    new("lpip, no images", "lpip", Images: false, output => (buildScript, ["--no-cache", "--content", plain, "--output", output])),
    new("lpip, images", "lpip", Images: true, output => (buildScript, ["--no-cache", "--content", withImages, "--output", output])),
    // Without --threads, lpip's Parallel.For over the photos has no limit (MaxDegreeOfParallelism -1), and the thread
    // pool keeps adding threads while photos block in libvips; --threads caps it at the number of cores.
    new($"lpip, images, --threads {Environment.ProcessorCount}", "lpip", Images: true, output => (buildScript, ["--no-cache", "--content", withImages, "--output", output, "--threads", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)])),
    // The binary that build.sh's `dotnet run` starts, without `dotnet run` (which first checks that the CLI is up to date).
    new("lpip binary, no images", "lpip", Images: false, output => (lpipBinary, ["build", "--no-cache", "--content", plain, "--output", output])),
    new("Hugo, no images", "Hugo", Images: false, output => HugoCommand(output, "images-none.yaml")),
    new("Hugo, WebP + JPEG", "Hugo", Images: true, output => HugoCommand(output, "images-webp-jpeg.yaml")),
    new("Hugo, WebP only", "Hugo", Images: true, output => HugoCommand(output, "images-webp.yaml")),
};

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores ({Machine.CpuModel()}), {Machine.MemoryGb():F0} GB; .NET {Environment.Version}; {ImageProcessor.LibraryVersion}; {hugoVersion}");
Console.WriteLine($"Load average at the start: {LoadAverage()}");
Console.WriteLine($"{photoCount} case studies; {photoCount} photos 4000×3000 (EXIF orientation 6, GPS), one lead image each. Medians of {runs} runs, scenarios interleaved; each run a fresh process writing into an empty folder; Hugo with --ignoreCache, a new --cacheDir and no resources/.");
Console.WriteLine();

var measured = scenarios.ToDictionary(s => s.Name, _ => new List<Measurement>());
for (int run = 0; run < runs; run++)
{
    foreach (var scenario in scenarios)
    {
        string output = Path.Combine(outputs, Slug(scenario.Name));
        DeleteFolder(output);
        DeleteFolder(Path.Combine(hugoSite, "resources"));
        DeleteFolder(Path.Combine(work, "hugo-cache"));
        var (file, arguments) = scenario.Command(output);
        Console.Error.WriteLine($"  {scenario.Name}, run {run + 1} of {runs} (load {LoadAverage()})");
        var m = ChildProcess.Run(file, arguments, scenario.Tool == "lpip" ? root : hugoSite);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {m.WallMs:F0} ms wall, {m.CpuMs:F0} ms CPU, {m.PeakRssKb / 1024.0:F0} MB"));
        measured[scenario.Name].Add(m);
    }
}

Console.WriteLine($"Load average at the end: {LoadAverage()}");
Console.WriteLine();
Console.WriteLine("| scenario | wall | (min–max) | CPU user+sys | peak RSS | image files | image bytes | site files | site bytes |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
var rows = new Dictionary<string, (double Wall, double Cpu, double Rss)>();
var inventories = new Dictionary<string, Inventory>();
foreach (var scenario in scenarios)
{
    var m = measured[scenario.Name];
    var row = (Median(m.Select(x => x.WallMs)), Median(m.Select(x => x.CpuMs)), Median(m.Select(x => x.PeakRssKb / 1024.0)));
    rows[scenario.Name] = row;
    var inventory = Inventory.Of(Path.Combine(outputs, Slug(scenario.Name)));
    inventories[scenario.Name] = inventory;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {scenario.Name} | {row.Item1:N0} ms | {m.Min(x => x.WallMs) / 1000:N0}–{m.Max(x => x.WallMs) / 1000:N0} s | {row.Item2:N0} ms | {row.Item3:N0} MB | {inventory.PhotoFiles.Count:N0} | {Mb(inventory.PhotoFiles.Sum(f => f.Bytes))} | {inventory.SiteFiles:N0} | {Mb(inventory.SiteBytes)} |"));
}

Console.WriteLine();
Console.WriteLine("Ratios lpip / Hugo (medians):");
Console.WriteLine();
Console.WriteLine("| lpip | Hugo | wall | CPU | peak RSS |");
Console.WriteLine("|---|---|---:|---:|---:|");
string capped = $"lpip, images, --threads {Environment.ProcessorCount}";
foreach (var (ours, theirs) in new[] { ("lpip, images", "Hugo, WebP + JPEG"), ("lpip, images", "Hugo, WebP only"), (capped, "Hugo, WebP + JPEG"), (capped, "Hugo, WebP only"), ("lpip, no images", "Hugo, no images"), ("lpip binary, no images", "Hugo, no images") })
{
    var a = rows[ours];
    var b = rows[theirs];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {ours} | {theirs} | {a.Wall / b.Wall:F2} | {a.Cpu / b.Cpu:F2} | {a.Rss / b.Rss:F2} |"));
}

Console.WriteLine();
Console.WriteLine("Image cost alone (median with images less median without, same tool):");
Console.WriteLine();
Console.WriteLine("| side | wall | CPU | per photo (wall) | per photo (CPU) | files per photo | bytes per photo | lpip's wall / Hugo's (default, capped) | lpip's CPU / Hugo's (default, capped) |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
var lpipCost = Cost("lpip, images", "lpip, no images");
var cappedCost = Cost(capped, "lpip, no images");
foreach (var (name, baseline) in new[] { ("lpip, images", "lpip, no images"), (capped, "lpip, no images"), ("Hugo, WebP + JPEG", "Hugo, no images"), ("Hugo, WebP only", "Hugo, no images") })
{
    var cost = Cost(name, baseline);
    var files = inventories[name].PhotoFiles;
    string versus = name.StartsWith("Hugo", StringComparison.Ordinal)
        ? string.Create(CultureInfo.InvariantCulture, $"{lpipCost.Wall / cost.Wall:F2}, {cappedCost.Wall / cost.Wall:F2} | {lpipCost.Cpu / cost.Cpu:F2}, {cappedCost.Cpu / cost.Cpu:F2}")
        : "– | –";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {cost.Wall:N0} ms | {cost.Cpu:N0} ms | {cost.Wall / photoCount:N0} ms | {cost.Cpu / photoCount:N0} ms | {files.Count / (double)photoCount:0.#} | {files.Sum(f => f.Bytes) / 1024.0 / photoCount:N0} KB | {versus} |"));
}

Console.WriteLine();
Console.WriteLine("What each side made of one photo (photo-000.jpg, stored 4000×3000, shown 3000×4000):");
foreach (var scenario in scenarios.Where(s => s.Images))
{
    var inventory = inventories[scenario.Name];
    Console.WriteLine($"- {scenario.Name}: " + string.Join(", ", inventory.PhotoFiles.Where(f => f.Name.StartsWith("photo-000", StringComparison.Ordinal))
        .OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.Format, StringComparer.Ordinal).ThenBy(f => f.Width)
        .Select(f => $"{f.Kind} {f.Format} {f.Width}×{f.Height}")));
    Console.WriteLine("  by format: " + string.Join("; ", inventory.PhotoFiles.GroupBy(f => (f.Kind, f.Format)).OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenBy(g => g.Key.Format, StringComparer.Ordinal)
        .Select(g => $"{g.Key.Kind} {g.Key.Format}: {g.Count()} files, {Mb(g.Sum(f => f.Bytes))}")));
    Console.WriteLine($"  metadata: {inventory.Leaks} of {inventory.PhotoFiles.Count} files contain EXIF, GPS, XMP or the camera or author's name");
}

Console.WriteLine();
foreach (var name in new[] { "lpip, images", capped })
{
    Console.WriteLine($"lpip stages (median, {name}):");
    var stages = measured[name].SelectMany(m => Regex.Matches(m.Stdout, @"(\w+) (\d+) ms").Where(x => m.Stdout.IndexOf("Stages:", StringComparison.Ordinal) < x.Index))
        .GroupBy(x => x.Groups[1].Value, x => double.Parse(x.Groups[2].Value, CultureInfo.InvariantCulture));
    Console.WriteLine(string.Join(", ", stages.Select(g => $"{g.Key} {Median(g):F0} ms")));
}

return 0;

(double Wall, double Cpu) Cost(string with, string without) => (rows[with].Wall - rows[without].Wall, rows[with].Cpu - rows[without].Cpu);

(string File, string[] Arguments) HugoCommand(string output, string images) =>
    ("hugo", ["--source", hugoSite, "--destination", output, "--cacheDir", Path.Combine(work, "hugo-cache"), "--ignoreCache", "--quiet", "--config", $"config.yaml,{images}"]);

static string PhotoName(int i) => $"photo-{i:D3}.jpg";

static void GeneratePhotos(string folder, int count)
{
    Directory.CreateDirectory(folder);
    var missing = Enumerable.Range(0, count).Where(i => !File.Exists(Path.Combine(folder, PhotoName(i)))).ToList();
    if (missing.Count == 0)
    {
        return;
    }

    Console.Error.WriteLine($"Generating {missing.Count} photos 4000×3000 (not timed)...");
    var watch = Stopwatch.StartNew();
    Parallel.ForEach(missing, i =>
    {
        string path = Path.Combine(folder, PhotoName(i));
        File.WriteAllBytes(path + ".part", TestPhotos.Jpeg(4000, 3000, orientation: 6, seed: i + 1));
        File.Move(path + ".part", path, overwrite: true);
    });
    Console.Error.WriteLine($"  {watch.Elapsed.TotalSeconds:F0} s");
}

/// <summary>Hard links (else copies) the first <paramref name="count"/> photos into <paramref name="target"/>.</summary>
static void LinkPhotos(string photos, string target, int count)
{
    Directory.CreateDirectory(target);
    for (int i = 0; i < count; i++)
    {
        string from = Path.Combine(photos, PhotoName(i)), to = Path.Combine(target, PhotoName(i));
        try
        {
            ChildProcess.Output("ln", from, to);
        }
        catch (InvalidOperationException)
        {
            File.Copy(from, to, overwrite: true);
        }
    }
}

static void DeleteFolder(string path)
{
    if (Directory.Exists(path))
    {
        Directory.Delete(path, recursive: true);
    }
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static double Median(IEnumerable<double> values)
{
    var sorted = values.OrderBy(v => v).ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:N1} MB");

static string Slug(string name) => string.Join('-', name.ToLowerInvariant().Split([' ', '+', ','], StringSplitOptions.RemoveEmptyEntries));

internal sealed record Scenario(string Name, string Tool, bool Images, Func<string, (string File, string[] Arguments)> Command);

/// <summary>An image file made from one of the photos: its kind (resized copy, Open Graph crop, the original written again), format and size.</summary>
internal sealed record PhotoFile(string Name, string Kind, string Format, int Width, int Height, long Bytes);

/// <summary>What a build wrote: every file made from a photo (named photo-NNN…), the site's totals, and how many photo files kept metadata.</summary>
internal sealed record Inventory(IReadOnlyList<PhotoFile> PhotoFiles, int SiteFiles, long SiteBytes, int Leaks)
{
    private static readonly byte[][] Markers = [.. TestPhotos.PlantedMarkers.Append("GPS").Select(m => Encoding.ASCII.GetBytes(m))];

    public static Inventory Of(string output)
    {
        var all = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
        var photos = new List<PhotoFile>();
        int leaks = 0;
        foreach (var file in all.Where(f => f.Name.StartsWith("photo-", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(file.FullName);
            if (Markers.Any(m => bytes.AsSpan().IndexOf(m) >= 0))
            {
                leaks++;
            }

            using var image = NetVips.Image.NewFromBuffer(bytes);
            string format = (ImageFormats.Sniff(bytes)?.ToString() ?? file.Extension).ToUpperInvariant().Replace("WEBP", "WebP", StringComparison.Ordinal);
            string kind = file.Name.Contains(".og.", StringComparison.Ordinal) ? "Open Graph" : Regex.IsMatch(file.Name, @"^photo-\d+\.jpg$") ? "original (written again)" : "resized";
            photos.Add(new PhotoFile(file.Name, kind, format, image.Width, image.Height, file.Length));
        }

        return new Inventory(photos, all.Count, all.Sum(f => f.Length), leaks);
    }
}
