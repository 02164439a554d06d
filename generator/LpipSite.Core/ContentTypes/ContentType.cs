using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Validation.Schema;

namespace LpipSite.Core.ContentTypes;

/// <summary>
/// Everything the generator knows about one content type, in one place, the way a Markdig
/// extension is one small set of classes: where its files live, its schema, how a file becomes a
/// model item, its address, and what it contributes to each stage (pages, search, open data,
/// citations, calendars, feed, the home page, the <c>lpip new</c> scaffold). Stages iterate
/// <see cref="ContentTypeRegistry.All"/> and never name a type; a type that does not take part in
/// a stage keeps the default (nothing). Each type lives in a folder of its own under
/// <c>ContentTypes/</c>; adding a type is a new folder and one line in the registry.
/// </summary>
public abstract partial class ContentType
{
    protected ContentType(ContentKind kind, string folder, string extension, string? section)
    {
        Kind = kind;
        Folder = folder;
        Extension = extension;
        Section = section;
    }

    /// <summary>What its files are; <see cref="ContentKind.Name"/> is the name contributors type (<c>lpip new case-study</c>).</summary>
    public ContentKind Kind { get; }

    /// <summary>The folder under <c>content/</c> that holds one file per item, e.g. <c>case-studies</c>.</summary>
    public string Folder { get; }

    /// <summary><c>.md</c> (YAML front matter and a Markdown body) or <c>.yml</c>.</summary>
    public string Extension { get; }

    /// <summary>The fields a file may have: the validator, the JSON Schemas and the docs' agreement tests read it.</summary>
    public abstract ObjectSchema Schema { get; }

    /// <summary>The JSON Schema file that editors use for this type's files.</summary>
    public string SchemaFileName => Kind.Name + ".schema.json";

    /// <summary>The name other files use to refer to an item of this type, when they can.</summary>
    public virtual RefKind? ReferencedAs => null;

    /// <summary>
    /// The first segment of the type's addresses (<c>case-studies</c> → <c>/case-studies/{id}/</c>), or
    /// null for a type whose items sit at the site's root (<c>/{id}/</c>). Routing makes every address.
    /// </summary>
    public string? Section { get; }

    /// <summary>The type's listing (its section's address), e.g. <c>/case-studies/</c>.</summary>
    public string ListingUrl => Routing.Routes.Section(this);

    /// <summary>Turns a validated file into a model item; it runs only when the whole site validated.</summary>
    public abstract ContentItem Map(ItemSource source);

    /// <summary>The order the model keeps the items in; by id unless a type says otherwise.</summary>
    public virtual IEnumerable<ContentItem> Order(IEnumerable<ContentItem> items) =>
        items.OrderBy(i => i.Id, StringComparer.Ordinal);

    /// <summary>
    /// The fields a translation (<c>{id}.cy.md</c>) may give, as dotted paths such as
    /// <c>transferability.conditions</c>; everything else (dates, references, places) comes from the
    /// source. By default the type's title, name, short name and summary, and the Markdown body of
    /// an <c>.md</c> type, which is always translatable.
    /// </summary>
    public virtual IReadOnlyList<string> TranslatedFields =>
        new[] { "title", "name", "short_name", "summary" }.Where(f => Schema.Find(f) is not null).ToList();

    /// <summary>
    /// The source, as a translation into <paramref name="language"/> starts from it: a type whose
    /// items carry names in other languages (places' <c>alt_names</c>) uses them here.
    /// </summary>
    internal virtual Validation.BoundObject InLanguage(Validation.BoundObject source, string language) => source;

    public override string ToString() => Kind.Name;
}

/// <summary>What a content type gives <c>lpip new</c>.</summary>
public abstract partial class ContentType
{
    /// <summary>Whether <c>lpip new</c> can start a file of this type.</summary>
    public virtual bool HasScaffold => false;

    /// <summary>The id of a new file, from its title's slug.</summary>
    public virtual string ScaffoldId(string slug, DateOnly today) => slug;

    /// <summary>Writes the first version of a file: every required field filled with a value that passes <c>lpip check</c>.</summary>
    public virtual void WriteScaffold(Authoring.Scaffold s) =>
        throw new NotSupportedException($"lpip new cannot create a {Kind.Name}");
}

/// <summary>What a content type gives the render stage.</summary>
public abstract partial class ContentType
{
    /// <summary>The type's pages (its items', its listings and filter pages); null for a type without pages.</summary>
    internal virtual Rendering.Pages.PageSource? Pages(Rendering.Pages.PagePlanning planning) => null;

    /// <summary>
    /// A static class of the text keys the type's pages look up (nested classes marked
    /// <c>[UsedFor]</c>, as in <see cref="Rendering.Text.GeneratorTextKeys"/>), so the build checks that the theme has them.
    /// </summary>
    internal virtual Type? TextKeys => null;

    /// <summary>Compiled JSON metadata for the type's own view records (page keys hash views as JSON); null when it has none.</summary>
    internal virtual System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver? ViewJson => null;

    /// <summary>
    /// The type's own built-in vocabularies whose labels readers see (as the opportunity kinds), so
    /// the build checks that the theme's text table names every term.
    /// </summary>
    internal virtual IEnumerable<Vocabulary> OwnVocabularies => [];

    /// <summary>Calendars of the whole type that the open data page lists: (the text key of what it is, address).</summary>
    internal virtual IEnumerable<(string LabelKey, string Url)> ListingCalendars => [];
}

/// <summary>What a content type gives the output producers (search, open data, feed, citations, calendars).</summary>
public abstract partial class ContentType
{
    /// <summary>The text table key of the label of the type's results in site search ("search.types.case_study"); null when its items are not searched.</summary>
    internal virtual string? SearchLabelKey => null;

    /// <summary>One search entry per item, each made when the index asks for it (in parallel).</summary>
    internal virtual IEnumerable<Func<Outputs.Search.SearchEntry>> SearchEntries(Outputs.Search.SearchEntryContext context) => [];

    /// <summary>The type's datasets on the open data page, with their rows.</summary>
    internal virtual IEnumerable<Outputs.Dataset> Datasets(Outputs.DatasetContext context) => [];

    /// <summary>The type's entries in the site's Atom feed (published items only).</summary>
    internal virtual IEnumerable<Outputs.FeedEntry> FeedEntries(SiteModel model, Rendering.Text.Localiser text) => [];

    /// <summary>How to cite an item of this type (BibTeX, RIS, CSL-JSON, APA, Harvard); null when its items are not cited.</summary>
    internal virtual Outputs.CitationSource? Citation(ContentItem item, SiteModel model, Rendering.Text.Localiser words) => null;

    /// <summary>The calendar files of this type (per item, and a listing's calendar of them all).</summary>
    internal virtual IEnumerable<Writing.OutputFile> Calendars(SiteModel model, Rendering.Text.Localiser text) => [];

    /// <summary>The dates the type's published items carry, for the date the open data was last changed.</summary>
    internal virtual IEnumerable<DateOnly> ContentDates(SiteModel model) => [];
}
