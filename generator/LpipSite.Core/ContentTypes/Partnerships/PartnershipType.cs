using System.Globalization;
using LpipSite.Core.Authoring;
using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Validation.Schema;
using static LpipSite.Core.Validation.Schema.ContentSchemas;
using static LpipSite.Core.Validation.Schema.Field;

namespace LpipSite.Core.ContentTypes.Partnerships;

/// <summary>The Local Policy Innovation Partnerships and the Hub.</summary>
public sealed partial class PartnershipType : ContentType
{
    public static readonly PartnershipType Instance = new();

    private PartnershipType()
        : base(ContentKind.Partnership, folder: "partnerships", extension: ".yml", section: "partnerships")
    {
    }

    public override RefKind? ReferencedAs => RefKind.Partnership;

    public override ObjectSchema Schema { get; } = new("partnership", [
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
        Opt("image", Image, "Lead image: a photograph of the partnership's work or place."),
    ]);

    public override ContentItem Map(ItemSource s)
    {
        var o = s.Fields;
        return new Partnership
        {
            Id = s.Id,
            Url = s.Url,
            Source = s.Source,
            Publication = Publication.Live,
            Name = o.TextOrEmpty("name"),
            ShortName = o.Text("short_name"),
            SummaryText = o.TextOrEmpty("summary"),
            Nation = o.TextOrEmpty("nation"),
            Phase = o.TextOrEmpty("phase"),
            Status = o.TextOrEmpty("status"),
            LeadOrganisationId = s.Ref(o.Ref("lead_organisation"))!,
            Partners = o.Objects("partners").Select(p => new PartnerRole(s.Ref(p.Ref("organisation"))!, p.Text("role"))).ToList(),
            PlaceIds = s.Refs("places"),
            ThemeIds = s.Refs("themes"),
            LocalThemes = o.Texts("local_themes").ToList(),
            FunderIds = s.Refs("funders"),
            Grants = o.Objects("grants").Select(g => new Grant(g.TextOrEmpty("reference"), g.Text("url"))).ToList(),
            Start = o.Date("start")!.Value,
            End = o.Date("end")!.Value,
            Website = o.Text("website"),
            Contact = o.Object("contact") is { } c ? new Contact(c.Text("name"), c.Text("email"), c.Text("url")) : null,
            Logo = s.Image("logo"),
            Image = s.Image("image"),
        };
    }

    public override bool HasScaffold => true;

    public override void WriteScaffold(Scaffold s)
    {
        var organisation = s.Pick("lead_organisation", s.Site.Organisations, "organisations");
        var place = s.Place ?? s.Pick("places", s.Site.Places, "places");
        var nation = s.Site.NationOf(s.Place);
        var theme = s.Pick("themes", s.Site.Themes, "themes");
        s.Comment("A partnership. Every field is explained in docs/content-model.md, section 4.3.");
        s.Comment("Keep two-space indentation and never use tabs. Run 'lpip check' when you have finished.");
        s.Title("name");
        s.Summary("Say in one or two plain sentences what the partnership is and does.");
        s.Comment("One of: " + string.Join(", ", Vocabularies.Nations.Ids) + ".");
        s.Line($"nation: {nation ?? "england"}");
        s.Comment("One of: " + string.Join(", ", Vocabularies.Phases.Ids) + ".");
        s.Line("phase: phase-2");
        s.Comment("active or completed.");
        s.Line("status: active");
        s.Comment("The id of the lead organisation: a file name in content/organisations/.");
        s.Line($"lead_organisation: {organisation}");
        s.Comment("Place ids (file names in content/places/); at least one.");
        s.Line("places:");
        s.Line($"  - {place}");
        s.Comment("Theme ids from content/taxonomies/themes.yml; at least one.");
        s.Line("themes:");
        s.Line($"  - {theme}");
        s.Comment("The dates of the grant (YYYY-MM-DD); end is not before start.");
        s.Line($"start: {s.Today}");
        s.Line($"end: {s.TodayDate.AddYears(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
    }

    internal override Rendering.Pages.PageSource Pages(Rendering.Pages.PagePlanning planning) => new PartnershipPages(planning);

    internal override Type TextKeys => typeof(PartnershipTextKeys);
}
