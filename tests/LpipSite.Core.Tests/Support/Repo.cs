namespace LpipSite.Core.Tests.Support;

public static class Repo
{
    /// <summary>The repository root: the folder holding LpipSite.sln above the test binaries.</summary>
    public static string Root { get; } = Find();

    private static string Find()
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
