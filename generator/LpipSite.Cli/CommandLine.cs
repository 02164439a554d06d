using System.CommandLine;
using LpipSite.Cli.Commands;

namespace LpipSite.Cli;

/// <summary>Exit codes: 0 success, 1 content has errors, 2 usage or internal error.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageOrInternal = 2;
}

internal static class CommandLine
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("lpip: builds the LPIP Hub website from Markdown and YAML content.")
        {
            BuildCommand.Create(),
            CheckCommand.Create(),
            IndexCommand.Create(),
            NewCommand.Create(),
            SchemasCommand.Create(),
            TranslationsCommand.Create(),
            ServeCommand.Create(),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine("lpip: " + error.Message);
            }

            Console.Error.WriteLine("Run 'lpip --help' for usage.");
            return ExitCodes.UsageOrInternal;
        }

        try
        {
            return parsed.Invoke();
        }
        catch (Exception e)
        {
            // A bug in lpip, not in the content: say so plainly, without a stack trace.
            Console.Error.WriteLine($"lpip: internal error: {e.Message}");
            Console.Error.WriteLine("This is a bug in lpip, not in your content. Set LPIP_DEBUG=1 to see details.");
            if (Environment.GetEnvironmentVariable("LPIP_DEBUG") == "1")
            {
                Console.Error.WriteLine(e);
            }

            return ExitCodes.UsageOrInternal;
        }
    }
}
