using System.CommandLine;
using System.Net;
using System.Runtime.InteropServices;
using LpipSite.Core.Build;
using LpipSite.Server;

namespace LpipSite.Cli.Commands;

/// <summary>
/// <c>lpip serve</c>: builds the site into memory, serves it on loopback, rebuilds on every change
/// and reloads open pages. Exit codes: 0 stopped with Ctrl+C, 2 usage error or the port is busy.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var theme = CommonOptions.Theme();
        var drafts = CommonOptions.Drafts();
        var today = CommonOptions.Today();
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on (0 picks a free one).", DefaultValueFactory = _ => 8080 };
        var host = new Option<string>("--host") { Description = "The address to listen on.", DefaultValueFactory = _ => "127.0.0.1" };

        var command = new Command("serve", "Preview the site: serve it from memory, rebuild on every change and reload open pages.")
        {
            content, theme, port, host, drafts, today,
        };
        command.SetAction(parsed =>
        {
            if (!BuildCommand.TryParseToday(parsed.GetValue(today), out var date))
            {
                return ExitCodes.UsageOrInternal;
            }

            var hostName = parsed.GetValue(host)!;
            var portNumber = parsed.GetValue(port);
            if (hostName != "localhost" && !IPAddress.TryParse(hostName, out _))
            {
                Console.Error.WriteLine($"lpip: --host '{hostName}' is not an IP address (use 127.0.0.1, ::1 or localhost)");
                return ExitCodes.UsageOrInternal;
            }

            if (portNumber is < 0 or > 65535)
            {
                Console.Error.WriteLine($"lpip: --port {portNumber} is not a port number (0 to 65535)");
                return ExitCodes.UsageOrInternal;
            }

            var options = new ServeOptions
            {
                Build = new BuildOptions
                {
                    ContentDirectory = parsed.GetValue(content)!,
                    ThemeDirectory = parsed.GetValue(theme)!,
                    IncludeDrafts = parsed.GetValue(drafts),
                    Today = date,
                },
                Host = hostName,
                Port = portNumber,
                Log = line => Console.WriteLine(line),
            };
            return Run(options);
        });
        return command;
    }

    private static int Run(ServeOptions options)
    {
        if (!Directory.Exists(options.Build.ContentDirectory))
        {
            Console.Error.WriteLine($"lpip: the content folder '{options.Build.ContentDirectory}' does not exist");
            return ExitCodes.UsageOrInternal;
        }

        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        PreviewServer server;
        try
        {
            server = PreviewServer.StartAsync(options, stop.Token).GetAwaiter().GetResult();
        }
        catch (PortInUseException e)
        {
            Console.Error.WriteLine("lpip: " + e.Message);
            return ExitCodes.UsageOrInternal;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Success;
        }

        Console.WriteLine($"Serving {server.Address} (drafts {(options.Build.IncludeDrafts ? "shown" : "hidden")}). Press Ctrl+C to stop.");
        try
        {
            stop.Token.WaitHandle.WaitOne();
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        Console.WriteLine("Stopped.");
        return ExitCodes.Success;
    }
}
