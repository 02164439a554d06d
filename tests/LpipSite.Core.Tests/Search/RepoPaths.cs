namespace LpipSite.Core.Tests.Search;

internal static class RepoPaths
{
    public static string Root => LpipSite.Testing.RepositoryRoot.Path;

    public static string LunrFixture(string name) => Path.Combine(Root, "tests", "fixtures", "lunr", name);
}
