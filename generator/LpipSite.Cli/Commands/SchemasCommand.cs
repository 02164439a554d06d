using System.CommandLine;
using LpipSite.Core.Validation.Schema;

namespace LpipSite.Cli.Commands;

/// <summary>
/// <c>lpip schemas [--output schemas]</c>: writes a JSON Schema for each kind of content file,
/// generated from the content model, for editors that check YAML as you type.
/// </summary>
internal static class SchemasCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write the schemas into.",
            DefaultValueFactory = _ => "schemas",
        };
        var command = new Command("schemas", "Write a JSON Schema (draft 2020-12) for each kind of content file, generated from the content model.")
        {
            output,
        };
        command.SetAction(parsed => Run(parsed.GetValue(output)!));
        return command;
    }

    private static int Run(string output)
    {
        try
        {
            var written = JsonSchemaGenerator.WriteAll(output);
            foreach (var path in written)
            {
                Console.WriteLine(Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/'));
            }

            Console.WriteLine($"Wrote {written.Count} schemas into {output}/.");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"lpip schemas: cannot write into '{output}': {e.Message}");
            return ExitCodes.ContentErrors;
        }
    }
}
