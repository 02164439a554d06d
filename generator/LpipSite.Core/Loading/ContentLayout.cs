namespace LpipSite.Core.Loading;

/// <summary>Where each kind of content lives under <c>content/</c>, and the file type it uses.</summary>
public static class ContentLayout
{
    public const string AssetsFolder = "assets";

    public static readonly IReadOnlyList<(string Folder, ContentKind Kind, string Extension)> Collections =
    [
        ("organisations", ContentKind.Organisation, ".yml"),
        ("partnerships", ContentKind.Partnership, ".yml"),
        ("places", ContentKind.Place, ".yml"),
        ("case-studies", ContentKind.CaseStudy, ".md"),
        ("methods", ContentKind.Method, ".md"),
        ("training", ContentKind.Training, ".md"),
        ("news", ContentKind.News, ".md"),
        ("pages", ContentKind.Page, ".md"),
    ];

    public static readonly IReadOnlyList<(string RelativePath, ContentKind Kind)> SingleFiles =
    [
        ("site.yml", ContentKind.Site),
        ("taxonomies/themes.yml", ContentKind.Themes),
        ("taxonomies/topics.yml", ContentKind.Topics),
    ];

    /// <summary>The folder name of a collection kind, e.g. <c>case-studies</c>.</summary>
    public static string FolderOf(ContentKind kind) =>
        Collections.First(c => c.Kind == kind).Folder;

    public static string ExtensionOf(ContentKind kind) =>
        Collections.First(c => c.Kind == kind).Extension;

    /// <summary>Files that may sit in content/ without being content.</summary>
    public static bool IsIgnored(string relativePath)
    {
        var name = Path.GetFileName(relativePath);
        return name.StartsWith('.') || relativePath is "README.md";
    }
}
