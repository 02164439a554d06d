using LpipSite.Core.Authoring;
using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Validation.Schema;
using static LpipSite.Core.Validation.Schema.ContentSchemas;
using static LpipSite.Core.Validation.Schema.Field;

namespace LpipSite.Core.ContentTypes.Methods;

/// <summary>Methods the partnerships have used, and where.</summary>
public sealed partial class MethodType : ContentType
{
    public static readonly MethodType Instance = new();

    private MethodType()
        : base(ContentKind.Method, folder: "methods", extension: ".md", section: "methods")
    {
    }

    public override RefKind? ReferencedAs => RefKind.Method;

    /// <summary>Prose fields a translation gives (the body of an .md file always).</summary>
    public override IReadOnlyList<string> TranslatedFields { get; } = ["title", "summary", "when_to_use", "when_not_to_use"];

    public override ObjectSchema Schema { get; } = new("method", [
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

    public override ContentItem Map(ItemSource s)
    {
        var o = s.Fields;
        return new Method
        {
            Id = s.Id,
            Url = s.Url,
            Source = s.Source,
            Publication = s.Publication,
            Aliases = s.Aliases,
            Title = o.TextOrEmpty("title"),
            SummaryText = o.TextOrEmpty("summary"),
            Family = o.TextOrEmpty("family"),
            Stages = o.Texts("stages").ToList(),
            WhenToUse = o.TextOrEmpty("when_to_use"),
            WhenNotToUse = o.Text("when_not_to_use"),
            Resources = o.Object("resources") is { } r ? new MethodResources(r.Text("time"), r.Text("cost"), r.Text("skills")) : null,
            FurtherReading = o.Objects("further_reading").Select(x => new Link(x.TextOrEmpty("title"), x.TextOrEmpty("url"))).ToList(),
            Body = s.Body,
        };
    }

    public override bool HasScaffold => true;

    public override void WriteScaffold(Scaffold s)
    {
        s.FrontMatterStart("method", "4.6");
        s.Title();
        s.Summary("Say in one or two plain sentences what the method is.");
        s.Comment("One of: " + string.Join(", ", Vocabularies.MethodFamilies.Ids) + ".");
        s.Line("family: " + Vocabularies.MethodFamilies.Ids.First());
        s.Comment("When the method helps (required).");
        s.Line("when_to_use: >-");
        s.Line("  Describe the situations where this method helps.");
        s.Draft();
        s.Line("---");
        s.Section("How to do it", "The steps, in general terms, with what each needs.");
    }

    internal override Rendering.Pages.PageSource Pages(Rendering.Pages.PagePlanning planning) => new MethodPages(planning);

    internal override Type TextKeys => typeof(MethodTextKeys);
}
