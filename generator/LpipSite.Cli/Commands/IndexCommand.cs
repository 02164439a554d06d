using System.CommandLine;
using LpipSite.Core.Writing;
using LpipSite.Core.Search;

namespace LpipSite.Cli.Commands;

/// <summary>
/// <c>lpip index INPUT.json [-o OUTPUT.json]</c>: builds a lunr.js 2.3.9 index from documents in the
/// differential tester's input format. Exit codes as for build: 0 done, 1 invalid input, 2 output could not be written.
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
        var command = new Command("index", "Build a Lunr 2.3.9 search index, byte-identical to lunr.js output.")
        {
            input,
            output,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(input)!, parseResult.GetValue(output)));
        return command;
    }

    private static int Run(FileInfo input, FileInfo? output)
    {
        LunrIndex index;
        try
        {
            index = LunrInputReader.ReadFile(input.FullName).BuildIndex();
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
