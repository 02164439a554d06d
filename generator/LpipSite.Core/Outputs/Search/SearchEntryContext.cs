using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Text;
using Markdig;
using LpipSite.Core.Caching;

namespace LpipSite.Core.Outputs.Search;

/// <summary>
/// What content types need to make their search entries: plain text of bodies, names of what items
/// refer to, and the theme's text in the edition's language for the labels and dates results show.
/// </summary>
public sealed class SearchEntryContext
{
    // Plain text only: raw HTML is treated as text, as on the pages themselves.
    private static readonly MarkdownPipeline PlainText = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    private readonly SiteModel model;
    private readonly Localiser words;
    private readonly SearchIndexCache.Lane? cache;

    /// <param name="model">The published site (in one language).</param>
    /// <param name="words">The theme's text in that language.</param>
    /// <param name="cache">The cache of that language's builds, or null to convert every body.</param>
    internal SearchEntryContext(SiteModel model, Localiser words, SearchIndexCache.Lane? cache)
    {
        this.model = model;
        this.words = words;
        this.cache = cache;
    }

    public SiteModel Model => model;

    public SiteRelations Relations => model.Relations;

    /// <summary>The theme's text in the site's language.</summary>
    public Localiser Words => words;

    /// <summary>What readers see for an id of a vocabulary ("Wales" for the nation wales).</summary>
    public string Label(Vocabulary vocabulary, string id) => words.Label(vocabulary, id);

    /// <summary>A Markdown body as plain text (reused from an earlier build's cache when it can be).</summary>
    public string Text(MarkdownBody body) =>
        body.Text.Length == 0 ? string.Empty : cache is null ? ToPlainText(body.Text) : cache.PlainTextOf(body.Text, ToPlainText);

    /// <summary>Place names, with their names in other languages.</summary>
    public string Places(IEnumerable<string> ids) => Join(ids.Select(id => Relations.PlacesById.GetValueOrDefault(id)).OfType<Place>()
        .SelectMany(p => p.AltNames.Select(a => a.Name).Prepend(p.Name)));

    /// <summary>The nations of these places (for the nation facet).</summary>
    public IEnumerable<string> NationsOf(IEnumerable<string> placeIds) => Relations.NationsOf(placeIds);

    public string Themes(IEnumerable<string> ids) => Join(ids.Select(model.Themes.LabelOf));

    public string Methods(IEnumerable<string> ids) => Join(ids.Select(id => Relations.MethodsById.GetValueOrDefault(id)?.Title).OfType<string>());

    /// <summary>A date as pages write it ("25 November 2026").</summary>
    public string Date(DateOnly date) => words.Date(date);

    /// <summary>The non-empty parts, joined.</summary>
    public static string Join(IEnumerable<string> parts, string separator = " ") =>
        string.Join(separator, parts.Where(p => p.Length > 0));

    private static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, PlainText).Trim();
}
