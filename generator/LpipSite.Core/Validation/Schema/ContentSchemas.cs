using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using static LpipSite.Core.Validation.Schema.Field;

namespace LpipSite.Core.Validation.Schema;

/// <summary>The content model (docs/content-model.md) as data: one schema per kind of file.</summary>
public static class ContentSchemas
{
    public const int SummaryMaxLength = 300;

    private static readonly TextType Text = new();
    private static readonly TextType Summary = new(SummaryMaxLength);
    private static readonly TextType LongText = new(Plain: false);

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
        Opt("credit", Text, "Who made the image."));

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
        Opt("licence", new VocabType(Vocabularies.Licences), "Default licence; default CC-BY-4.0."),
        Opt("organisation", new RefType(RefKind.Organisation), "The publisher's organisation id."),
        Opt("menu", ListOf(Obj("menu item", Req("label", Text, "Link text."), Req("url", Text, "Site path or web address."))), "Primary navigation."),
        Opt("accessibility_reviewed", new DateType(), "When the accessibility statement was last reviewed."),
        Opt("repository", new UrlType(), "Web address of the content repository, for 'Suggest a change' links."),
        Opt("contact_email", new EmailType(), "Public contact address."),
    ]);

    /// <summary>Themes and topics files are a plain list of terms.</summary>
    public static readonly ListType Vocabulary = ListOf(Term, 1);

    public static readonly ObjectSchema Organisation = new("organisation", [
        Req("name", Text, "Full name."),
        Req("type", new VocabType(Vocabularies.OrganisationTypes), "Kind of organisation."),
        Opt("url", new UrlType(), "Website."),
        Opt("ror", new UrlType(), "Research Organization Registry id, as a https://ror.org/… address."),
    ]);

    public static readonly ObjectSchema Partnership = new("partnership", [
        Req("name", Text, "Full name."),
        Opt("short_name", Text, "Short name or acronym."),
        Req("summary", Summary, "Plain-text summary, at most 300 characters."),
        Req("nation", new VocabType(Vocabularies.Nations), "Nation."),
        Req("phase", new VocabType(Vocabularies.Phases), "Programme phase."),
        Req("status", new VocabType(Vocabularies.PartnershipStatuses), "Active or completed."),
        Req("lead_organisation", new RefType(RefKind.Organisation), "Lead organisation id."),
        Opt("partners", ListOf(Obj("partner", Req("organisation", new RefType(RefKind.Organisation), "Organisation id."), Opt("role", Text, "Role in the partnership."))), "Partners and their roles."),
        Req("places", ListOf(new RefType(RefKind.Place), 1), "Places covered (ids or GSS codes)."),
        Req("themes", ListOf(new RefType(RefKind.Theme), 1), "Programme themes."),
        Opt("local_themes", ListOf(Text), "The partnership's own wording of its themes."),
        Opt("funders", ListOf(new RefType(RefKind.Organisation)), "Funder organisation ids."),
        Opt("grants", ListOf(Obj("grant", Req("reference", Text, "Grant reference."), Opt("url", new UrlType(), "Grant record.")))
            , "Grants."),
        Req("start", new DateType(), "Start date."),
        Req("end", new DateType(), "End date (not before start)."),
        Opt("website", new UrlType(), "Website."),
        Opt("contact", Obj("contact", Opt("name", Text, "Name."), Opt("email", new EmailType(), "Email."), Opt("url", new UrlType(), "Contact page.")), "Contact."),
        Opt("logo", Image, "Logo."),
    ]);

    public static readonly ObjectSchema Place = new("place", [
        Req("name", Text, "Name in English."),
        Opt("alt_names", ListOf(Obj("alternative name", Req("name", Text, "The name."), Req("lang", Text, "Language tag: cy, gd or ga."))), "Names in Welsh, Gaelic or Irish."),
        Req("type", new VocabType(Vocabularies.PlaceTypes), "Kind of place."),
        new FieldSchema("gss", new GssType(), false, "GSS code; required unless type is custom-area.",
            RequiredWhen: new Condition("type", Vocabularies.PlaceTypes.Ids.Where(t => t != "custom-area").ToList())),
        new FieldSchema("constituents", ListOf(new RefType(RefKind.Place), 1), false, "Places making up a custom area.",
            RequiredWhen: new Condition("type", ["custom-area"]), AllowedOnlyWhen: new Condition("type", ["custom-area"])),
        Opt("parent", new RefType(RefKind.Place), "The place this one lies within."),
        Req("nation", new VocabType(Vocabularies.Nations), "Nation."),
        Opt("region", new RefType(RefKind.Place), "English region (a place of type region)."),
        Opt("latitude", new NumberType(49.8, 60.9), "Latitude (WGS84)."),
        Opt("longitude", new NumberType(-8.7, 1.8), "Longitude (WGS84)."),
        Req("summary", Summary, "Plain-text summary, at most 300 characters."),
        Opt("indicators", ListOf(Obj(
            "indicator",
            Req("label", Text, "What is measured."),
            Req("value", Text, "The value."),
            Opt("unit", Text, "Unit."),
            Opt("period", Text, "Period the value covers."),
            Opt("comparator", Text, "A comparison figure, e.g. the national value."),
            Req("source", Obj(
                "source",
                Req("publisher", Text, "Publisher."),
                Opt("dataset", Text, "Dataset."),
                Opt("url", new UrlType(), "Where the data is published."),
                Opt("licence", new VocabType(Vocabularies.Licences), "Licence of the data.")), "Source."))), "Indicators with their sources."),
        Opt("last_reviewed", new DateType(), "When the profile was last checked."),
    ]);

    private static readonly FieldSchema Draft = Opt("draft", new BoolType(), "True to keep the item out of the published site.");
    private static readonly FieldSchema Aliases = Opt("aliases", ListOf(new SitePathType()), "Old addresses of this page (like /case-studies/old-id/) that redirect to it.");
    private static readonly FieldSchema PublishAt = Opt("publish_at", new DateType(), "Not published before this date.");

    public static readonly ObjectSchema CaseStudy = new("case study", [
        Req("title", Text, "Title."),
        Req("summary", Summary, "Plain-text summary, at most 300 characters."),
        Req("date", new DateType(), "Publication date."),
        Opt("updated", new DateType(), "Last update (not before date)."),
        Req("partnership", new RefType(RefKind.Partnership), "Partnership id."),
        Req("places", ListOf(new RefType(RefKind.Place), 1), "Places (ids or GSS codes)."),
        Req("themes", ListOf(new RefType(RefKind.Theme), 1), "Programme themes."),
        Opt("topics", ListOf(new RefType(RefKind.Topic)), "Topics."),
        Opt("methods", ListOf(new RefType(RefKind.Method)), "Methods used."),
        Opt("partners", ListOf(new RefType(RefKind.Organisation)), "Partner organisation ids."),
        Req("authors", ListOf(Person, 1), "Authors."),
        Req("evidence_level", new VocabType(Vocabularies.EvidenceLevels), "Standard of evidence."),
        Opt("outcomes", ListOf(Obj("outcome", Req("description", Text, "What changed."), Req("type", new VocabType(Vocabularies.OutcomeTypes), "Kind of outcome."))), "Outcomes."),
        Req("transferability", Obj(
            "transferability",
            Req("conditions", LongText, "What made it work here."),
            Opt("adaptations", LongText, "What others would need to adapt."),
            Opt("assessment", new VocabType(Vocabularies.TransferAssessments), "How far it has transferred."),
            Opt("tried_in", ListOf(new RefType(RefKind.Place)), "Places where it has since been tried.")), "Transferability."),
        Opt("status", new VocabType(Vocabularies.CaseStudyStatuses), "Ongoing or completed."),
        Opt("doi", new DoiType(), "DOI."),
        Opt("outputs", ListOf(Obj("output", Req("title", Text, "Title."), Req("url", new AssetType(), "Web address or assets/ path."), Opt("type", new VocabType(Vocabularies.OutputTypes), "Kind of output."))), "Outputs and sources."),
        Opt("licence", new VocabType(Vocabularies.Licences), "Licence; defaults to the site licence."),
        Opt("image", Image, "Image."),
        Draft,
        PublishAt,
        Aliases,
    ]);

    public static readonly ObjectSchema Method = new("method", [
        Req("title", Text, "Title."),
        Req("summary", Summary, "Plain-text summary, at most 300 characters."),
        Req("family", new VocabType(Vocabularies.MethodFamilies), "Family of methods."),
        Opt("stages", ListOf(new VocabType(Vocabularies.MethodStages)), "Stages of policy work it serves."),
        Req("when_to_use", LongText, "When it helps."),
        Opt("when_not_to_use", LongText, "When it does not."),
        Opt("resources", Obj("resources", Opt("time", Text, "Time needed."), Opt("cost", new VocabType(Vocabularies.Costs), "Cost."), Opt("skills", Text, "Skills needed.")), "Resources needed."),
        Opt("further_reading", ListOf(Obj("reading", Req("title", Text, "Title."), Req("url", new UrlType(), "Web address."))), "Further reading."),
        Draft,
        Aliases,
    ]);

    public static readonly ObjectSchema Training = new("training resource", [
        Req("title", Text, "Title."),
        Req("summary", Summary, "Plain-text summary, at most 300 characters."),
        Req("format", new VocabType(Vocabularies.TrainingFormats), "Format."),
        Req("audience", ListOf(new VocabType(Vocabularies.Audiences), 1), "Who it is for (a list)."),
        Opt("level", new VocabType(Vocabularies.Levels), "Level."),
        Req("learning_outcomes", ListOf(Text, 1), "What learners will be able to do."),
        Opt("duration", Text, "How long it takes."),
        Opt("themes", ListOf(new RefType(RefKind.Theme)), "Programme themes."),
        Opt("methods", ListOf(new RefType(RefKind.Method)), "Methods taught."),
        Opt("events", ListOf(EventSession), "Dated sessions."),
        Opt("files", ListOf(Obj("file", Req("title", Text, "Title."), Req("src", new AssetType(AllowUrl: false), "Path under assets/."), Opt("format", Text, "Format, e.g. PDF."))), "Downloads."),
        new FieldSchema("transcript", new AssetType(), false, "Transcript (assets/ path or web address); required for video, podcast and webinar.",
            RequiredWhen: new Condition("format", Vocabularies.FormatsNeedingTranscript.Order(StringComparer.Ordinal).ToList())),
        Draft,
        Aliases,
    ]);

    public static readonly ObjectSchema News = new("news item", [
        Req("title", Text, "Title."),
        Req("summary", Summary, "Plain-text summary, at most 300 characters."),
        Req("date", new DateType(), "Publication date."),
        Req("kind", new VocabType(Vocabularies.NewsKinds), "Kind of item."),
        Opt("authors", ListOf(Person), "Authors."),
        Opt("partnerships", ListOf(new RefType(RefKind.Partnership)), "Partnerships."),
        Opt("places", ListOf(new RefType(RefKind.Place)), "Places."),
        Opt("themes", ListOf(new RefType(RefKind.Theme)), "Themes."),
        new FieldSchema("event", EventSession, false, "The event; required when kind is event.", RequiredWhen: new Condition("kind", ["event"])),
        new FieldSchema("deadline", new DateType(), false, "Closing date; required when kind is funding-call.", RequiredWhen: new Condition("kind", ["funding-call"])),
        Opt("image", Image, "Image."),
        Draft,
        PublishAt,
        Aliases,
    ]);

    public static readonly ObjectSchema Page = new("page", [
        Req("title", Text, "Title."),
        Req("summary", Summary, "Plain-text summary, at most 300 characters."),
        Opt("updated", new DateType(), "Last update."),
        Draft,
        Aliases,
    ]);

    public static ObjectSchema? For(ContentKind kind) => kind switch
    {
        ContentKind.Site => Site,
        ContentKind.Organisation => Organisation,
        ContentKind.Partnership => Partnership,
        ContentKind.Place => Place,
        ContentKind.CaseStudy => CaseStudy,
        ContentKind.Method => Method,
        ContentKind.Training => Training,
        ContentKind.News => News,
        ContentKind.Page => Page,
        _ => null,
    };
}
