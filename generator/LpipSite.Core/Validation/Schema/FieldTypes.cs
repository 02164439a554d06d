using LpipSite.Core.Model;

namespace LpipSite.Core.Validation.Schema;

/// <summary>
/// What another item a reference points at. A reference may accept more than one kind
/// (<c>Partnership | Organisation</c>): the first kind, in this order, that has the id wins.
/// </summary>
[Flags]
public enum RefKind
{
    Organisation = 1,
    Partnership = 2,
    Place = 4,
    Method = 8,
    Theme = 16,
    Topic = 32,
}

/// <summary>How references are named to contributors.</summary>
public static class RefKinds
{
    /// <summary>The single kinds a reference accepts, in the order they are tried.</summary>
    public static IEnumerable<RefKind> Each(RefKind kind) => Enum.GetValues<RefKind>().Where(k => kind.HasFlag(k));

    /// <summary>"place", "partnership or organisation".</summary>
    public static string Noun(RefKind kind) => string.Join(" or ", Each(kind).Select(k => k.ToString().ToLowerInvariant()));
}

/// <summary>
/// The type of a field. These records are the single description of the content model: the
/// validator binds YAML against them and the JSON Schemas are generated from them.
/// </summary>
public abstract record FieldType
{
    /// <summary>How the type is named to contributors in messages ("a date like 2025-03-31").</summary>
    public abstract string Expected { get; }
}

/// <summary>Free text. Plain text may not contain Markdown or HTML.</summary>
public sealed record TextType(int? MaxLength = null, bool Plain = true) : FieldType
{
    public override string Expected => "text";
}

public sealed record IdType : FieldType
{
    public override string Expected => "an id in lower case with hyphens, like 'leeds-city-council'";
}

public sealed record DateType : FieldType
{
    public override string Expected => "a date like 2025-03-31";
}

/// <summary>A date, or a date with a UK local time (<c>2025-03-31T14:00</c>).</summary>
public sealed record DateTimeType : FieldType
{
    public override string Expected => "a date like 2025-03-31 or a date and time like 2025-03-31T14:00";
}

public sealed record BoolType : FieldType
{
    public override string Expected => "true or false";
}

public sealed record NumberType(double Min, double Max) : FieldType
{
    public override string Expected => $"a number between {Min} and {Max}";
}

public sealed record UrlType : FieldType
{
    public override string Expected => "a web address starting with https:// or http://";
}

/// <summary>A path on this site, like <c>/case-studies/old-id/</c> (for <c>aliases</c>).</summary>
public sealed record SitePathType : FieldType
{
    public override string Expected => "a path on this site like /case-studies/old-id/ (lower case, starting and ending with '/')";
}

public sealed record EmailType : FieldType
{
    public override string Expected => "an email address";
}

/// <summary>Where to write to: a web address or an email address.</summary>
public sealed record UrlOrEmailType : FieldType
{
    public override string Expected => "a web address starting with https:// or an email address";
}

public sealed record VocabType(Vocabulary Vocabulary) : FieldType
{
    public override string Expected => "one of: " + string.Join(", ", Vocabulary.Ids);
}

public sealed record RefType(RefKind Kind) : FieldType
{
    public override string Expected => Kind == RefKind.Place
        ? "a place id or GSS code"
        : "the id of " + (Kind == RefKind.Organisation ? "an " : "a ") + RefKinds.Noun(Kind);
}

public sealed record GssType : FieldType
{
    public override string Expected => "a nine-character GSS code like E08000035";
}

public sealed record OrcidType : FieldType
{
    public override string Expected => "an ORCID iD like 0000-0002-1825-0097";
}

public sealed record DoiType : FieldType
{
    public override string Expected => "a DOI like 10.1234/abcd.5678";
}

/// <summary>A file under <c>content/assets/</c> (written <c>assets/…</c>) or a web address.</summary>
public sealed record AssetType(bool AllowUrl = true) : FieldType
{
    public override string Expected => AllowUrl
        ? "a path under assets/ (like assets/images/map.png) or a web address"
        : "a path under assets/ (like assets/files/guide.pdf)";
}

public sealed record ListType(FieldType Item, int MinItems = 0) : FieldType
{
    public override string Expected => "a list";
}

public sealed record ObjectType(ObjectSchema Schema) : FieldType
{
    public override string Expected => "a set of fields (" + string.Join(", ", Schema.Fields.Select(f => f.Name)) + ")";
}

/// <summary>Text that is linked to an organisation when it matches an organisation id.</summary>
public sealed record OrganisationOrTextType : FieldType
{
    public override string Expected => "an organisation id or the organisation's name";
}
