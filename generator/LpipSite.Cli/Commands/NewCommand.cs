using System.CommandLine;
using System.Text;
using LpipSite.Core.Authoring;

namespace LpipSite.Cli.Commands;

/// <summary>
/// <c>lpip new TYPE "Title" [--partnership ID] [--place ID] [--content DIR]</c>: starts a content
/// file with every required field, helpful comments and draft: true. Exit codes: 0 created;
/// 1 the file exists or an id is unknown; 2 usage.
/// </summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var type = new Argument<string>("type")
        {
            Description = "What to create: " + string.Join(", ", NewContentTypes.ByName.Keys) + ".",
        };
        type.AcceptOnlyFromAmong([.. NewContentTypes.ByName.Keys]);
        var title = new Argument<string>("title") { Description = "The title (or name), in quotes." };
        var partnership = new Option<string?>("--partnership") { Description = "The id of the partnership it belongs to." };
        var place = new Option<string?>("--place") { Description = "The id (or GSS code) of the place it is about." };
        var content = CommonOptions.Content();
        var today = CommonOptions.Today();

        var command = new Command("new", "Start a new content file with every required field, ready to fill in.")
        {
            type, title, partnership, place, content, today,
        };
        command.SetAction(parsed =>
        {
            if (!BuildCommand.TryParseToday(parsed.GetValue(today), out var date))
            {
                return ExitCodes.UsageOrInternal;
            }

            var request = new NewContentRequest(
                NewContentTypes.ByName[parsed.GetValue(type)!], parsed.GetValue(title)!, parsed.GetValue(partnership), parsed.GetValue(place), date);
            return Run(parsed.GetValue(content)!, request);
        });
        return command;
    }

    private static int Run(string contentRoot, NewContentRequest request)
    {
        if (!File.Exists(Path.Combine(contentRoot, "site.yml")))
        {
            Console.Error.WriteLine($"lpip new: '{contentRoot}' is not a content folder (it has no site.yml); run this from the repository's top folder or use --content");
            return ExitCodes.UsageOrInternal;
        }

        var result = NewContent.Create(contentRoot, request);
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems)
            {
                Console.Error.WriteLine("lpip new: " + problem);
            }

            return ExitCodes.ContentErrors;
        }

        var display = Path.Combine(contentRoot, result.RelativePath!).Replace('\\', '/');
        var full = Path.Combine(contentRoot, result.RelativePath!);
        var folder = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        if (Directory.Exists(folder) && Directory.EnumerateFiles(folder).FirstOrDefault(f =>
                string.Equals(Path.GetFileNameWithoutExtension(f), Path.GetFileNameWithoutExtension(name), StringComparison.OrdinalIgnoreCase)) is { } existing)
        {
            Console.Error.WriteLine($"lpip new: {Path.Combine(Path.GetDirectoryName(display)!, Path.GetFileName(existing)).Replace('\\', '/')} already exists; nothing was changed. Edit that file, or choose a different title.");
            return ExitCodes.ContentErrors;
        }

        Directory.CreateDirectory(folder);
        try
        {
            // CreateNew never replaces a file, even one that appeared a moment ago.
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            var bytes = new UTF8Encoding(false).GetBytes(result.Text!);
            stream.Write(bytes);
        }
        catch (IOException) when (File.Exists(full))
        {
            Console.Error.WriteLine($"lpip new: {display} already exists; nothing was changed.");
            return ExitCodes.ContentErrors;
        }

        Console.WriteLine($"Created {display}");
        if (result.Placeholders.Count > 0)
        {
            Console.WriteLine("These values were filled in for you; change them if they are wrong:");
            foreach (var placeholder in result.Placeholders)
            {
                Console.WriteLine("  " + placeholder);
            }
        }

        Console.WriteLine($"Next: replace the example text, then run 'lpip check --changed {display}'.");
        return ExitCodes.Success;
    }
}
