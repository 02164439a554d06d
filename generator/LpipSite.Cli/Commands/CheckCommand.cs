using System.CommandLine;
using LpipSite.Core.Checking;

namespace LpipSite.Cli.Commands;

/// <summary>
/// <c>lpip check [--content DIR] [--theme DIR] [--format text|json|github] [--changed FILE...]</c>:
/// every rule of the build plus the contributor checks, without writing a site.
/// Exit codes: 0 no errors (warnings allowed); 1 errors; 2 usage.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var theme = CommonOptions.Theme();
        var today = CommonOptions.Today();
        var format = new Option<string>("--format", "-f")
        {
            Description = "How to print problems: text (one line each, the default), json (a list), or github (GitHub Actions annotations).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "github");
        var changed = new Option<string[]>("--changed")
        {
            Description = "Check only these files (those a pull request changes); references and links are still resolved across the whole site.",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
        };

        var command = new Command("check", "Check the content for every problem the build would find, and more (links, anchors, headings, link text), without writing a site.")
        {
            content, theme, format, changed, today,
        };
        command.SetAction(parsed =>
        {
            if (!BuildCommand.TryParseToday(parsed.GetValue(today), out var date))
            {
                return ExitCodes.UsageOrInternal;
            }

            var contentDirectory = parsed.GetValue(content)!;
            if (!Directory.Exists(contentDirectory))
            {
                Console.Error.WriteLine($"lpip check: the content folder '{contentDirectory}' does not exist; run this from the repository's top folder or use --content");
                return ExitCodes.UsageOrInternal;
            }

            var options = new CheckOptions
            {
                ContentDirectory = contentDirectory,
                ThemeDirectory = parsed.GetValue(theme)!,
                Today = date,
                ChangedFiles = parsed.GetResult(changed) is null ? null : parsed.GetValue(changed),
            };
            var result = SiteChecker.Check(options);
            CheckReport.Write(Console.Out, result, parsed.GetValue(format)!, options.ChangedFiles is not null,
                colour: !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null);
            return result.Errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }
}
