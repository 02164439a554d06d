using LpipSite.Core.Authoring;
using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Routing;
using LpipSite.Core.Validation.Schema;
using static LpipSite.Core.Validation.Schema.ContentSchemas;
using static LpipSite.Core.Validation.Schema.Field;

namespace LpipSite.Core.ContentTypes.CaseStudies;

/// <summary>Case studies of local policy innovation: the heart of the site.</summary>
public sealed partial class CaseStudyType : ContentType
{
    public static readonly CaseStudyType Instance = new();

    private CaseStudyType()
        : base(ContentKind.CaseStudy, folder: "case-studies", extension: ".md", section: "case-studies")
    {
    }

    /// <summary>The static filter pages of the case study listing.</summary>
    public static string ThemeFacetUrl(string id) => Routes.Facet(Instance.ListingUrl, "theme", id);

    public static string NationFacetUrl(string id) => Routes.Facet(Instance.ListingUrl, "nation", id);

    public static string RegionFacetUrl(string id) => Routes.Facet(Instance.ListingUrl, "region", id);

    public static string MethodFacetUrl(string id) => Routes.Facet(Instance.ListingUrl, "method", id);

    public static string PartnershipFacetUrl(string id) => Routes.Facet(Instance.ListingUrl, "partnership", id);

    /// <summary>Prose fields a translation gives (the body of an .md file always).</summary>
    public override IReadOnlyList<string> TranslatedFields { get; } = ["title", "summary", "transferability.conditions", "transferability.adaptations"];

    public override ObjectSchema Schema { get; } = new("case study", [
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
        Req("authors", ListOf(ContentSchemas.Person, 1), "Authors."),
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

    /// <summary>Newest first, then by id.</summary>
    public override IEnumerable<ContentItem> Order(IEnumerable<ContentItem> items) =>
        items.Cast<CaseStudy>().OrderByDescending(i => i.Date).ThenBy(i => i.Id, StringComparer.Ordinal);

    public override ContentItem Map(ItemSource s)
    {
        var o = s.Fields;
        var t = o.Object("transferability")!;
        return new CaseStudy
        {
            Id = s.Id,
            Url = s.Url,
            Source = s.Source,
            Publication = s.Publication,
            Aliases = s.Aliases,
            Title = o.TextOrEmpty("title"),
            SummaryText = o.TextOrEmpty("summary"),
            Date = o.Date("date")!.Value,
            Updated = o.Date("updated"),
            PartnershipId = s.Ref(o.Ref("partnership"))!,
            PlaceIds = s.Refs("places"),
            ThemeIds = s.Refs("themes"),
            TopicIds = s.Refs("topics"),
            MethodIds = s.Refs("methods"),
            PartnerIds = s.Refs("partners"),
            Authors = s.People("authors"),
            EvidenceLevel = o.TextOrEmpty("evidence_level"),
            Outcomes = o.Objects("outcomes").Select(x => new Outcome(x.TextOrEmpty("description"), x.TextOrEmpty("type"))).ToList(),
            Transferability = new Transferability(t.TextOrEmpty("conditions"), t.Text("adaptations"), t.Text("assessment"), s.Refs(t, "tried_in")),
            Status = o.Text("status"),
            Doi = o.Text("doi"),
            Outputs = o.Objects("outputs").Select(x => new TypedLink(x.TextOrEmpty("title"), s.AssetUrl(x.Text("url"))!, x.Text("type"))).ToList(),
            Licence = o.Text("licence") ?? s.Settings.Licence,
            Image = s.Image("image"),
            Body = s.Body,
        };
    }

    public override bool HasScaffold => true;

    public override void WriteScaffold(Scaffold s)
    {
        var partnership = s.Partnership ?? s.Pick("partnership", s.Site.Partnerships, "partnerships");
        var place = s.Place ?? s.Pick("places", s.Site.Places, "places");
        var theme = s.Pick("themes", s.Site.Themes, "themes");
        s.FrontMatterStart("case study", "4.5");
        s.Title();
        s.Summary("Say in one or two plain sentences what was done, where, and what changed.");
        s.Comment("The date this case study is published on the site (YYYY-MM-DD).");
        s.Line($"date: {s.Today}");
        s.Comment("The id of the partnership: a file name in content/partnerships/.");
        s.Line($"partnership: {partnership}");
        s.Comment("Place ids (file names in content/places/) or GSS codes; at least one.");
        s.Line("places:");
        s.Line($"  - {place}");
        s.Comment("Theme ids from content/taxonomies/themes.yml; at least one.");
        s.Line("themes:");
        s.Line($"  - {theme}");
        s.Comment("Optional: topics (content/taxonomies/topics.yml), methods (content/methods/) and partners (content/organisations/).");
        s.Comment("topics: [net-zero]");
        s.Comment("Everyone who wrote it. orcid, affiliation and role are optional.");
        s.Line("authors:");
        s.Line("  - name: LPIP Hub editorial team");
        s.Comment("not-assessed, nesta-1 … nesta-5 or sms-1 … sms-5. Use not-assessed unless a source gives a rating.");
        s.Line("evidence_level: not-assessed");
        s.Line("transferability:");
        s.Line("  # What made it work here (required).");
        s.Line("  conditions: >-");
        s.Line("    Describe the conditions that made this work in this place.");
        s.Line("  # How far it has been tried elsewhere: untested, promising or replicated.");
        s.Line("  assessment: untested");
        s.Draft();
        s.Line("---");
        s.Section("Challenge", "What problem did the place face, and who did it affect?");
        s.Section("What we did", "Who took part, what was done, and when.");
        s.Section("Outcomes", "What changed, with the sources that show it.");
        s.Section("Lessons for other places", "What would another place need to do the same?");
    }

    internal override Rendering.Pages.PageSource Pages(Rendering.Pages.PagePlanning planning) => new CaseStudyPages(planning);

    internal override Type TextKeys => typeof(CaseStudyTextKeys);
}
