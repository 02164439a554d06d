using LpipSite.Core.Model;
using LpipSite.Core.Routing;
using LpipSite.Core.Validation;
using LpipSite.Core.Validation.Schema;

namespace LpipSite.Core.ContentTypes;

/// <summary>
/// One validated file on its way to becoming a model item, with the readings every type needs:
/// its id, address, source and publication state, references resolved to canonical ids, people,
/// images, asset addresses and dated sessions. Required fields are known to be present.
/// </summary>
public sealed class ItemSource(ContentType type, BoundDocument document, ValidatedContent content, SiteSettings settings)
{
    private readonly ReferenceResolver _refs = content.References;

    public BoundDocument Document => document;

    /// <summary>The file's fields.</summary>
    public BoundObject Fields { get; } = document.Object!;

    public SiteSettings Settings => settings;

    public string Id => document.Id;

    public string Url => Routes.Item(type, document.Id);

    public SourceFile Source => new(document.Source.Path);

    /// <summary>Whether the file is a draft or scheduled; types without drafts are always live.</summary>
    public Publication Publication => new(Fields.Bool("draft"), Fields.Date("publish_at"));

    public IReadOnlyList<string> Aliases => Fields.Texts("aliases").ToList();

    public MarkdownBody Body => document.Source.Body ?? MarkdownBody.Empty;

    /// <summary>Whether an id (already resolved) names an item of the given kind.</summary>
    public bool Is(RefKind kind, string id) => _refs.Exists(kind, id);

    /// <summary>A date, or a date with a UK local time, and whether it had the time.</summary>
    public (DateTime Value, bool HasTime)? DateTime(string field) =>
        Fields[field] is BoundDateTime value ? (value.Value, value.HasTime) : null;

    public string? Ref(BoundRef? reference) => reference is null ? null : _refs.Resolve(reference);

    public List<string> Refs(string field) => Refs(Fields, field);

    public List<string> Refs(BoundObject o, string field) => o.Refs(field).Select(_refs.Resolve).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>A web address as written, or the site path of a file under content/assets.</summary>
    public string? AssetUrl(string? written) =>
        written is null ? null
        : Formats.IsWebAddress(written) ? written
        : "/" + AssetPaths.Resolve(content.Loaded, document.Source.Path, written);

    /// <summary>The file on disk behind an asset path, for its size.</summary>
    public FileInfo AssetFile(string sitePath) => new(Path.Combine(content.Loaded.ContentRoot, sitePath.TrimStart('/')));

    public ImageRef? Image(string field) => Fields.Object(field) is { } image
        ? new ImageRef(AssetUrl(image.Text("src"))!, image.Text("alt") ?? string.Empty, image.Bool("decorative"), image.Text("credit"), image.Text("licence"))
        : null;

    public List<Person> People(string field) => Fields.Objects(field).Select(p =>
    {
        var affiliation = p.Text("affiliation");
        var isOrganisation = affiliation is not null && _refs.Exists(RefKind.Organisation, affiliation);
        return new Person(p.TextOrEmpty("name"), p.Text("orcid"), isOrganisation ? affiliation : null, isOrganisation ? null : affiliation, p.Text("role"));
    }).ToList();

    public static EventSession Session(BoundObject e) => new(
        ((BoundDateTime)e["start"]!).Value,
        (e["end"] as BoundDateTime)?.Value,
        ((BoundDateTime)e["start"]!).HasTime,
        e.Text("location"),
        e.Bool("online"),
        e.Text("booking_url"));
}
