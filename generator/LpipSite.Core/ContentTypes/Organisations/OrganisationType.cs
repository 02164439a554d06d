using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Validation.Schema;
using static LpipSite.Core.Validation.Schema.ContentSchemas;
using static LpipSite.Core.Validation.Schema.Field;

namespace LpipSite.Core.ContentTypes.Organisations;

/// <summary>Organisations: partners, funders and affiliations. They have no pages; their names link to their own websites.</summary>
public sealed partial class OrganisationType : ContentType
{
    public static readonly OrganisationType Instance = new();

    private OrganisationType()
        : base(ContentKind.Organisation, folder: "organisations", extension: ".yml", section: "organisations")
    {
    }

    public override RefKind? ReferencedAs => RefKind.Organisation;

    public override ObjectSchema Schema { get; } = new("organisation", [
        Req("name", Text, "Full name."),
        Req("type", new VocabType(Vocabularies.OrganisationTypes), "Kind of organisation."),
        Opt("url", new UrlType(), "Website."),
        Opt("ror", new UrlType(), "Research Organization Registry id, as a https://ror.org/… address."),
    ]);

    public override ContentItem Map(ItemSource s)
    {
        var o = s.Fields;
        return new Organisation
        {
            Id = s.Id,
            Url = s.Url,
            Source = s.Source,
            Publication = Publication.Live,
            Name = o.TextOrEmpty("name"),
            Type = o.TextOrEmpty("type"),
            Website = o.Text("url"),
            Ror = o.Text("ror"),
        };
    }
}
