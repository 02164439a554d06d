using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Views;
using Keys = LpipSite.Core.Rendering.Text.GeneratorTextKeys;

namespace LpipSite.Core.Rendering.Pages;

/// <summary>The method card: how methods appear in listings and on other pages (the view builder's part that belongs to the type).</summary>
internal sealed partial class ViewBuilder
{
    public CardView MethodCard(Method m)
    {
        var count = SiteRelations.Get(Relations.CaseStudiesByMethod, m.Id).Count;
        var meta = count == 0 ? Text.Text(Keys.Card.MethodUnused) : Text.Count(Keys.Card.MethodUsed, count);
        return new CardView(m.Title, m.Url, m.Summary, Text.Text(Keys.Card.Method), meta, null, [], [], Banner(m)) { TextLang = TextLangOf(m) };
    }
}
