using System.CommandLine;

namespace LpipSite.Cli.Commands;

/// <summary>Options shared by several verbs, so they are spelled and defaulted the same way.</summary>
internal static class CommonOptions
{
    public static Option<string> Content() => new("--content")
    {
        Description = "The content folder (holds site.yml).",
        DefaultValueFactory = _ => "content",
    };

    public static Option<string> Theme() => new("--theme")
    {
        Description = "The theme folder.",
        DefaultValueFactory = _ => "themes/default",
    };

    public static Option<bool> Drafts() => new("--drafts")
    {
        Description = "Include drafts and scheduled items, each marked with a banner.",
    };

    public static Option<string?> Today() => new("--today")
    {
        Description = "Treat this date (YYYY-MM-DD) as today, for scheduled publishing. Default: the current UTC date.",
        Hidden = false,
    };
}
