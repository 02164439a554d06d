using LpipSite.Core.Model;

namespace LpipSite.Core.Loading;

public enum ContentKind
{
    Site,
    Themes,
    Topics,
    Organisation,
    Partnership,
    Place,
    CaseStudy,
    Method,
    Training,
    News,
    Page,
}

/// <summary>
/// One content file as read from disk, not yet interpreted. <see cref="FrontMatter"/> is null when
/// the YAML could not be read (a diagnostic says why).
/// </summary>
public sealed record SourceDocument(
    string Path,
    string Id,
    ContentKind Kind,
    YamlNode? FrontMatter,
    MarkdownBody? Body);

/// <summary>Everything under <c>content/</c>: documents in path order, and the asset files present.</summary>
public sealed record LoadedContent(
    string ContentRoot,
    string DisplayRoot,
    IReadOnlyList<SourceDocument> Documents,
    IReadOnlySet<string> Assets)
{
    /// <summary>The display path of a file given relative to the content root.</summary>
    public string DisplayPath(string relative) => DisplayRoot + "/" + relative;
}
