namespace LpipSite.Site.Tests.Support;

public static class RepoPaths
{
    /// <summary>The repository root: the folder holding LpipSite.sln above the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string DefaultTheme => Path.Combine(Root, "themes", "default");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LpipSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LpipSite.sln not found above " + AppContext.BaseDirectory);
    }
}
