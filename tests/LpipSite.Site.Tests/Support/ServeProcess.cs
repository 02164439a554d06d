using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using LpipSite.Testing;

namespace LpipSite.Site.Tests.Support;

/// <summary>A running <c>lpip serve</c> (the real CLI, out of process) on a free loopback port.</summary>
public sealed partial class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();

    private ServeProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _stdout.Enqueue(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _stderr.Enqueue(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri? Address { get; private set; }

    public string Stdout => string.Join('\n', _stdout);

    public string Stderr => string.Join('\n', _stderr);

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public int Id => _process.Id;

    /// <summary>Starts the server; waits for "Serving http://…" (or for the process to end, e.g. a busy port).</summary>
    public static ServeProcess Start(SiteTree site, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = site.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "lpip.dll"), "serve", "--content", site.Content, "--theme", RepositoryRoot.DefaultTheme, "--today", "2026-11-25", .. extra])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        var serve = new ServeProcess(Process.Start(start)!);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (ServingLine().Match(serve.Stdout) is { Success: true } match)
            {
                serve.Address = new Uri(match.Groups[1].Value);
                return serve;
            }

            if (serve._process.HasExited)
            {
                serve._process.WaitForExit();
                return serve;
            }

            Thread.Sleep(50);
        }

        serve.Dispose();
        throw new TimeoutException("lpip serve did not start within 60 s: " + serve.Stdout + serve.Stderr);
    }

    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            return false;
        }

        _process.WaitForExit();
        return true;
    }

    /// <summary>Sends SIGINT, as Ctrl+C does in a terminal.</summary>
    public void Interrupt()
    {
        using var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Serving (http://\S+/) ")]
    private static partial Regex ServingLine();
}
