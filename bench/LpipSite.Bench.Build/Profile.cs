using System.Diagnostics;
using System.Globalization;
using LpipSite.Core.Build;
using LpipSite.Core.Writing;

namespace LpipSite.Bench.Build;

/// <summary>
/// In-process build of a content folder, several times, with the time of each stage, the bytes
/// allocated and the time paused for garbage collection: for profiling, not for the comparison.
/// </summary>
internal static class Profile
{
    public static int Run(string content, string theme, int runs, int? threads)
    {
        for (var i = 0; i < runs; i++)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var paused = GC.GetTotalPauseDuration();
            var gen0 = GC.CollectionCount(0);
            var gen2 = GC.CollectionCount(2);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            if (threads == 0)
            {
                // --profile … 0: only load, validate and model (ContentPipeline), e.g. to time related case studies.
                var timings = new StageTimings();
                var model = ContentPipeline.LoadModel(new BuildOptions { ContentDirectory = content, Today = new DateOnly(2026, 11, 25) }, new LpipSite.Core.Diagnostics.DiagnosticBag(), timings);
                Console.WriteLine($"run {i + 1}: {model?.CaseStudies.Count} case studies; stages: {timings}");
                continue;
            }

            var result = SiteBuilder.Build(
                new BuildOptions { ContentDirectory = content, ThemeDirectory = theme, Today = new DateOnly(2026, 11, 25), MaxDegreeOfParallelism = threads },
                new MemorySiteWriter());
            watch.Stop();
            if (!result.Succeeded)
            {
                Console.Error.WriteLine("build failed: " + string.Join("; ", result.Diagnostics.Take(5)));
                return 1;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {i + 1}: {watch.Elapsed.TotalMilliseconds:F0} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU, " +
                $"{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:F0} MB allocated, GC paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms " +
                $"({GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(2) - gen2} gen2), {result.PageCount} pages; stages: {result.Timings}"));
        }

        return 0;
    }
}
