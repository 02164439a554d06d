using LpipSite.Core.ContentTypes;

namespace LpipSite.Core.Loading;

/// <summary>Where each kind of content lives under <c>content/</c>, and the file type it uses: the site-wide files, and the content types' folders.</summary>
public static class ContentLayout
{
    public const string AssetsFolder = "assets";

    /// <summary>One folder per content type, as the registry describes them.</summary>
    public static readonly IReadOnlyList<(string Folder, ContentKind Kind, string Extension)> Collections =
        ContentTypeRegistry.All.Select(t => (t.Folder, t.Kind, t.Extension)).ToList();

    public static readonly IReadOnlyList<(string RelativePath, ContentKind Kind)> SingleFiles =
    [
        ("site.yml", ContentKind.Site),
        ("taxonomies/themes.yml", ContentKind.Themes),
        ("taxonomies/topics.yml", ContentKind.Topics),
    ];

    /// <summary>Files that may sit in content/ without being content.</summary>
    public static bool IsIgnored(string relativePath)
    {
        var name = Path.GetFileName(relativePath);
        return name.StartsWith('.') || relativePath is "README.md";
    }
}
