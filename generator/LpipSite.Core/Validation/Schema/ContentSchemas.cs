using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using static LpipSite.Core.Validation.Schema.Field;

namespace LpipSite.Core.Validation.Schema;

/// <summary>The content model (docs/content-model.md) as data: one schema per kind of file.</summary>
public static class ContentSchemas
{
    public const int SummaryMaxLength = 300;

    /// <summary>Plain text, one line or a few.</summary>
    public static readonly TextType Text = new();

    /// <summary>A plain-text summary of at most <see cref="SummaryMaxLength"/> characters.</summary>
    public static readonly TextType Summary = new(SummaryMaxLength);

    /// <summary>Longer text that may use Markdown.</summary>
    public static readonly TextType LongText = new(Plain: false);

    public static readonly ObjectType Person = Obj(
        "person",
        Req("name", Text, "The person's name."),
        Opt("orcid", new OrcidType(), "ORCID iD, e.g. 0000-0002-1825-0097."),
        Opt("affiliation", new OrganisationOrTextType(), "Organisation id, or the organisation's name."),
        Opt("role", Text, "Role in the work."));

    public static readonly ObjectType Image = Obj(
        "image",
        Req("src", new AssetType(AllowUrl: false), "Path under assets/; the site loads no images from other websites."),
        Req("alt", new TextType(Plain: true), "Text alternative; may be empty only when decorative is true."),
        Opt("decorative", new BoolType(), "True when the image adds nothing a reader needs."),
        Opt("credit", Text, "Who made the image."),
        Opt("licence", new VocabType(Vocabularies.Licences), "The image's licence, when it is not the page's."));

    public static readonly ObjectType EventSession = Obj(
        "event",
        Req("start", new DateTimeType(), "When it starts (UK time)."),
        Opt("end", new DateTimeType(), "When it ends (UK time)."),
        Opt("location", Text, "Where it takes place."),
        Opt("online", new BoolType(), "True when it can be joined online."),
        Opt("booking_url", new UrlType(), "Where to book."));

    private static readonly ObjectType Term = Obj(
        "term",
        Req("id", new IdType(), "The id used in other files."),
        Req("label", Text, "The name shown to readers."),
        Req("description", LongText, "What the term covers."));

    public static readonly ObjectSchema Site = new("site", [
        Req("title", Text, "The site's name."),
        Req("base_url", new UrlType(), "The site's address; absolute, ending with '/'."),
        Req("description", Text, "One or two sentences about the site."),
        Opt("language", Text, "Language tag; default en-GB."),
        Opt("languages", ListOf(Text), "The languages the site is published in, as codes (en, cy); the first is the language of the source files, and each other one has its pages under /{code}/."),
        Opt("licence", new VocabType(Vocabularies.Licences), "Default licence; default CC-BY-4.0."),
        Opt("organisation", new RefType(RefKind.Organisation), "The publisher's organisation id."),
        Opt("menu", ListOf(Obj("menu item", Req("label", Text, "Link text."), Req("url", Text, "Site path or web address."))), "Primary navigation."),
        Opt("accessibility_reviewed", new DateType(), "When the accessibility statement was last reviewed."),
        Opt("repository", new UrlType(), "Web address of the content repository, for 'Suggest a change' links."),
        Opt("contact_email", new EmailType(), "Public contact address."),
        Opt("image", Image, "The picture shown when a page without a photograph of its own is shared (on social media, in messages)."),
    ]);

    /// <summary>Themes and topics files are a plain list of terms.</summary>
    public static readonly ListType Vocabulary = ListOf(Term, 1);

    public static readonly FieldSchema Draft = Opt("draft", new BoolType(), "True to keep the item out of the published site.");
    public static readonly FieldSchema Aliases = Opt("aliases", ListOf(new SitePathType()), "Old addresses of this page (like /case-studies/old-id/) that redirect to it.");
    public static readonly FieldSchema PublishAt = Opt("publish_at", new DateType(), "Not published before this date.");

    /// <summary>The schema of a kind of file: site.yml's, or its content type's.</summary>
    public static ObjectSchema? For(ContentKind kind) =>
        kind == ContentKind.Site ? Site : ContentTypes.ContentTypeRegistry.Of(kind)?.Schema;
}
