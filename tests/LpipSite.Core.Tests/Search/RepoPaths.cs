namespace LpipSite.Core.Tests.Search;

/// <summary>Locates the repository by walking up from the test binaries to LpipSite.sln.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LpipSite.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException($"LpipSite.sln not found above {AppContext.BaseDirectory}");
    });

    public static string Root => RootPath.Value;

    public static string LunrFixture(string name) => Path.Combine(Root, "tests", "fixtures", "lunr", name);
}
