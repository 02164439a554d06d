using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Views;
using Keys = LpipSite.Core.Rendering.Text.GeneratorTextKeys;

namespace LpipSite.Core.Rendering.Pages;

/// <summary>The partnership card: how partnerships appear in listings and on other pages (the view builder's part that belongs to the type).</summary>
internal sealed partial class ViewBuilder
{
    public CardView PartnershipCard(Partnership p)
    {
        var meta = string.Join(". ", Vocabularies.Nations.LabelOf(p.Nation), Vocabularies.Phases.LabelOf(p.Phase), Vocabularies.PartnershipStatuses.LabelOf(p.Status));
        return new CardView(p.Name, p.Url, p.Summary, Text.Text(Keys.Card.Partnership), meta, null, [], Links(p.ThemeIds, ThemeLink), Banner(p)) { TextLang = TextLangOf(p) };
    }
}
