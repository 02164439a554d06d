using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Rendering;

/// <summary>
/// A small hand-made site that exercises every page type: two nations with a region, a custom
/// area and a place with a Welsh name; three partnerships; methods; 25 published case studies (so
/// listings paginate) plus a draft and a scheduled one; training with past and upcoming sessions;
/// news of every kind; and the static pages the footer links to.
/// </summary>
internal static class SampleSite
{
    public static readonly DateOnly Today = new(2025, 6, 15);

    public static string ThemeDirectory => RepositoryRoot.DefaultTheme;

    private static readonly Lazy<RenderResult> DefaultRender = new(() => SiteRenderer.Render(Model(), Options()));

    /// <summary>The sample site rendered once with default options (shared by read-only tests).</summary>
    public static RenderResult Rendered => DefaultRender.Value;

    public static RenderOptions Options(int threads = -1, bool includeUnpublished = false) => new()
    {
        ThemeDirectory = ThemeDirectory,
        MaxDegreeOfParallelism = threads,
        IncludeUnpublished = includeUnpublished,
    };

    public static SiteModel Model(bool includeUnpublished = false) => SiteModelFactory.Create(Content(), Today, includeUnpublished);

    public static string Html(this RenderResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content.Span);

    private static SourceFile Source(string folder, string id, string extension = ".md") => new($"content/{folder}/{id}{extension}");

