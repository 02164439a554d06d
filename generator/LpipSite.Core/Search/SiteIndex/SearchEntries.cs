using System.Globalization;
using LpipSite.Core.Model;
using Markdig;

namespace LpipSite.Core.Search.SiteIndex;

/// <summary>Turns the published model into search entries, in a stable order.</summary>
public static class SearchEntries
{
    // Plain text only: raw HTML is treated as text, as on the pages themselves.
    private static readonly MarkdownPipeline PlainText = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    /// <param name="model">The published site.</param>
    /// <param name="cache">Reuses the plain text of bodies an earlier build converted; null converts all.</param>
    public static IReadOnlyList<SearchEntry> From(SiteModel model, SearchIndexCache? cache = null)
    {
        string Text(MarkdownBody body) =>
            body.Text.Length == 0 ? string.Empty : cache is null ? ToPlainText(body.Text) : cache.PlainText(body.Text, ToPlainText);
        var r = model.Relations;
        string Places(IEnumerable<string> ids) => Join(ids.Select(id => r.PlacesById.GetValueOrDefault(id)).OfType<Place>()
            .SelectMany(p => p.AltNames.Select(a => a.Name).Prepend(p.Name)));
        string Themes(IEnumerable<string> ids) => Join(ids.Select(model.Themes.LabelOf));
        string Methods(IEnumerable<string> ids) => Join(ids.Select(id => r.MethodsById.GetValueOrDefault(id)?.Title).OfType<string>());
        string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

        var sources = new List<Func<SearchEntry>>();
        foreach (var c in model.CaseStudies)
        {
            sources.Add(() => new SearchEntry(c.Url, "case-study", c.Title, c.Summary,
                Join([Join(c.PlaceIds.Select(id => r.PlacesById.GetValueOrDefault(id)?.Name).OfType<string>(), ", "), Date(c.Date)], " · "),
                Join([Themes(c.ThemeIds), Join(c.TopicIds.Select(model.Topics.LabelOf)), Places(c.PlaceIds), Methods(c.MethodIds),
                    r.PartnershipsById.GetValueOrDefault(c.PartnershipId)?.Name ?? string.Empty]),
                Join([Text(c.Body), Join(c.Outcomes.Select(o => o.Description)), c.Transferability.Conditions, c.Transferability.Adaptations ?? string.Empty])));
        }

        foreach (var p in model.Places)
        {
            sources.Add(() => new SearchEntry(p.Url, "place", p.Name, p.Summary,
                Join([Vocabularies.PlaceTypes.LabelOf(p.Type), Vocabularies.Nations.LabelOf(p.Nation)], " · "),
                Join([Join(p.AltNames.Select(a => a.Name)), p.Gss ?? string.Empty, Vocabularies.Nations.LabelOf(p.Nation)]),
                Join(p.Indicators.Select(i => i.Label))));
        }

        foreach (var p in model.Partnerships)
        {
            sources.Add(() => new SearchEntry(p.Url, "partnership", p.Name, p.Summary,
                Join([Vocabularies.Phases.LabelOf(p.Phase), Vocabularies.Nations.LabelOf(p.Nation)], " · "),
                Join([p.ShortName ?? string.Empty, Themes(p.ThemeIds), Places(p.PlaceIds)]),
                Join(p.LocalThemes)));
        }

        foreach (var m in model.Methods)
        {
            sources.Add(() => new SearchEntry(m.Url, "method", m.Title, m.Summary,
                Vocabularies.MethodFamilies.LabelOf(m.Family),
                Join(m.Stages.Select(Vocabularies.MethodStages.LabelOf).Prepend(Vocabularies.MethodFamilies.LabelOf(m.Family))),
                Join([m.WhenToUse, m.WhenNotToUse ?? string.Empty, Text(m.Body)])));
        }

        foreach (var t in model.Training)
        {
            sources.Add(() => new SearchEntry(t.Url, "training", t.Title, t.Summary,
                Vocabularies.TrainingFormats.LabelOf(t.Format),
                Join([Vocabularies.TrainingFormats.LabelOf(t.Format), Themes(t.ThemeIds), Methods(t.MethodIds)]),
                Join([Join(t.LearningOutcomes), Text(t.Body)])));
        }

        foreach (var n in model.News)
        {
            sources.Add(() => new SearchEntry(n.Url, "news", n.Title, n.Summary,
                Join([Vocabularies.NewsKinds.LabelOf(n.Kind), Date(n.Date)], " · "),
                Join([Vocabularies.NewsKinds.LabelOf(n.Kind), Themes(n.ThemeIds), Places(n.PlaceIds)]),
                Text(n.Body)));
        }

        foreach (var p in model.Pages)
        {
            sources.Add(() => new SearchEntry(p.Url, "page", p.Title, p.Summary, string.Empty, string.Empty, Text(p.Body)));
        }

        // Converting Markdown to text is the costly part; do it in parallel, keep the order.
        var entries = new SearchEntry[sources.Count];
        Parallel.For(0, sources.Count, i => entries[i] = sources[i]());
        return entries;
    }

    private static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, PlainText).Trim();

    private static string Join(IEnumerable<string> parts, string separator = " ") =>
        string.Join(separator, parts.Where(p => p.Length > 0));
}
