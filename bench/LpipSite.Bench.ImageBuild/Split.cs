using System.Diagnostics;
using System.Globalization;
using LpipSite.Core.Images;

namespace LpipSite.Bench.ImageBuild;

/// <summary>
/// lpip only, in process (<c>--split N</c>): where the image time of a build goes. Calls the generator's own
/// <see cref="ImageProcessor"/> the way a build does (<c>ImageCatalogue</c> asks for one width at a time, all
/// its formats; <c>ContentAssets</c> writes the original again; case studies get an Open Graph crop), on the
/// first N photos, several at once as a build does, once per pass: decoding and resizing alone (no format),
/// then the same with AVIF only, WebP only and JPEG only (each format's cost is that pass less the first),
/// the Open Graph crop and the original written again. Wall and process CPU time for each.
/// </summary>
internal static class Split
{
    public static int Run(string photos, int count)
    {
        var sources = Enumerable.Range(0, count).Select(i => File.ReadAllBytes(Path.Combine(photos, $"photo-{i:D3}.jpg"))).ToArray();
        var processor = new ImageProcessor();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var widths = ImageProcessor.WidthsFor(ImageProcessor.Probe(sources[0]).Width);
        Console.WriteLine($"lpip only, in process: {count} photos, widths {string.Join('/', widths)}, {Environment.ProcessorCount} photos at once, {ImageProcessor.LibraryVersion}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

        // Warm-up: JIT and libvips' first use, on one photo.
        processor.Variants(sources[0], [widths[0]], [ImageFormat.Jpeg]);

        var passes = new List<(string Name, double Wall, double Cpu, long Bytes)>();
        void Pass(string name, Func<byte[], long> work)
        {
            long bytes = 0;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            Parallel.For(0, sources.Length, parallel, i => Interlocked.Add(ref bytes, work(sources[i])));
            watch.Stop();
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            passes.Add((name, watch.Elapsed.TotalMilliseconds, used.TotalMilliseconds, bytes));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: {watch.Elapsed.TotalMilliseconds:F0} ms wall, {used.TotalMilliseconds:F0} ms CPU"));
        }

        long Widths(byte[] source, ImageFormat[] formats) => widths.Sum(w => processor.Variants(source, [w], formats).Sum(v => (long)v.Bytes.Length));
        Pass("decode + resize (4 widths, no encoding)", s => Widths(s, []));
        Pass("… + AVIF", s => Widths(s, [ImageFormat.Avif]));
        Pass("… + WebP", s => Widths(s, [ImageFormat.WebP]));
        Pass("… + JPEG", s => Widths(s, [ImageFormat.Jpeg]));
        Pass("all three formats (as a build)", s => Widths(s, [ImageFormat.Avif, ImageFormat.WebP, ImageFormat.Jpeg]));
        Pass("Open Graph crop 1200×630 JPEG", s => processor.OpenGraph(s).Bytes.Length);
        Pass("original written again (3000×4000 JPEG)", s => processor.Variants(s, [ImageProcessor.Probe(s).Width], [ImageFormat.Jpeg]).Single().Bytes.Length);

        var b = passes[0];
        Console.WriteLine();
        Console.WriteLine("| part | wall | CPU | CPU per photo | share of the CPU | bytes per photo |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        var parts = new List<(string Name, double Wall, double Cpu, long Bytes)>
        {
            ("decode + resize to 4 widths (4 calls)", b.Wall, b.Cpu, 0),
            ("AVIF encoding (4 widths)", passes[1].Wall - b.Wall, passes[1].Cpu - b.Cpu, passes[1].Bytes),
            ("WebP encoding (4 widths)", passes[2].Wall - b.Wall, passes[2].Cpu - b.Cpu, passes[2].Bytes),
            ("JPEG encoding (4 widths)", passes[3].Wall - b.Wall, passes[3].Cpu - b.Cpu, passes[3].Bytes),
            ("Open Graph crop (decode, crop, JPEG)", passes[5].Wall, passes[5].Cpu, passes[5].Bytes),
            ("original written again (decode, JPEG)", passes[6].Wall, passes[6].Cpu, passes[6].Bytes),
        };
        double total = parts.Sum(p => p.Cpu);
        foreach (var p in parts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {p.Name} | {p.Wall:N0} ms | {p.Cpu:N0} ms | {p.Cpu / count:N0} ms | {p.Cpu / total * 100:F0}% | {(p.Bytes == 0 ? "–" : $"{p.Bytes / 1024.0 / count:N0} KB")} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| sum of the parts | {parts.Sum(p => p.Wall):N0} ms | {total:N0} ms | {total / count:N0} ms | 100% | |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Check: the three formats together (as a build makes them) took {passes[4].Wall:N0} ms wall, {passes[4].Cpu:N0} ms CPU, against {b.Cpu + parts.Skip(1).Take(3).Sum(p => p.Cpu):N0} ms CPU from the parts."));
        return 0;
    }
}
