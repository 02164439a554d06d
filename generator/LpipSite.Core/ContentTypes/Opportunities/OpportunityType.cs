using System.Globalization;
using LpipSite.Core.Authoring;
using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Routing;
using LpipSite.Core.Validation.Schema;
using static LpipSite.Core.Validation.Schema.ContentSchemas;
using static LpipSite.Core.Validation.Schema.Field;

namespace LpipSite.Core.ContentTypes.Opportunities;

/// <summary>
/// Opportunities: secondments, fellowships, funding calls, training places, jobs and calls for
/// evidence, offered by partnerships or organisations. Whether each is upcoming, open, closing soon
/// or closed comes from the build date; the daily rebuild keeps it true.
/// </summary>
public sealed partial class OpportunityType : ContentType
{
    public static readonly OpportunityType Instance = new();

    private OpportunityType()
        : base(new ContentKind("opportunity"), folder: "opportunities", extension: ".md", section: "opportunities")
    {
    }

    /// <summary>Closed opportunities, newest first.</summary>
    public static string ArchiveUrl => Instance.ListingUrl + "archive/";

    /// <summary>Every closing date as one calendar.</summary>
    public static string DeadlinesCalendarUrl => Routes.Beside(Instance.ListingUrl, "deadlines.ics");

    /// <summary>The static filter pages of the listing.</summary>
    /// <summary>The nations an opportunity is for: its places', else those of the partnerships offering it.</summary>
    public static IEnumerable<string> NationsOf(Opportunity o, SiteRelations relations)
    {
        var nations = relations.NationsOf(o.PlaceIds).ToList();
        return nations.Count > 0
            ? nations
            : o.OfferedBy.Where(x => x.IsPartnership).Select(x => relations.PartnershipsById.GetValueOrDefault(x.Id)?.Nation).OfType<string>().Distinct(StringComparer.Ordinal);
    }

    public static string FacetUrl(string facet, string id) => Routes.Facet(Instance.ListingUrl, facet, id);

    /// <summary>Prose fields a translation gives (the body of an .md file always).</summary>
    public override IReadOnlyList<string> TranslatedFields { get; } = ["title", "summary", "eligibility", "value.text"];

    public override ObjectSchema Schema { get; } = new("opportunity", [
        Req("title", Text, "Title."),
        Req("summary", Summary, "Plain-text summary, at most 300 characters."),
        Req("kind", new VocabType(OpportunityKinds.All), "Kind of opportunity."),
        Req("offered_by", ListOf(new RefType(RefKind.Partnership | RefKind.Organisation), 1), "Who offers it: partnership or organisation ids."),
        Opt("places", ListOf(new RefType(RefKind.Place)), "Places it is for (ids or GSS codes)."),
        Opt("themes", ListOf(new RefType(RefKind.Theme)), "Programme themes."),
        Opt("opens", new DateTimeType(), "When applications open (UK time)."),
        Opt("closes", new DateTimeType(), "The closing date, or date and time (UK time); a date alone means the end of that day."),
        Opt("closed", new BoolType(), "True when it has closed although its closing date is not known or has not passed (filled, withdrawn)."),
        Opt("eligibility", LongText, "Who may apply."),
        Opt("value", Obj("value", Req("text", Text, "What it is worth, in words."), Opt("amount", new NumberType(0, 1_000_000_000), "An amount in pounds (the total, or the largest award: say which in text).")), "What it is worth."),
        Req("how_to_apply", new UrlOrEmailType(), "Where to apply: a web address or an email address."),
        Opt("contact", Obj("contact", Opt("name", Text, "Name."), Opt("email", new EmailType(), "Email."), Opt("url", new UrlType(), "Contact page.")), "Who to ask."),
        Opt("image", Image, "Lead image."),
        Draft,
        PublishAt,
        Aliases,
    ]);

    public override ContentItem Map(ItemSource s)
    {
        var o = s.Fields;
        return new Opportunity
        {
            Id = s.Id,
            Url = s.Url,
            Source = s.Source,
            Publication = s.Publication,
            Aliases = s.Aliases,
            Title = o.TextOrEmpty("title"),
            SummaryText = o.TextOrEmpty("summary"),
            Kind = o.TextOrEmpty("kind"),
            OfferedBy = s.Refs("offered_by").Select(id => new Offerer(id, s.Is(RefKind.Partnership, id))).ToList(),
            PlaceIds = s.Refs("places"),
            ThemeIds = s.Refs("themes"),
            Opens = s.DateTime("opens") is { } opens ? new LocalMoment(opens.Value, opens.HasTime) : null,
            Closes = s.DateTime("closes") is { } closes ? new LocalMoment(closes.Value, closes.HasTime) : null,
            MarkedClosed = o.Bool("closed"),
            Eligibility = o.Text("eligibility"),
            Value = o.Object("value") is { } v ? new OpportunityValue(v.TextOrEmpty("text"), v.Number("amount")) : null,
            HowToApply = o.TextOrEmpty("how_to_apply"),
            Contact = o.Object("contact") is { } c ? new Contact(c.Text("name"), c.Text("email"), c.Text("url")) : null,
            Image = s.Image("image"),
            Body = s.Body,
        };
    }

    /// <summary>Closing soonest first; those without a closing date after them, by id.</summary>
    public override IEnumerable<ContentItem> Order(IEnumerable<ContentItem> items) =>
        items.Cast<Opportunity>()
            .OrderBy(o => o.Closes is null)
            .ThenBy(o => o.Closes?.Value)
            .ThenBy(o => o.Id, StringComparer.Ordinal);

    public override bool HasScaffold => true;

    public override void WriteScaffold(Scaffold s)
    {
        var offeredBy = s.Partnership ?? s.Pick("offered_by", s.Site.Partnerships, "partnerships");
        s.FrontMatterStart("opportunity", "4.10");
        s.Title();
        s.Summary("Say in one or two plain sentences what is offered and to whom.");
        s.Comment("One of: " + string.Join(", ", OpportunityKinds.All.Ids) + ".");
        s.Line("kind: funding-call");
        s.Comment("Partnership or organisation ids: file names in content/partnerships/ or content/organisations/.");
        s.Line("offered_by:");
        s.Line($"  - {offeredBy}");
        if (s.Place is not null)
        {
            s.Line("places:");
            s.Line($"  - {s.Place}");
        }

        s.Comment("When applications open and close (UK time): a date, or a date and time like 2027-03-12T17:00.");
        s.Line($"opens: {s.Today}");
        s.Line($"closes: {s.TodayDate.AddDays(28).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}T17:00");
        s.Comment("Where to apply: the call's web page, or an email address. Replace this example.");
        s.Line("how_to_apply: https://www.example.org/replace-with-the-application-page");
        s.Comment("Optional: eligibility (who may apply), value ({text, amount}) and contact ({name, email, url}).");
        s.Draft();
        s.Line("---");
        s.Section("What it offers", "What the successful applicants get, and for how long.");
        s.Section("Who can apply", "Who is eligible, and what the panel looks for.");
        s.Section("How to apply", "The steps, the documents needed and where to send them.");
    }

    internal override Rendering.Pages.PageSource Pages(Rendering.Pages.PagePlanning planning) => new OpportunityPages(planning);

    internal override System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver ViewJson => OpportunityViewJson.Default;

    internal override Type TextKeys => typeof(OpportunityTextKeys);
}
