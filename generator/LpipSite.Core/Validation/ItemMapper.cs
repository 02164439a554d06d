using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Validation.Schema;

namespace LpipSite.Core.Validation;

/// <summary>
/// Turns validated documents into the typed model. It runs only when validation found no errors,
/// so required fields are known to be present and references known to resolve.
/// </summary>
public sealed class ItemMapper(ValidatedContent content)
{
    private readonly ReferenceResolver _refs = content.References;

    public SiteContent Map()
    {
        var site = content.OfKind(ContentKind.Site).Single().Object!;
        var settings = new SiteSettings
        {
            Title = site.TextOrEmpty("title"),
            BaseUrl = new Uri(WithSlash(site.TextOrEmpty("base_url"))),
            Description = site.TextOrEmpty("description"),
            Language = site.Text("language") ?? "en-GB",
            Licence = site.Text("licence") ?? "CC-BY-4.0",
            OrganisationId = Ref(site.Ref("organisation")),
            Menu = site.Objects("menu").Select(m => new MenuItem(m.TextOrEmpty("label"), m.TextOrEmpty("url"))).ToList(),
            AccessibilityReviewed = site.Date("accessibility_reviewed"),
            Repository = site.Text("repository")?.TrimEnd('/'),
            ContactEmail = site.Text("contact_email"),
        };

        return new SiteContent
        {
            Settings = settings,
            Themes = Terms(ContentKind.Themes, "theme"),
            Topics = Terms(ContentKind.Topics, "topic"),
            Organisations = Items(ContentKind.Organisation, Organisation),
            Partnerships = Items(ContentKind.Partnership, Partnership),
            Places = Items(ContentKind.Place, Place),
            CaseStudies = Items(ContentKind.CaseStudy, (d, o) => CaseStudy(d, o, settings.Licence)),
            Methods = Items(ContentKind.Method, Method),
            Training = Items(ContentKind.Training, Training),
            News = Items(ContentKind.News, News),
            Pages = Items(ContentKind.Page, Page),
        };
    }

    private static string WithSlash(string url) => url.EndsWith('/') ? url : url + "/";

    private Vocabulary Terms(ContentKind kind, string name) => new(
        name,
        content.OfKind(kind).SelectMany(d => ((BoundList)d.Value).Items.OfType<BoundObject>())
            .Select(t => new VocabularyTerm(t.TextOrEmpty("id"), t.TextOrEmpty("label"), t.TextOrEmpty("description"))));

    private List<T> Items<T>(ContentKind kind, Func<BoundDocument, BoundObject, T> map) =>
        content.OfKind(kind).Where(d => d.Object is not null).Select(d => map(d, d.Object!)).ToList();

    internal static string UrlOf(ContentKind kind, string id) => kind switch
    {
        ContentKind.Page => $"/{id}/",
        ContentKind.Organisation => $"/organisations/{id}/",
        _ => $"/{ContentLayout.FolderOf(kind)}/{id}/",
    };

    private static Publication PublicationOf(BoundObject o) => new(o.Bool("draft"), o.Date("publish_at"));

    private string? Ref(BoundRef? reference) => reference is null ? null : _refs.Resolve(reference);

    private List<string> Refs(BoundObject o, string field) => o.Refs(field).Select(_refs.Resolve).Distinct(StringComparer.Ordinal).ToList();

    private static string? AssetUrl(string? written, BoundDocument document, ValidatedContent content)
    {
        if (written is null)
        {
            return null;
        }

        return Formats.IsWebAddress(written) ? written : "/" + AssetPaths.Resolve(content.Loaded, document.Source.Path, written);
    }

    private ImageRef? Image(BoundObject? image, BoundDocument document) => image is null
        ? null
        : new ImageRef(AssetUrl(image.Text("src"), document, content)!, image.Text("alt") ?? string.Empty, image.Bool("decorative"), image.Text("credit"));

    private List<Person> People(BoundObject o, string field) => o.Objects(field).Select(p =>
    {
        var affiliation = p.Text("affiliation");
        var isOrganisation = affiliation is not null && _refs.Exists(RefKind.Organisation, affiliation);
        return new Person(p.TextOrEmpty("name"), p.Text("orcid"), isOrganisation ? affiliation : null, isOrganisation ? null : affiliation, p.Text("role"));
    }).ToList();

    private static EventSession Session(BoundObject e) => new(
        ((BoundDateTime)e["start"]!).Value,
        (e["end"] as BoundDateTime)?.Value,
        ((BoundDateTime)e["start"]!).HasTime,
        e.Text("location"),
        e.Bool("online"),
        e.Text("booking_url"));

