using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using LpipSite.Testing;

namespace LpipSite.Browser.Tests.Admin;

/// <summary>
/// decap-server, the web editor's local backend (the theme's npm package, as scripts/edit.sh runs it),
/// in files mode over one repository folder, on a free loopback port. Its output is kept for
/// failure messages; it is stopped on dispose.
/// </summary>
public sealed class DecapServer : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private DecapServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The address the editor's proxy backend posts to.</summary>
    public string ApiUrl => $"http://localhost:{Port}/api/v1";

    /// <summary>What decap-server printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static string ScriptPath => RepositoryRoot.PathOf("themes", "default", "node_modules", "decap-server", "dist", "index.js");

    public static async Task<DecapServer> StartAsync(string repository)
    {
        if (!File.Exists(ScriptPath))
        {
            throw new InvalidOperationException($"decap-server is missing at {ScriptPath}: run `npm ci --prefix themes/default` (scripts/test.sh does).");
        }

        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = repository,
        };
        start.ArgumentList.Add(ScriptPath);
        start.Environment["GIT_REPO_DIRECTORY"] = repository;
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["MODE"] = "fs";
        start.Environment["BIND_HOST"] = "127.0.0.1";
        start.Environment["NO_COLOR"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started for decap-server");
        var server = new DecapServer(process, port);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                break;
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        server.Dispose();
        throw new InvalidOperationException($"decap-server did not start listening on port {port}:\n{server.Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }
}
