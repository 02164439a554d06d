namespace LpipSite.Site.Tests.Support;

public static class RepoPaths
{
    /// <summary>The repository root: the folder holding LpipSite.sln above the test binaries.</summary>
    public static string Root => LpipSite.Testing.RepositoryRoot.Path;

    public static string Content => Path.Combine(Root, "content");

    public static string DefaultTheme => Path.Combine(Root, "themes", "default");
}
