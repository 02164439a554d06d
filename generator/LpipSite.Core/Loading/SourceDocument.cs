using LpipSite.Core.Model;

namespace LpipSite.Core.Loading;

/// <summary>
/// What a content file is. The site-wide files (<c>site.yml</c> and the two taxonomies) are named
/// here; every content type names its own kind in its folder under <c>ContentTypes/</c>, so adding a
/// type adds no line here. The built-in types' kinds are repeated below only as short names for
/// the code that reads them across types.
/// </summary>
public sealed class ContentKind
{
    public static readonly ContentKind Site = new("site", isSiteFile: true);
    public static readonly ContentKind Themes = new("themes", isSiteFile: true);
    public static readonly ContentKind Topics = new("topics", isSiteFile: true);
    public static readonly ContentKind Organisation = new("organisation");
    public static readonly ContentKind Partnership = new("partnership");
    public static readonly ContentKind Place = new("place");
    public static readonly ContentKind CaseStudy = new("case-study");
    public static readonly ContentKind Method = new("method");
    public static readonly ContentKind Training = new("training");
    public static readonly ContentKind News = new("news");
    public static readonly ContentKind Page = new("page");

    public ContentKind(string name)
        : this(name, isSiteFile: false)
    {
    }

    private ContentKind(string name, bool isSiteFile)
    {
        Name = name;
        IsSiteFile = isSiteFile;
    }

    /// <summary>The kind's name as contributors use it (<c>lpip new case-study</c>), e.g. <c>case-study</c>.</summary>
    public string Name { get; }

    /// <summary>True for site.yml and the taxonomies: single files with no id of their own and no page.</summary>
    public bool IsSiteFile { get; }

    public bool IsTaxonomy => this == Themes || this == Topics;

    public override string ToString() => Name;
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
    MarkdownBody? Body)
{
    /// <summary>
    /// The language of a translation (<c>about.cy.md</c> → <c>cy</c>); null for a source file, which
    /// is in the site's first language.
    /// </summary>
    public string? Language { get; init; }

    public bool IsTranslation => Language is not null;
}

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
