using System.Diagnostics;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Search;

/// <summary>Runs tests/tools/lunr-difftest.js against the real lunr.js 2.3.9 installed for the theme.</summary>
internal static class NodeLunr
{
    public static string NodeModules => Path.Combine(RepositoryRoot.Path, "themes", "default", "node_modules");

    /// <summary>Fails (never skips) when Node or lunr.js is missing, saying how to install it.</summary>
    public static void EnsureInstalled()
    {
        string package = Path.Combine(NodeModules, "lunr", "package.json");
        Assert.True(
            File.Exists(package) && File.ReadAllText(package).Contains("\"version\": \"2.3.9\"", StringComparison.Ordinal),
            $"lunr.js 2.3.9 is not installed in {NodeModules}. Install it with: npm ci --prefix themes/default");
    }

    /// <summary>Runs the tester with --text; returns its exit code and combined output.</summary>
    public static (int ExitCode, string Output) DiffTest(string inputPath, string candidatePath) =>
        Run("lunr-difftest.js", [inputPath, candidatePath, "--text"], TimeSpan.FromSeconds(60));

    /// <summary>Runs a script of tests/tools with lunr.js on NODE_PATH; returns its exit code and combined output.</summary>
    public static (int ExitCode, string Output) Run(string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        EnsureInstalled();
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "tests", "tools", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NODE_PATH"] = NodeModules;

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"Cannot run node ({e.Message}); the differential tests need Node.js 20 and `npm ci --prefix themes/default`.");
            throw;
        }

        using (process)
        {
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{script} timed out after {timeout.TotalSeconds} s");
            }

            return (process.ExitCode, stdout.Result + stderr.Result);
        }
    }
}