    public static SiteContent Content()
    {
        var themes = new Vocabulary("theme",
        [
            new("inclusive-sustainable-economy", "Inclusive and sustainable economy", "Local economic performance that is inclusive and sustainable."),
            new("greener-economy", "Greener economy", "Living and working sustainably in a greener economy."),
            new("innovation", "Innovation", "Innovation in places."),
            new("skills", "Skills", "Skills for local economies."),
            new("communities-in-their-places", "Communities in their places", "Communities and the places they live in."),
            new("cultural-recovery", "Cultural recovery", "Culture and heritage after the pandemic."),
            new("felt-experience", "Felt experience", "How people experience their places."),
            new("partnership-capability", "Partnership capability", "Collective capability in place-based partnership working."),
        ]);
        var topics = new Vocabulary("topic", [new("data", "Data", "Data and evidence."), new("housing", "Housing", "Housing.")]);

        var organisations = new List<Organisation>
        {
            Org("esrc", "Economic and Social Research Council", "funder", "https://www.ukri.org/councils/esrc/"),
            Org("ahrc", "Arts and Humanities Research Council", "funder", "https://www.ukri.org/councils/ahrc/"),
            Org("university-of-leeds", "University of Leeds", "university", "https://www.leeds.ac.uk/"),
            Org("aberystwyth-university", "Aberystwyth University", "university", "https://www.aber.ac.uk/"),
            Org("leeds-city-council", "Leeds City Council", "local-authority", null),
            Org("university-of-birmingham", "University of Birmingham", "university", "https://www.birmingham.ac.uk/"),
        };

        var places = new List<Place>
        {
            Place("england", "England", "nation", "E92000001", "england", null, null),
            Place("wales", "Wales", "nation", "W92000004", "wales", null, null) with { AltNames = [new AltName("Cymru", "cy")] },
            Place("yorkshire-and-the-humber", "Yorkshire and The Humber", "region", "E12000003", "england", null, "england") with { Latitude = 53.95, Longitude = -1.1 },
            Place("leeds", "Leeds", "local-authority-district", "E08000035", "england", "yorkshire-and-the-humber", "yorkshire-and-the-humber") with
            {
                Indicators =
                [
                    new Indicator("Employment rate", "74.2", "%", "2024", "England 75.7%", new IndicatorSource("Office for National Statistics", "Annual Population Survey", "https://www.nomisweb.co.uk/", "OGL-3.0")),
                ],
                LastReviewed = new DateOnly(2025, 1, 10),
                Latitude = 53.8,
                Longitude = -1.55,
            },
            Place("bradford", "Bradford", "local-authority-district", "E08000032", "england", "yorkshire-and-the-humber", "yorkshire-and-the-humber") with { Latitude = 53.79, Longitude = -1.75 },
            Place("isle-of-anglesey", "Isle of Anglesey", "unitary-authority", "W06000001", "wales", null, "wales") with { AltNames = [new AltName("Ynys Môn", "cy")], Latitude = 53.28, Longitude = -4.4 },
            Place("gwynedd", "Gwynedd", "unitary-authority", "W06000002", "wales", null, "wales") with { Latitude = 52.9, Longitude = -3.9 },
            Place("rural-wales", "Rural Wales", "custom-area", null, "wales", null, null) with { ConstituentIds = ["isle-of-anglesey", "gwynedd"] },
        };

        var partnerships = new List<Partnership>
        {
            Partnership("ypip", "Yorkshire and Humber Policy Innovation Partnership", "YPIP", "england", "phase-2", "university-of-leeds", ["yorkshire-and-the-humber"], ["inclusive-sustainable-economy", "greener-economy"]),
            Partnership("cymru-wledig", "Cymru Wledig LPIP Rural Wales", null, "wales", "phase-2", "aberystwyth-university", ["rural-wales"], ["cultural-recovery", "felt-experience"]),
            Partnership("lpip-hub", "LPIP Hub", null, "uk-wide", "hub", "university-of-birmingham", ["england", "wales"], ["partnership-capability"]),
        };

        var methods = new List<Method>
        {
            Method("community-panel", "Community panel", "engagement"),
            Method("labour-market-observatory", "Labour market observatory", "data-analytics"),
            Method("innovation-lab", "Innovation lab", "co-design"),
        };

        var caseStudies = new List<CaseStudy>
        {
            CaseStudy("community-panel-leeds", "A community panel shapes Leeds priorities", new DateOnly(2025, 5, 20), "ypip", ["leeds"], ["communities-in-their-places", "inclusive-sustainable-economy"], ["community-panel"]) with
            {
                Updated = new DateOnly(2025, 6, 1),
                PartnerIds = ["leeds-city-council"],
                TopicIds = ["data"],
                Authors = [new Person("Ada Example", "0000-0002-1825-0097", "university-of-leeds", null, "Researcher"), new Person("Ben Example", null, null, "Leeds City Council", null)],
                EvidenceLevel = "nesta-2",
                Outcomes = [new Outcome("The council changed how it sets neighbourhood priorities.", "policy-change")],
                Transferability = new Transferability("A council willing to share agenda-setting.", "Recruit through trusted local groups.", "promising", ["bradford"]),
                Status = "completed",
                Doi = "10.1234/example.5678",
                Outputs = [new TypedLink("Panel report", "https://example.org/report.pdf", "report"), new TypedLink("Bad link", "javascript:alert(1)", "web-page")],
                Body = new MarkdownBody(
                    "## Challenge\n\nLeeds wanted residents to set priorities. See [the council](https://www.leeds.gov.uk/).\n\n" +
                    "## What we did\n\nWe ran a panel.\n\n| Meeting | People |\n|---|---:|\n| 1 | 12 |\n| 2 | 14 |\n\n" +
                    "## Lessons for other places\n\nStart small. ![Panel at work](../assets/images/panel.jpg)\n\n<script>alert('x')</script>\n",
                    12),
            },
            CaseStudy("rural-innovation-lab", "An innovation lab for rural Wales", new DateOnly(2025, 4, 2), "cymru-wledig", ["isle-of-anglesey", "gwynedd"], ["cultural-recovery"], ["innovation-lab"]),
        };
        for (var i = 1; i <= 23; i++)
        {
            caseStudies.Add(CaseStudy(
                $"generated-case-study-{i:00}",
                $"Generated case study {i:00}",
                new DateOnly(2024, 1, 1).AddDays(i * 7),
                i % 2 == 0 ? "ypip" : "cymru-wledig",
                [i % 2 == 0 ? "bradford" : "gwynedd"],
                [i % 3 == 0 ? "skills" : "innovation"],
                i % 4 == 0 ? ["labour-market-observatory"] : []));
        }

        caseStudies.Add(CaseStudy("draft-case-study", "A draft case study", new DateOnly(2025, 6, 10), "ypip", ["leeds"], ["skills"], []) with { Publication = new Publication(true, null) });
        caseStudies.Add(CaseStudy("scheduled-case-study", "A scheduled case study", new DateOnly(2025, 6, 12), "ypip", ["leeds"], ["skills"], []) with { Publication = new Publication(false, new DateOnly(2025, 11, 25)) });

        var training = new List<TrainingResource>
        {
            new()
            {
                Id = "running-a-community-panel",
                Url = "/training/running-a-community-panel/",
                Source = Source("training", "running-a-community-panel"),
                Publication = Publication.Live,
                Title = "Running a community panel",
                SummaryText = "A practical guide with sessions.",
                Format = "workshop-pack",
                Audience = ["policymakers", "practitioners"],
                Level = "introductory",
                LearningOutcomes = ["Recruit a fair panel", "Run the first meeting"],
                Duration = "Half a day",
                ThemeIds = ["communities-in-their-places"],
                MethodIds = ["community-panel"],
                Events =
                [
                    new EventSession(new DateTime(2025, 3, 4, 14, 0, 0), new DateTime(2025, 3, 4, 16, 30, 0), true, "Leeds", false, "https://example.org/book-old"),
                    new EventSession(new DateTime(2025, 9, 10, 10, 0, 0), new DateTime(2025, 9, 10, 12, 0, 0), true, null, true, "https://example.org/book"),
                ],
                Files = [new TrainingFile("Workshop slides", "/assets/files/slides.pdf", "pdf", 1_234_567)],
                Transcript = null,
                Body = new MarkdownBody("Use this pack with a small group.\n", 20),
            },
            new()
            {
                Id = "placecast-episode-1",
                Url = "/training/placecast-episode-1/",
                Source = Source("training", "placecast-episode-1"),
                Publication = Publication.Live,
                Title = "Placecast episode 1",
                SummaryText = "A podcast about place-based policy.",
                Format = "podcast",
                Audience = ["researchers"],
                LearningOutcomes = ["Hear how partnerships work"],
                ThemeIds = ["partnership-capability"],
                MethodIds = [],
                Events = [],
                Files = [],
                Transcript = "/assets/files/placecast-1-transcript.txt",
                Body = MarkdownBody.Empty,
            },
        };

        var news = new List<NewsItem>
        {
            News("ypip-launch", "YPIP launches its community fund", new DateOnly(2025, 2, 3), "news") with { PartnershipIds = ["ypip"], PlaceIds = ["yorkshire-and-the-humber"] },
            News("hub-conference", "Hub annual conference", new DateOnly(2025, 5, 1), "event") with
            {
                Event = new EventSession(new DateTime(2025, 11, 25, 9, 30, 0), new DateTime(2025, 11, 25, 17, 0, 0), true, "Birmingham", true, "https://example.org/conference"),
            },
            News("policy-fund-call", "Policy commissioning fund opens", new DateOnly(2025, 6, 2), "funding-call") with { Deadline = new DateOnly(2025, 7, 31) },
            News("closed-call", "An earlier call", new DateOnly(2025, 1, 5), "funding-call") with { Deadline = new DateOnly(2025, 2, 28) },
            News("draft-news", "Draft news", new DateOnly(2025, 6, 14), "blog") with { Publication = new Publication(true, null) },
        };

        var pages = new List<Page>
        {
            StaticPage("about", "About the Hub", "What the LPIP Hub does."),
            StaticPage("accessibility-statement", "Accessibility statement", "How accessible this website is."),
            StaticPage("contribute", "Contribute a case study", "How to add your partnership's case study."),
            StaticPage("cookies", "Cookies", "This site sets no cookies."),
            StaticPage("privacy", "Privacy notice", "What personal data the Hub holds."),
        };

        return new SiteContent
        {
            Settings = new SiteSettings
            {
                Title = "LPIP Hub",
                BaseUrl = new Uri("https://lpiphub.example.org/"),
                Description = "The Local Policy Innovation Partnership Hub connects partnerships across the UK. It shares what works in places.",
                OrganisationId = "university-of-birmingham",
                Repository = "https://github.com/example/lpip-site",
                ContactEmail = "hub@example.org",
            },
            Themes = themes,
            Topics = topics,
            Items = new Dictionary<ContentKind, IReadOnlyList<ContentItem>>
            {
                [ContentKind.Organisation] = organisations,
                [ContentKind.Partnership] = partnerships,
                [ContentKind.Place] = places,
                [ContentKind.CaseStudy] = caseStudies,
                [ContentKind.Method] = methods,
                [ContentKind.Training] = training,
                [ContentKind.News] = news,
                [ContentKind.Page] = pages,
            },
        };

        static Organisation Org(string id, string name, string type, string? website) => new()
        {
            Id = id, Url = $"/organisations/{id}/", Source = Source("organisations", id, ".yml"), Publication = Publication.Live,
            Name = name, Type = type, Website = website,
        };

        static Place Place(string id, string name, string type, string? gss, string nation, string? region, string? parent) => new()
        {
            Id = id, Url = $"/places/{id}/", Source = Source("places", id, ".yml"), Publication = Publication.Live,
            Name = name, AltNames = [], Type = type, Gss = gss, ConstituentIds = [], ParentId = parent, Nation = nation,
            RegionId = region, SummaryText = $"{name} is a place in the sample site.", Indicators = [],
        };

        static Partnership Partnership(string id, string name, string? shortName, string nation, string phase, string lead, IReadOnlyList<string> places, IReadOnlyList<string> themes) => new()
        {
            Id = id, Url = $"/partnerships/{id}/", Source = Source("partnerships", id, ".yml"), Publication = Publication.Live,
            Name = name, ShortName = shortName, SummaryText = $"{name} works on local policy.", Nation = nation, Phase = phase,
            Status = "active", LeadOrganisationId = lead, Partners = [new PartnerRole(lead, "Lead"), new PartnerRole("leeds-city-council", "Policy partner")],
            PlaceIds = places, ThemeIds = themes, LocalThemes = ["Wellbeing in place"], FunderIds = ["esrc"],
            Grants = [new Grant("ES/Z50239X/1", "https://gtr.ukri.org/projects?ref=ES%2FZ50239X%2F1")],
            Start = new DateOnly(2024, 4, 1), End = new DateOnly(2027, 3, 31), Website = "https://example.org/" + id,
            Contact = new Contact("Partnership team", "team@example.org", null),
        };

        static Method Method(string id, string title, string family) => new()
        {
            Id = id, Url = $"/methods/{id}/", Source = Source("methods", id), Publication = Publication.Live,
            Title = title, SummaryText = $"{title}: what it is.", Family = family, Stages = ["discover", "develop"],
            WhenToUse = "When a place needs local knowledge.", WhenNotToUse = "When a decision is already made.",
            Resources = new MethodResources("Three months", "medium", "Facilitation"),
            FurtherReading = [new Link("A guide", "https://example.org/guide")],
            Body = new MarkdownBody("## Steps\n\n1. Plan.\n2. Run.\n", 15),
        };

        static CaseStudy CaseStudy(string id, string title, DateOnly date, string partnership, IReadOnlyList<string> places, IReadOnlyList<string> themes, IReadOnlyList<string> methods) => new()
        {
            Id = id, Url = $"/case-studies/{id}/", Source = Source("case-studies", id), Publication = Publication.Live,
            Title = title, SummaryText = $"{title}: a short summary.", Date = date, PartnershipId = partnership,
            PlaceIds = places, ThemeIds = themes, TopicIds = [], MethodIds = methods, PartnerIds = [],
            Authors = [new Person("Sam Author", null, null, null, null)], EvidenceLevel = "not-assessed", Outcomes = [],
            Transferability = new Transferability("Local leadership.", null, null, []), Outputs = [], Licence = "CC-BY-4.0",
            Body = new MarkdownBody("Some text.\n", 10),
        };

        static NewsItem News(string id, string title, DateOnly date, string kind) => new()
        {
            Id = id, Url = $"/news/{id}/", Source = Source("news", id), Publication = Publication.Live,
            Title = title, SummaryText = $"{title}: in brief.", Date = date, Kind = kind, Authors = [],
            PartnershipIds = [], PlaceIds = [], ThemeIds = [], Body = new MarkdownBody("News body.\n", 8),
        };

        static Page StaticPage(string id, string title, string summary) => new()
        {
            Id = id, Url = $"/{id}/", Source = Source("pages", id), Publication = Publication.Live,
            Title = title, SummaryText = summary, Updated = new DateOnly(2025, 3, 1),
            Body = new MarkdownBody($"## Introduction\n\n{summary}\n", 6),
        };
    }
}
