using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Views;
using Keys = LpipSite.Core.Rendering.Text.GeneratorTextKeys;

namespace LpipSite.Core.Rendering.Pages;

/// <summary>The partnership card: how partnerships appear in listings and on other pages (the view builder's part that belongs to the type).</summary>
internal sealed partial class ViewBuilder
{
    public CardView PartnershipCard(Partnership p)
    {
        var meta = string.Join(". ", Text.Label(Vocabularies.Nations, p.Nation), Text.Label(Vocabularies.Phases, p.Phase), Text.Label(Vocabularies.PartnershipStatuses, p.Status));
        return new CardView(p.Name, p.Url, p.Summary, Text.Text(Keys.Card.Partnership), meta, null, [], Links(p.ThemeIds, ThemeLink), Banner(p)) { TextLang = TextLangOf(p), Image = CardImage(p.Image) };
    }
}
