using System.CommandLine;
using LpipSite.Core.Writing;
using LpipSite.Core.Search;

namespace LpipSite.Cli.Commands;

/// <summary>
/// <c>lpip index INPUT.json [-o OUTPUT.json] [--language en|cy]</c>: builds a lunr.js 2.3.9 index from
/// documents in the differential tester's input format, with English's pipeline or Welsh's (lunr-cy.js). Exit codes as for build: 0 done, 1 invalid input, 2 output could not be written.
/// </summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("INPUT")
        {
            Description = "JSON documents: an array (ref 'id', other keys are fields) or {ref, fields, b, k1, metadataWhitelist, documentBoosts, documents}.",
        };
        var output = new Option<FileInfo?>("--output", "-o")
        {
            Description = "Where to write the index JSON (default: standard output).",
        };
        var language = new Option<string>("--language", "-l")
        {
            Description = "The pipeline: en (lunr.js's own, the default) or cy (Welsh: lunr-cy.js's trimmer, stop words and mutations).",
            DefaultValueFactory = _ => SearchLanguage.English.Code,
        };
        language.AcceptOnlyFromAmong(SearchLanguage.All.Select(l => l.Code).ToArray());
        var command = new Command("index", "Build a Lunr 2.3.9 search index, byte-identical to lunr.js output (with lunr-cy.js for Welsh).")
        {
            input,
            output,
            language,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(input)!, parseResult.GetValue(output), SearchLanguage.Of(parseResult.GetValue(language)!)));
        return command;
    }

    private static int Run(FileInfo input, FileInfo? output, SearchLanguage language)
    {
        LunrIndex index;
        try
        {
            index = LunrInputReader.ReadFile(input.FullName).BuildIndex(language);
        }
        catch (LunrInputException e)
        {
            Console.Error.WriteLine($"lpip index: error: {e.Message}");
            return ExitCodes.ContentErrors;
        }

        try
        {
            if (output is null)
            {
                using Stream stdout = Console.OpenStandardOutput();
                index.WriteTo(stdout);
                return ExitCodes.Success;
            }

            // Written beside the target and moved into place, so a failure never leaves half an index.
            AtomicFile.Write(output.FullName, index.WriteTo);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"lpip index: error: cannot write {output?.FullName ?? "standard output"}: {e.Message}");
            return ExitCodes.UsageOrInternal;
        }
    }
}
