using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Views;
using Keys = LpipSite.Core.Rendering.Text.GeneratorTextKeys;

namespace LpipSite.Core.Rendering.Pages;

/// <summary>The training card: how training resources appear in listings and on other pages (the view builder's part that belongs to the type).</summary>
internal sealed partial class ViewBuilder
{
    public CardView TrainingCard(TrainingResource t)
    {
        var audience = JoinAnd(t.Audience.Select(a => Text.Label(Vocabularies.Audiences, a).ToLowerInvariant()).ToList());
        var format = Text.Label(Vocabularies.TrainingFormats, t.Format);
        var meta = audience.Length > 0 ? Text.Text(Keys.Card.TrainingFor, ("format", format), ("audience", audience)) : format;
        var next = t.Events.Where(e => !IsPast(e)).OrderBy(e => e.Start).FirstOrDefault();
        if (next is not null)
        {
            meta = Text.Text(Keys.Card.NextSession, ("meta", meta), ("date", Date(DateOnly.FromDateTime(next.Start))));
        }

        return new CardView(t.Title, t.Url, t.Summary, Text.Text(Keys.Card.Training), meta, null, [], Links(t.ThemeIds, ThemeLink), Banner(t)) { TextLang = TextLangOf(t), Image = CardImage(t.Image) };
    }
}
