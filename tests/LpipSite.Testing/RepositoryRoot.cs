namespace LpipSite.Testing;

/// <summary>
/// The repository root: the folder holding LpipSite.sln above the running binaries. The one way
/// tests and benchmarks find the shipped content, the default theme and the fixtures.
/// </summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>A path inside the repository: <c>PathOf("tests", "fixtures", "lunr")</c>.</summary>
    public static string PathOf(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>The shipped content folder.</summary>
    public static string Content => PathOf("content");

    /// <summary>The default theme folder.</summary>
    public static string DefaultTheme => PathOf("themes", "default");

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
