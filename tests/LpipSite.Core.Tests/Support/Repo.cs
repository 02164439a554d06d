namespace LpipSite.Core.Tests.Support;

public static class Repo
{
    public static string Root => LpipSite.Testing.RepositoryRoot.Path;
}
