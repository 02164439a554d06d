using System.Text;
using System.Text.RegularExpressions;
using LpipSite.Core.Build;
using LpipSite.Core.Caching;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Tests.Support;
using LpipSite.Core.Writing;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Images;

/// <summary>Builds a <see cref="ContentTree"/> with its photos into memory, and finds the image markup in its pages.</summary>
internal static partial class ImageSite
{
    public static MemorySiteWriter Build(ContentTree tree, int? threads = null, RenderCache? cache = null)
    {
        var writer = new MemorySiteWriter();
        var result = SiteBuilder.Build(
            new BuildOptions { ContentDirectory = tree.ContentRoot, ThemeDirectory = RepositoryRoot.DefaultTheme, Today = ContentTree.Today, MaxDegreeOfParallelism = threads, Cache = cache },
            writer);
        Assert.False(result.Diagnostics.Any(d => d.Severity == Severity.Error), string.Join("\n", result.Diagnostics));
        return writer;
    }

    public static string Text(MemorySiteWriter site, string path) => Encoding.UTF8.GetString(site.Files[path].Span);

    [GeneratedRegex("<picture>.*?</picture>", RegexOptions.Singleline)]
    public static partial Regex PictureElement();

    [GeneratedRegex("<source type=\"(?<type>[^\"]+)\" srcset=\"(?<srcset>[^\"]+)\" sizes=\"(?<sizes>[^\"]+)\">")]
    public static partial Regex SourceElement();

    [GeneratedRegex("<img [^>]*>")]
    public static partial Regex ImgElement();
}
