using System.Diagnostics;
using System.Globalization;

namespace LpipSite.Bench.Build;

/// <summary>One run of a child process: wall time (start-up included), CPU time and peak resident memory.</summary>
internal sealed record Measurement(double WallMs, double CpuMs, long PeakRssKb, string Stdout);

internal static class ChildProcess
{
    private const string GnuTime = "/usr/bin/time";

    /// <summary>
    /// Runs <paramref name="file"/> to completion. Peak RSS and CPU come from GNU time when it is
    /// installed (<c>apt-get install time</c>), else from polling <c>/proc/PID/status</c> (VmHWM)
    /// and the process's own CPU counters.
    /// </summary>
    public static Measurement Run(string file, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var useTime = File.Exists(GnuTime);
        var report = useTime ? Path.GetTempFileName() : null;
        var start = new ProcessStartInfo(useTime ? GnuTime : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        if (useTime)
        {
            foreach (var a in new[] { "-f", "%M %U %S", "-o", report!, file })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peakKb = 0;
        double cpuMs = 0;
        while (!process.WaitForExit(useTime ? 1000 : 10))
        {
            if (!useTime)
            {
                peakKb = Math.Max(peakKb, VmHwmKb(process.Id));
                try
                {
                    cpuMs = process.TotalProcessorTime.TotalMilliseconds;
                }
                catch (InvalidOperationException)
                {
                    // It has just exited.
                }
            }
        }

        watch.Stop();
        var output = stdout.Result;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output}\n{stderr.Result}");
        }

        if (useTime)
        {
            var fields = File.ReadAllText(report!).Trim().Split('\n')[^1].Split(' ');
            File.Delete(report!);
            peakKb = long.Parse(fields[0], CultureInfo.InvariantCulture);
            cpuMs = (double.Parse(fields[1], CultureInfo.InvariantCulture) + double.Parse(fields[2], CultureInfo.InvariantCulture)) * 1000;
        }

        return new Measurement(watch.Elapsed.TotalMilliseconds, cpuMs, peakKb, output);
    }

    /// <summary>Runs a command for its output (set-up steps, versions).</summary>
    public static string Output(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        }

        return stdout.Result;
    }

    private static long VmHwmKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }
}
