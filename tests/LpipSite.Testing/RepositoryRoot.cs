namespace LpipSite.Testing;

/// <summary>The repository root: the folder holding LpipSite.sln above the running test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LpipSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LpipSite.sln not found above " + AppContext.BaseDirectory);
    }
}
