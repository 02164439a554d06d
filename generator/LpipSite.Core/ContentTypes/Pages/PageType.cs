using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Validation.Schema;
using static LpipSite.Core.Validation.Schema.ContentSchemas;
using static LpipSite.Core.Validation.Schema.Field;

namespace LpipSite.Core.ContentTypes.Pages;

/// <summary>Static pages such as About, published at the root of the site.</summary>
public sealed partial class PageType : ContentType
{
    public static readonly PageType Instance = new();

    private PageType()
        : base(ContentKind.Page, folder: "pages", extension: ".md", section: null)
    {
    }

    public override ObjectSchema Schema { get; } = new("page", [
        Req("title", Text, "Title."),
        Req("summary", Summary, "Plain-text summary, at most 300 characters."),
        Opt("updated", new DateType(), "Last update."),
        Draft,
        Aliases,
    ]);

    public override ContentItem Map(ItemSource s)
    {
        var o = s.Fields;
        return new Page
        {
            Id = s.Id,
            Url = s.Url,
            Source = s.Source,
            Publication = s.Publication,
            Aliases = s.Aliases,
            Title = o.TextOrEmpty("title"),
            SummaryText = o.TextOrEmpty("summary"),
            Updated = o.Date("updated"),
            Body = s.Body,
        };
    }

    internal override Rendering.Pages.PageSource Pages(Rendering.Pages.PagePlanning planning) => new StaticPages(planning);
}
