using System.Text;
using LpipSite.Core.Rendering;
using LpipSite.Core.Tests.Support;

namespace LpipSite.Core.Tests.Reuse;

internal static class ReuseFiles
{
    public static RenderResult Site => FixtureSite.Sample.Rendered;

    public static string Text(string path) => Encoding.UTF8.GetString(Bytes(path));

    public static byte[] Bytes(string path) =>
        (Site.Files.SingleOrDefault(f => f.Path == path) ?? throw new Xunit.Sdk.XunitException("no file " + path)).Content.ToArray();

    public static IEnumerable<string> Paths(Func<string, bool> predicate) => Site.Files.Select(f => f.Path).Where(predicate);
}
