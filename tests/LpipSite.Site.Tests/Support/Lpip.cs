using System.Diagnostics;

namespace LpipSite.Site.Tests.Support;

public sealed record LpipRun(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the real CLI (lpip.dll next to the tests) in its own process, as a user would.</summary>
public static class Lpip
{
    public static LpipRun Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "lpip.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("lpip did not finish within 3 minutes: " + string.Join(' ', args));
        }

        return new LpipRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static LpipRun Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, args);
}