    private Organisation Organisation(BoundDocument d, BoundObject o) => new()
    {
        Id = d.Id,
        Url = UrlOf(d.Kind, d.Id),
        Source = new SourceFile(d.Source.Path),
        Publication = Publication.Live,
        Name = o.TextOrEmpty("name"),
        Type = o.TextOrEmpty("type"),
        Website = o.Text("url"),
        Ror = o.Text("ror"),
    };

    private Partnership Partnership(BoundDocument d, BoundObject o) => new()
    {
        Id = d.Id,
        Url = UrlOf(d.Kind, d.Id),
        Source = new SourceFile(d.Source.Path),
        Publication = Publication.Live,
        Name = o.TextOrEmpty("name"),
        ShortName = o.Text("short_name"),
        SummaryText = o.TextOrEmpty("summary"),
        Nation = o.TextOrEmpty("nation"),
        Phase = o.TextOrEmpty("phase"),
        Status = o.TextOrEmpty("status"),
        LeadOrganisationId = Ref(o.Ref("lead_organisation"))!,
        Partners = o.Objects("partners").Select(p => new PartnerRole(Ref(p.Ref("organisation"))!, p.Text("role"))).ToList(),
        PlaceIds = Refs(o, "places"),
        ThemeIds = Refs(o, "themes"),
        LocalThemes = o.Texts("local_themes").ToList(),
        FunderIds = Refs(o, "funders"),
        Grants = o.Objects("grants").Select(g => new Grant(g.TextOrEmpty("reference"), g.Text("url"))).ToList(),
        Start = o.Date("start")!.Value,
        End = o.Date("end")!.Value,
        Website = o.Text("website"),
        Contact = o.Object("contact") is { } c ? new Contact(c.Text("name"), c.Text("email"), c.Text("url")) : null,
        Logo = Image(o.Object("logo"), d),
    };

    private Place Place(BoundDocument d, BoundObject o) => new()
    {
        Id = d.Id,
        Url = UrlOf(d.Kind, d.Id),
        Source = new SourceFile(d.Source.Path),
        Publication = Publication.Live,
        Name = o.TextOrEmpty("name"),
        AltNames = o.Objects("alt_names").Select(a => new AltName(a.TextOrEmpty("name"), a.TextOrEmpty("lang"))).ToList(),
        Type = o.TextOrEmpty("type"),
        Gss = o.Text("gss"),
        ConstituentIds = Refs(o, "constituents"),
        ParentId = Ref(o.Ref("parent")),
        Nation = o.TextOrEmpty("nation"),
        RegionId = Ref(o.Ref("region")),
        Latitude = o.Number("latitude"),
        Longitude = o.Number("longitude"),
        SummaryText = o.TextOrEmpty("summary"),
        Indicators = o.Objects("indicators").Select(i =>
        {
            var s = i.Object("source")!;
            return new Indicator(i.TextOrEmpty("label"), i.TextOrEmpty("value"), i.Text("unit"), i.Text("period"), i.Text("comparator"),
                new IndicatorSource(s.TextOrEmpty("publisher"), s.Text("dataset"), s.Text("url"), s.Text("licence")));
        }).ToList(),
        LastReviewed = o.Date("last_reviewed"),
    };

    private CaseStudy CaseStudy(BoundDocument d, BoundObject o, string siteLicence)
    {
        var t = o.Object("transferability")!;
        return new CaseStudy
        {
            Id = d.Id,
            Url = UrlOf(d.Kind, d.Id),
            Source = new SourceFile(d.Source.Path),
            Publication = PublicationOf(o),
            Aliases = o.Texts("aliases").ToList(),
            Title = o.TextOrEmpty("title"),
            SummaryText = o.TextOrEmpty("summary"),
            Date = o.Date("date")!.Value,
            Updated = o.Date("updated"),
            PartnershipId = Ref(o.Ref("partnership"))!,
            PlaceIds = Refs(o, "places"),
            ThemeIds = Refs(o, "themes"),
            TopicIds = Refs(o, "topics"),
            MethodIds = Refs(o, "methods"),
            PartnerIds = Refs(o, "partners"),
            Authors = People(o, "authors"),
            EvidenceLevel = o.TextOrEmpty("evidence_level"),
            Outcomes = o.Objects("outcomes").Select(x => new Outcome(x.TextOrEmpty("description"), x.TextOrEmpty("type"))).ToList(),
            Transferability = new Transferability(t.TextOrEmpty("conditions"), t.Text("adaptations"), t.Text("assessment"), Refs(t, "tried_in")),
            Status = o.Text("status"),
            Doi = o.Text("doi"),
            Outputs = o.Objects("outputs").Select(x => new TypedLink(x.TextOrEmpty("title"), AssetUrl(x.Text("url"), d, content)!, x.Text("type"))).ToList(),
            Licence = o.Text("licence") ?? siteLicence,
            Image = Image(o.Object("image"), d),
            Body = d.Source.Body ?? MarkdownBody.Empty,
        };
    }

