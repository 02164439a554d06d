// Compares NetVips (libvips) and SkiaSharp for the site's build-time image pipeline:
// decode + EXIF autorotate + resize to 480/960/1600 + encode WebP, AVIF (where the library can) and JPEG,
// with all metadata dropped. One library and one configuration per process, so peak RSS is that run's own.
//
//   dotnet run -c Release --project bench/LpipSite.Bench.Images -- generate [count]
//   dotnet run -c Release --project bench/LpipSite.Bench.Images -- vips|skia [--threads N] [--parallel N] [--files N] [--no-avif] [--avif-effort N] [--no-vector]
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using LpipSite.Core.Tests.Images;
using NetVips;
using SkiaSharp;

var dir = Path.Combine(FindRepoRoot(), ".tmp", "bench", "images");
var mode = args.Length > 0 ? args[0] : "vips";
int Option(string name, int fallback) { int i = Array.IndexOf(args, name); return i >= 0 ? int.Parse(args[i + 1]) : fallback; }

if (mode == "generate")
{
    Directory.CreateDirectory(dir);
    int count = args.Length > 1 ? int.Parse(args[1]) : 20;
    var sw = Stopwatch.StartNew();
    Parallel.For(0, count, i => File.WriteAllBytes(Path.Combine(dir, $"photo-{i:D2}.jpg"), TestPhotos.Jpeg(4000, 3000, orientation: 6, seed: i + 1)));
    var sizes = Directory.GetFiles(dir, "photo-*.jpg").Select(f => new FileInfo(f).Length).ToArray();
    Console.WriteLine($"{count} photos 4000x3000 (orientation 6, EXIF GPS + XMP) in {sw.ElapsedMilliseconds} ms, {sizes.Average() / 1e6:F1} MB each");
    return;
}

int threads = Option("--threads", 1);
int parallel = Option("--parallel", 1);
int avifEffort = Option("--avif-effort", 4);
int files = Option("--files", 20);
bool avif = !args.Contains("--no-avif");
int[] widths = [480, 960, 1600];
var inputs = Directory.GetFiles(dir, "photo-*.jpg").Order().Take(files).Select(File.ReadAllBytes).ToArray();
if (inputs.Length == 0) { Console.Error.WriteLine("run `generate` first"); return; }

// --threads: libvips' own worker threads per image (skia has none); --parallel: photos processed at once.
if (mode == "vips") { NetVips.Cache.Max = 0; NetVips.NetVips.Concurrency = threads; NetVips.NetVips.Vector = !args.Contains("--no-vector"); }
else { parallel = Math.Max(parallel, threads); }
var encodeOk = new Dictionary<string, bool>();
var results = new (string Name, byte[] Bytes)[inputs.Length][];
var wall = Stopwatch.StartNew();
var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = parallel }, i => results[i] = mode == "vips" ? Vips(inputs[i]) : Skia(inputs[i]));
wall.Stop();
var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;

// Determinism: encode the first photo again and compare; the combined hash compares runs with other thread counts.
var again = mode == "vips" ? Vips(inputs[0]) : Skia(inputs[0]);
bool sameTwice = again.Zip(results[0]).All(p => p.First.Bytes.AsSpan().SequenceEqual(p.Second.Bytes));
using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
foreach (var set in results) foreach (var (name, bytes) in set) { sha.AppendData(Encoding.UTF8.GetBytes(name)); sha.AppendData(bytes); }
var combined = Convert.ToHexString(sha.GetHashAndReset())[..16];

// Metadata: read every output back with libvips and scan its bytes for the planted strings.
int leaks = 0;
var dims = new HashSet<string>();
foreach (var set in results)
{
    foreach (var (name, bytes) in set)
    {
        using var back = Image.NewFromBuffer(bytes);
        dims.Add($"{name}:{back.Width}x{back.Height}");
        var fields = back.GetFields();
        bool metaFields = fields.Any(f => f is "exif-data" or "xmp-data" or "iptc-data" || f.StartsWith("exif-ifd", StringComparison.Ordinal));
        bool metaBytes = TestPhotos.PlantedMarkers.Append("EXIF").Any(m => bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(m)) >= 0);
        if (metaFields || metaBytes) { leaks++; if (leaks < 4) Console.Error.WriteLine($"metadata left in {name}: fields={metaFields} bytes={metaBytes}"); }
    }
}
var outBytes = results.SelectMany(s => s).GroupBy(r => r.Name.Split('-')[0]).Select(g => $"{g.Key} {g.Sum(r => r.Bytes.Length) / 1024 / inputs.Length}KB").ToArray();
Console.WriteLine($"{mode} threads={threads} parallel={parallel}{(args.Contains("--no-vector") ? " no-SIMD" : "")}{(avif && mode == "vips" ? $" avif-effort={avifEffort}" : "")} photos={inputs.Length} wall={wall.ElapsedMilliseconds}ms cpu={cpu.TotalMilliseconds:F0}ms per-photo={wall.ElapsedMilliseconds / inputs.Length}ms "
    + $"peakRSS={PeakRssMb()}MB sameTwice={sameTwice} hash={combined} metadataLeaks={leaks} outputs/photo={results[0].Length} "
    + $"formats=[{string.Join(",", encodeOk.Select(kv => $"{kv.Key}:{(kv.Value ? "yes" : "NO")}"))}] sizes/photo=[{string.Join(", ", outBytes)}] dims=[{string.Join(" ", dims.Order().Take(9))}]");

