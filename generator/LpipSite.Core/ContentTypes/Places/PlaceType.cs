using LpipSite.Core.Authoring;
using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Validation.Schema;
using static LpipSite.Core.Validation.Schema.ContentSchemas;
using static LpipSite.Core.Validation.Schema.Field;

namespace LpipSite.Core.ContentTypes.Places;

/// <summary>Places the partnerships work in: nations, regions, local authorities and custom areas.</summary>
public sealed partial class PlaceType : ContentType
{
    public static readonly PlaceType Instance = new();

    private PlaceType()
        : base(ContentKind.Place, folder: "places", extension: ".yml", section: "places")
    {
    }

    public override RefKind? ReferencedAs => RefKind.Place;

    /// <summary>Prose fields a translation gives (the body of an .md file always).</summary>
    public override IReadOnlyList<string> TranslatedFields { get; } = ["summary"];

    /// <summary>
    /// In another language a place goes by its name in that language (<c>alt_names</c>), when it
    /// has one; its English name becomes one of its other names.
    /// </summary>
    internal override Validation.BoundObject InLanguage(Validation.BoundObject source, string language)
    {
        var names = source.Objects("alt_names").ToList();
        if (names.FirstOrDefault(n => n.Text("lang") == language) is not { } local || source["name"] is not Validation.BoundText english)
        {
            return source;
        }

        var others = names.Where(n => n != local).Cast<Validation.BoundValue>().Append(new Validation.BoundObject(english.At, new Dictionary<string, Validation.BoundValue>
        {
            ["name"] = english,
            ["lang"] = new Validation.BoundText(english.At, "en"),
        }));
        var fields = new Dictionary<string, Validation.BoundValue>(source.Fields)
        {
            ["name"] = local["name"]!,
            ["alt_names"] = new Validation.BoundList(source.LocationOf("alt_names"), others.ToList()),
        };
        return source with { Fields = fields };
    }

    public override ObjectSchema Schema { get; } = new("place", [
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

    public override ContentItem Map(ItemSource s)
    {
        var o = s.Fields;
        return new Place
        {
            Id = s.Id,
            Url = s.Url,
            Source = s.Source,
            Publication = Publication.Live,
            Name = o.TextOrEmpty("name"),
            AltNames = o.Objects("alt_names").Select(a => new AltName(a.TextOrEmpty("name"), a.TextOrEmpty("lang"))).ToList(),
            Type = o.TextOrEmpty("type"),
            Gss = o.Text("gss"),
            ConstituentIds = s.Refs("constituents"),
            ParentId = s.Ref(o.Ref("parent")),
            Nation = o.TextOrEmpty("nation"),
            RegionId = s.Ref(o.Ref("region")),
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
    }

    public override bool HasScaffold => true;

    public override void WriteScaffold(Scaffold s)
    {
        var constituent = s.Place ?? s.Pick("constituents", s.Site.Places, "places");
        var nation = s.Site.NationOf(s.Place);
        s.Comment("A place. Every field is explained in docs/content-model.md, section 4.4.");
        s.Comment("Keep two-space indentation and never use tabs. Run 'lpip check' when you have finished.");
        s.Title("name");
        s.Comment("One of: " + string.Join(", ", Vocabularies.PlaceTypes.Ids) + ".");
        s.Comment("Every type except custom-area needs a GSS code (gss: E08000035) from the ONS Register of");
        s.Comment("Geographic Codes; a custom-area lists the places it is made of in 'constituents' instead.");
        s.Line("type: custom-area");
        s.Line("constituents:");
        s.Line($"  - {constituent}");
        s.Comment("One of: " + string.Join(", ", Vocabularies.Nations.Ids) + ".");
        s.Line($"nation: {nation ?? "england"}");
        s.Summary("Say in one or two factual sentences where this place is.");
        s.Comment("When these facts were last checked.");
        s.Line($"last_reviewed: {s.Today}");
    }

    internal override Rendering.Pages.PageSource Pages(Rendering.Pages.PagePlanning planning) => new PlacePages(planning);

    internal override Type TextKeys => typeof(PlaceTextKeys);
}