    private Method Method(BoundDocument d, BoundObject o) => new()
    {
        Id = d.Id,
        Url = UrlOf(d.Kind, d.Id),
        Source = new SourceFile(d.Source.Path),
        Publication = PublicationOf(o),
        Aliases = o.Texts("aliases").ToList(),
        Title = o.TextOrEmpty("title"),
        SummaryText = o.TextOrEmpty("summary"),
        Family = o.TextOrEmpty("family"),
        Stages = o.Texts("stages").ToList(),
        WhenToUse = o.TextOrEmpty("when_to_use"),
        WhenNotToUse = o.Text("when_not_to_use"),
        Resources = o.Object("resources") is { } r ? new MethodResources(r.Text("time"), r.Text("cost"), r.Text("skills")) : null,
        FurtherReading = o.Objects("further_reading").Select(x => new Link(x.TextOrEmpty("title"), x.TextOrEmpty("url"))).ToList(),
        Body = d.Source.Body ?? MarkdownBody.Empty,
    };

    private TrainingResource Training(BoundDocument d, BoundObject o) => new()
    {
        Id = d.Id,
        Url = UrlOf(d.Kind, d.Id),
        Source = new SourceFile(d.Source.Path),
        Publication = PublicationOf(o),
        Aliases = o.Texts("aliases").ToList(),
        Title = o.TextOrEmpty("title"),
        SummaryText = o.TextOrEmpty("summary"),
        Format = o.TextOrEmpty("format"),
        Audience = o.Texts("audience").ToList(),
        Level = o.Text("level"),
        LearningOutcomes = o.Texts("learning_outcomes").ToList(),
        Duration = o.Text("duration"),
        ThemeIds = Refs(o, "themes"),
        MethodIds = Refs(o, "methods"),
        Events = o.Objects("events").Select(Session).OrderBy(e => e.Start).ToList(),
        Files = o.Objects("files").Select(f =>
        {
            var url = AssetUrl(f.Text("src"), d, content)!;
            var file = new FileInfo(Path.Combine(content.Loaded.ContentRoot, url.TrimStart('/')));
            return new TrainingFile(f.TextOrEmpty("title"), url, f.Text("format"), file.Exists ? file.Length : null);
        }).ToList(),
        Transcript = AssetUrl(o.Text("transcript"), d, content),
        Body = d.Source.Body ?? MarkdownBody.Empty,
    };

    private NewsItem News(BoundDocument d, BoundObject o) => new()
    {
        Id = d.Id,
        Url = UrlOf(d.Kind, d.Id),
        Source = new SourceFile(d.Source.Path),
        Publication = PublicationOf(o),
        Aliases = o.Texts("aliases").ToList(),
        Title = o.TextOrEmpty("title"),
        SummaryText = o.TextOrEmpty("summary"),
        Date = o.Date("date")!.Value,
        Kind = o.TextOrEmpty("kind"),
        Authors = People(o, "authors"),
        PartnershipIds = Refs(o, "partnerships"),
        PlaceIds = Refs(o, "places"),
        ThemeIds = Refs(o, "themes"),
        Event = o.Object("event") is { } e ? Session(e) : null,
        Deadline = o.Date("deadline"),
        Image = Image(o.Object("image"), d),
        Body = d.Source.Body ?? MarkdownBody.Empty,
    };

    private Page Page(BoundDocument d, BoundObject o) => new()
    {
        Id = d.Id,
        Url = UrlOf(d.Kind, d.Id),
        Source = new SourceFile(d.Source.Path),
        Publication = PublicationOf(o),
        Aliases = o.Texts("aliases").ToList(),
        Title = o.TextOrEmpty("title"),
        SummaryText = o.TextOrEmpty("summary"),
        Updated = o.Date("updated"),
        Body = d.Source.Body ?? MarkdownBody.Empty,
    };
}