(string Name, byte[] Bytes)[] Vips(byte[] source)
{
    var list = new List<(string, byte[])>();
    foreach (var w in widths)
    {
        using var img = Image.ThumbnailBuffer(source, w, height: 10_000_000, size: Enums.Size.Down);
        list.Add(($"webp-{w}", img.WebpsaveBuffer(q: 80, effort: 4, keep: Enums.ForeignKeep.None)));
        if (avif)
        {
            list.Add(($"avif-{w}", img.HeifsaveBuffer(q: 50, effort: avifEffort, compression: Enums.ForeignHeifCompression.Av1, keep: Enums.ForeignKeep.None)));
            lock (encodeOk) encodeOk["avif"] = true;
        }
        list.Add(($"jpeg-{w}", img.JpegsaveBuffer(q: 82, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None)));
    }
    lock (encodeOk) { encodeOk["webp"] = true; encodeOk["jpeg"] = true; }
    return [.. list];
}

(string Name, byte[] Bytes)[] Skia(byte[] source)
{
    var list = new List<(string, byte[])>();
    using var codec = SKCodec.Create(new SKMemoryStream(source));
    using var decoded = SKBitmap.Decode(codec);
    using var upright = Orient(decoded, codec.EncodedOrigin);
    foreach (var w in widths)
    {
        int h = (int)Math.Round((double)upright.Height * w / upright.Width);
        using var scaled = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Opaque));
        upright.ScalePixels(scaled, new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var pixmap = scaled.PeekPixels()!;
        using var webp = pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, 80))!;
        list.Add(($"webp-{w}", webp.ToArray()));
        if (avif)
        {
            using var a = pixmap.Encode(SKEncodedImageFormat.Avif, 50);
            lock (encodeOk) encodeOk["avif"] = a is not null;
            if (a is not null) list.Add(($"avif-{w}", a.ToArray()));
        }
        using var jpeg = pixmap.Encode(new SKJpegEncoderOptions(82, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore))!;
        list.Add(($"jpeg-{w}", jpeg.ToArray()));
    }
    lock (encodeOk) { encodeOk["webp"] = true; encodeOk["jpeg"] = true; }
    return [.. list];
}

static SKBitmap Orient(SKBitmap bitmap, SKEncodedOrigin origin)
{
    // Only the rotations a phone writes (3, 6, 8); mirrored origins are out of scope for the benchmark.
    bool swap = origin is SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftBottom;
    var result = new SKBitmap(swap ? bitmap.Height : bitmap.Width, swap ? bitmap.Width : bitmap.Height);
    using var canvas = new SKCanvas(result);
    switch (origin)
    {
        case SKEncodedOrigin.RightTop: canvas.Translate(result.Width, 0); canvas.RotateDegrees(90); break;
        case SKEncodedOrigin.LeftBottom: canvas.Translate(0, result.Height); canvas.RotateDegrees(270); break;
        case SKEncodedOrigin.BottomRight: canvas.Translate(result.Width, result.Height); canvas.RotateDegrees(180); break;
    }
    using var image = SKImage.FromBitmap(bitmap);
    canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
    return result;
}

static long PeakRssMb() =>
    File.ReadLines("/proc/self/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
        .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024).FirstOrDefault();

static string FindRepoRoot()
{
    var d = new DirectoryInfo(AppContext.BaseDirectory);
    while (d is not null && !File.Exists(Path.Combine(d.FullName, "LpipSite.sln"))) d = d.Parent;
    return d?.FullName ?? Directory.GetCurrentDirectory();
}
