using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Views;
using Keys = LpipSite.Core.Rendering.Text.GeneratorTextKeys;

namespace LpipSite.Core.Rendering.Pages;

/// <summary>The case study card: how case studies appear in listings and on other pages (the view builder's part that belongs to the type).</summary>
internal sealed partial class ViewBuilder
{
    public CardView CaseStudyCard(CaseStudy c) => new(
        c.Title,
        c.Url,
        c.Summary,
        Text.Text(Keys.Card.CaseStudy),
        PartnershipLink(c.PartnershipId)?.Text,
        DateOf(c.Date),
        Links(c.PlaceIds, PlaceLink),
        Links(c.ThemeIds, ThemeLink),
        Banner(c)) { TextLang = TextLangOf(c), Image = CardImage(c.Image) };
}
