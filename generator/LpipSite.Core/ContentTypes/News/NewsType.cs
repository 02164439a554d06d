using System.Globalization;
using LpipSite.Core.Authoring;
using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Routing;
using LpipSite.Core.Validation.Schema;
using static LpipSite.Core.Validation.Schema.ContentSchemas;
using static LpipSite.Core.Validation.Schema.Field;

namespace LpipSite.Core.ContentTypes.News;

/// <summary>News, events, funding calls and publications.</summary>
public sealed partial class NewsType : ContentType
{
    public static readonly NewsType Instance = new();

    private NewsType()
        : base(ContentKind.News, folder: "news", extension: ".md", section: "news")
    {
    }

    /// <summary>Every event in the news as one calendar.</summary>
    public static string EventsCalendarUrl => Routes.Beside(Instance.ListingUrl, "events.ics");

    public override ObjectSchema Schema { get; } = new("news item", [
        Req("title", Text, "Title."),
        Req("summary", Summary, "Plain-text summary, at most 300 characters."),
        Req("date", new DateType(), "Publication date."),
        Req("kind", new VocabType(Vocabularies.NewsKinds), "Kind of item."),
        Opt("authors", ListOf(ContentSchemas.Person), "Authors."),
        Opt("partnerships", ListOf(new RefType(RefKind.Partnership)), "Partnerships."),
        Opt("places", ListOf(new RefType(RefKind.Place)), "Places."),
        Opt("themes", ListOf(new RefType(RefKind.Theme)), "Themes."),
        new FieldSchema("event", ContentSchemas.EventSession, false, "The event; required when kind is event.", RequiredWhen: new Condition("kind", ["event"])),
        new FieldSchema("deadline", new DateType(), false, "Closing date; required when kind is funding-call.", RequiredWhen: new Condition("kind", ["funding-call"])),
        Opt("image", Image, "Image."),
        Draft,
        PublishAt,
        Aliases,
    ]);

    /// <summary>Newest first, then by id.</summary>
    public override IEnumerable<ContentItem> Order(IEnumerable<ContentItem> items) =>
        items.Cast<NewsItem>().OrderByDescending(i => i.Date).ThenBy(i => i.Id, StringComparer.Ordinal);

    public override ContentItem Map(ItemSource s)
    {
        var o = s.Fields;
        return new NewsItem
        {
            Id = s.Id,
            Url = s.Url,
            Source = s.Source,
            Publication = s.Publication,
            Aliases = s.Aliases,
            Title = o.TextOrEmpty("title"),
            SummaryText = o.TextOrEmpty("summary"),
            Date = o.Date("date")!.Value,
            Kind = o.TextOrEmpty("kind"),
            Authors = s.People("authors"),
            PartnershipIds = s.Refs("partnerships"),
            PlaceIds = s.Refs("places"),
            ThemeIds = s.Refs("themes"),
            Event = o.Object("event") is { } e ? ItemSource.Session(e) : null,
            Deadline = o.Date("deadline"),
            Image = s.Image("image"),
            Body = s.Body,
        };
    }

    /// <summary>News files start with their date, so the folder lists them in order.</summary>
    public override string ScaffoldId(string slug, DateOnly today) => today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + slug;

    public override bool HasScaffold => true;

    public override void WriteScaffold(Scaffold s)
    {
        var partnership = s.Partnership;
        var place = s.Place;
        s.FrontMatterStart("news item", "4.8");
        s.Title();
        s.Summary("Say in one or two plain sentences what the news is.");
        s.Line($"date: {s.Today}");
        s.Comment("One of: " + string.Join(", ", Vocabularies.NewsKinds.Ids) + ".");
        s.Comment("An event also needs 'event' (start, end, location, online); a funding call needs 'deadline'.");
        s.Line("kind: news");
        if (partnership is not null)
        {
            s.Line("partnerships:");
            s.Line($"  - {partnership}");
        }

        if (place is not null)
        {
            s.Line("places:");
            s.Line($"  - {place}");
        }

        s.Draft();
        s.Line("---");
        s.Line();
        s.Line("Write the news here, with links to its sources.");
    }

    internal override Rendering.Pages.PageSource Pages(Rendering.Pages.PagePlanning planning) => new NewsPages(planning);

    internal override Type TextKeys => typeof(NewsTextKeys);
}
