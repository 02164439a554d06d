using LpipSite.Core.Diagnostics;

namespace LpipSite.Cli.Commands;

/// <summary>Prints diagnostics to stderr, coloured only on a terminal.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics)
    {
        var colour = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        foreach (var d in diagnostics)
        {
            if (colour)
            {
                Console.ForegroundColor = d.Severity == Severity.Error ? ConsoleColor.Red : ConsoleColor.Yellow;
            }

            Console.Error.WriteLine(d.Format());
            if (colour)
            {
                Console.ResetColor();
            }
        }
    }

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        return $"{errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}";
    }
}
