using LpipSite.Core.Authoring;
using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Routing;
using LpipSite.Core.Validation.Schema;
using static LpipSite.Core.Validation.Schema.ContentSchemas;
using static LpipSite.Core.Validation.Schema.Field;

namespace LpipSite.Core.ContentTypes.Training;

/// <summary>Guides, courses, webinars and other training.</summary>
public sealed partial class TrainingType : ContentType
{
    public static readonly TrainingType Instance = new();

    private TrainingType()
        : base(ContentKind.Training, folder: "training", extension: ".md", section: "training")
    {
    }

    /// <summary>Every training session as one calendar.</summary>
    public static string SessionsCalendarUrl => Routes.Beside(Instance.ListingUrl, "sessions.ics");

    /// <summary>Prose fields a translation gives (the body of an .md file always).</summary>
    public override IReadOnlyList<string> TranslatedFields { get; } = ["title", "summary", "learning_outcomes", "duration"];

    public override ObjectSchema Schema { get; } = new("training resource", [
        Req("title", Text, "Title."),
        Req("summary", Summary, "Plain-text summary, at most 300 characters."),
        Req("format", new VocabType(Vocabularies.TrainingFormats), "Format."),
        Req("audience", ListOf(new VocabType(Vocabularies.Audiences), 1), "Who it is for (a list)."),
        Opt("level", new VocabType(Vocabularies.Levels), "Level."),
        Req("learning_outcomes", ListOf(Text, 1), "What learners will be able to do."),
        Opt("duration", Text, "How long it takes."),
        Opt("themes", ListOf(new RefType(RefKind.Theme)), "Programme themes."),
        Opt("methods", ListOf(new RefType(RefKind.Method)), "Methods taught."),
        Opt("events", ListOf(ContentSchemas.EventSession), "Dated sessions."),
        Opt("files", ListOf(Obj("file", Req("title", Text, "Title."), Req("src", new AssetType(AllowUrl: false), "Path under assets/."), Opt("format", Text, "Format, e.g. PDF."))), "Downloads."),
        new FieldSchema("transcript", new AssetType(), false, "Transcript (assets/ path or web address); required for video, podcast and webinar.",
            RequiredWhen: new Condition("format", Vocabularies.FormatsNeedingTranscript.Order(StringComparer.Ordinal).ToList())),
        Opt("image", Image, "Lead image."),
        Draft,
        Aliases,
    ]);

    public override ContentItem Map(ItemSource s)
    {
        var o = s.Fields;
        return new TrainingResource
        {
            Id = s.Id,
            Url = s.Url,
            Source = s.Source,
            Publication = s.Publication,
            Aliases = s.Aliases,
            Title = o.TextOrEmpty("title"),
            SummaryText = o.TextOrEmpty("summary"),
            Format = o.TextOrEmpty("format"),
            Audience = o.Texts("audience").ToList(),
            Level = o.Text("level"),
            LearningOutcomes = o.Texts("learning_outcomes").ToList(),
            Duration = o.Text("duration"),
            ThemeIds = s.Refs("themes"),
            MethodIds = s.Refs("methods"),
            Events = o.Objects("events").Select(ItemSource.Session).OrderBy(e => e.Start).ToList(),
            Files = o.Objects("files").Select(f =>
            {
                var url = s.AssetUrl(f.Text("src"))!;
                var file = s.AssetFile(url);
                return new TrainingFile(f.TextOrEmpty("title"), url, f.Text("format"), file.Exists ? file.Length : null);
            }).ToList(),
            Transcript = s.AssetUrl(o.Text("transcript")),
            Image = s.Image("image"),
            Body = s.Body,
        };
    }

    public override bool HasScaffold => true;

    public override void WriteScaffold(Scaffold s)
    {
        s.FrontMatterStart("training resource", "4.7");
        s.Title();
        s.Summary("Say in one or two plain sentences what learners get from this resource.");
        s.Comment("One of: " + string.Join(", ", Vocabularies.TrainingFormats.Ids) + ".");
        s.Comment("A video, podcast or webinar also needs a 'transcript'.");
        s.Line("format: guide");
        s.Comment("One or more of: " + string.Join(", ", Vocabularies.Audiences.Ids) + ".");
        s.Line("audience:");
        s.Line("  - practitioners");
        s.Comment("What learners will be able to do; at least one.");
        s.Line("learning_outcomes:");
        s.Line("  - Describe one thing learners will be able to do.");
        s.Draft();
        s.Line("---");
        s.Section("About this resource", "What it covers and how to use it.");
    }

    internal override Rendering.Pages.PageSource Pages(Rendering.Pages.PagePlanning planning) => new TrainingPages(planning);

    internal override Type TextKeys => typeof(TrainingTextKeys);
}
