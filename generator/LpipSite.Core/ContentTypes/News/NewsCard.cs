using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Views;
using Keys = LpipSite.Core.Rendering.Text.GeneratorTextKeys;

namespace LpipSite.Core.Rendering.Pages;

/// <summary>The news card: how news items appear in listings and on other pages (the view builder's part that belongs to the type).</summary>
internal sealed partial class ViewBuilder
{
    public CardView NewsCard(NewsItem n)
    {
        var meta = n.Deadline is { } deadline
            ? Text.Text(Keys.Card.Deadline, ("date", Date(deadline)))
            : n.Event is { } e ? Text.Text(Keys.Card.EventOn, ("date", Date(DateOnly.FromDateTime(e.Start)))) : null;
        return new CardView(n.Title, n.Url, n.Summary, Text.Label(Vocabularies.NewsKinds, n.Kind), meta, DateOf(n.Date), [], Links(n.ThemeIds, ThemeLink), Banner(n)) { TextLang = TextLangOf(n), Image = CardImage(n.Image) };
    }
}
