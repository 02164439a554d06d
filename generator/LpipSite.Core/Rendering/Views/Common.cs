using LpipSite.Core.Rendering.Markdown;
using LpipSite.Core.Rendering.Templates;

namespace LpipSite.Core.Rendering.Views;

// The view records templates see. Scriban exposes members in snake case (OrcidUrl -> orcid_url).
// Views hold display-ready text: dates already formatted, labels instead of ids, safe URLs only.

/// <summary>A link; <see cref="External"/> when it leaves the site.</summary>
public sealed record LinkView(string Text, string Url)
{
    public bool External => UrlPolicy.IsExternal(Url);
}

/// <summary>A date as <c>&lt;time datetime="{Iso}"&gt;{Text}&lt;/time&gt;</c>.</summary>
public sealed record DateView(string Iso, string Text)
{
    public static DateView Of(DateOnly date) => new(DisplayFormat.IsoDate(date), DisplayFormat.Date(date));
}

/// <summary>
/// One value in a summary list or a list of facts: text, optionally linked, with an optional
/// note in brackets, a date, a language (for Welsh, Gaelic and Irish names) or a second link.
/// </summary>
public sealed record ItemView(string Text, string? Url = null, string? Note = null, DateView? Date = null, string? Lang = null, LinkView? Extra = null)
{
    public bool External => Url is not null && UrlPolicy.IsExternal(Url);
}

/// <summary>A row of a summary list (<c>&lt;dt&gt;</c> with one or more <c>&lt;dd&gt;</c> values).</summary>
public sealed record SummaryRowView(string Term, IReadOnlyList<ItemView> Items, string? Id = null);

/// <summary>A card for listings: title, summary and a line of metadata.</summary>
public sealed record CardView(
    string Title,
    string Url,
    string Summary,
    string? Kind,
    string? Meta,
    DateView? Date,
    IReadOnlyList<LinkView> Places,
    IReadOnlyList<LinkView> Themes,
    BannerView? Banner)
{
    /// <summary>The language of the card's title and summary when it is not the page's (an untranslated item); null otherwise.</summary>
    public string? TextLang { get; init; }

    /// <summary>A thumbnail of the item's lead image, beside its linked title (so its alternative text is empty); null without one.</summary>
    public ImageView? Image { get; init; }
}

/// <summary>A labelled list of cards (grouped listings).</summary>
public sealed record GroupView(string Label, string? Id, string? Description, IReadOnlyList<CardView> Items);

/// <summary>A link with a count, for facets and "browse by" lists.</summary>
public sealed record CountedLinkView(string Text, string Url, int Count)
{
    public string CountText => Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A labelled list of counted links (one facet).</summary>
public sealed record FacetView(string Label, string Id, IReadOnlyList<CountedLinkView> Links);

/// <summary>A visible notice on unpublished pages: kind is "draft" or "scheduled".</summary>
public sealed record BannerView(string Kind, string Text);

public sealed record BreadcrumbView(string Text, string? Url);

/// <summary>A navigation item; <see cref="Current"/> is "page", "true" (inside its section) or null.</summary>
public sealed record NavItemView(string Label, string Url, string? Current);

public sealed record PageNumberView(int Number, string Url, bool IsCurrent, bool GapBefore)
{
    public string NumberText => Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record PaginationView(int Current, int Total, string? PrevUrl, string? NextUrl, IReadOnlyList<PageNumberView> Pages, string Text);

/// <summary>
/// An image as the theme shows it. A still photo has <see cref="Sources"/> (AVIF, then WebP) and a fallback
/// <see cref="Srcset"/>, with <see cref="Src"/> the fallback at its largest width; <see cref="Width"/> and
/// <see cref="Height"/> are that file's upright size, so the page keeps its space before it loads. SVG
/// has neither (null sizes, no sources); an animated GIF has its size but no sources.
/// </summary>
public sealed record ImageView(string Src, string Alt, string? Credit)
{
    /// <summary>The image's own licence, linked to its legal text; null when it has none of its own.</summary>
    public ItemView? Licence { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    /// <summary>The fallback format's widths: <c>/assets/x.jpg.480.jpg 480w, …</c>; null without variants.</summary>
    public string? Srcset { get; init; }

    /// <summary>The modern formats, best first, for <c>&lt;source&gt;</c> elements.</summary>
    public IReadOnlyList<ImageSourceView> Sources { get; init; } = [];
}

/// <summary>One <c>&lt;source&gt;</c>: a media type and its srcset with width descriptors.</summary>
public sealed record ImageSourceView(string Type, string Srcset);

/// <summary>A page's Open Graph image: its absolute URL, pixel size and alternative text.</summary>
public sealed record OgImageView(string Url, int Width, int Height, string Alt);

/// <summary>An entry of an on-page contents list.</summary>
public sealed record TocEntryView(string Id, string Text, int Level);

/// <summary>Rendered Markdown for templates: the HTML and its contents list (present with three or more sections).</summary>
public sealed record BodyView(HtmlString Html, IReadOnlyList<TocEntryView> Contents)
{
    public static readonly BodyView Empty = new(HtmlString.Empty, []);

    public bool IsEmpty => Html.IsEmpty;
}

/// <summary>What every page has: used by base.scriban-html for the head, header, breadcrumbs and footer.</summary>
public sealed record PageMeta
{
    /// <summary>Site path of the page, e.g. <c>/case-studies/x/</c>.</summary>
    public required string Url { get; init; }

    /// <summary>The page's h1.</summary>
    public required string Title { get; init; }

    /// <summary>The text of &lt;title&gt;: "Page – Site".</summary>
    public required string DocumentTitle { get; init; }

    public required string Description { get; init; }

    /// <summary>Absolute canonical URL (null on the 404 page).</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>Open Graph type: website or article.</summary>
    public string OgType { get; init; } = "website";

    /// <summary>The Open Graph image (a 1200×630 crop of the item's lead photo), if the page has one.</summary>
    public OgImageView? OgImage { get; init; }

    public IReadOnlyList<BreadcrumbView> Breadcrumbs { get; init; } = [];

    public IReadOnlyList<NavItemView> Nav { get; init; } = [];

    /// <summary>The serialised JSON-LD graph.</summary>
    public HtmlString JsonLd { get; init; } = HtmlString.Empty;

    public BannerView? Banner { get; init; }

    /// <summary>Absolute URLs for <c>&lt;link rel=prev/next&gt;</c> on paginated listings.</summary>
    public string? PrevUrl { get; init; }

    public string? NextUrl { get; init; }

    /// <summary>Asks search engines not to index (404, previews with drafts).</summary>
    public bool NoIndex { get; init; }

    /// <summary>The layout that renders the page, also a class on &lt;body&gt;.</summary>
    public required string Layout { get; init; }

    /// <summary>Citations, calendars, maps and transferability tables for this page (see <see cref="ReuseView"/>).</summary>
    public ReuseView Reuse { get; init; } = new();

    /// <summary>The page in every language, for <c>&lt;link rel="alternate" hreflang&gt;</c>; empty on a site in one language.</summary>
    public IReadOnlyList<AlternateView> Alternates { get; init; } = [];

    /// <summary>The same page in each other language, for the language switcher; empty on a site in one language.</summary>
    public IReadOnlyList<LanguageLinkView> OtherLanguages { get; init; } = [];

    /// <summary>What a translated edition says about the item's text (untranslated, out of date, unreviewed); null when nothing.</summary>
    public TranslationNoticeView? Translation { get; init; }

    /// <summary>
    /// <c> lang="en-GB"</c> when the item's own text (title, summary, body) is in another language
    /// than the page (an untranslated item in a translated edition); empty otherwise.
    /// </summary>
    public HtmlString TextLang { get; init; } = HtmlString.Empty;
}

/// <summary>One <c>&lt;link rel="alternate"&gt;</c>: a language code (or <c>x-default</c>) and the page's absolute address in it.</summary>
public sealed record AlternateView(string Hreflang, string Url);

/// <summary>A link to the page in another language: its address, the language's own name for itself, and its tag.</summary>
public sealed record LanguageLinkView(string Url, string Name, string Lang, string Hreflang);

/// <summary>
/// The notices on a translated edition's page: the item is only in the source language, or its
/// translation is out of date, or no speaker has reviewed it; with the source page's address.
/// </summary>
public sealed record TranslationNoticeView(bool SourceOnly, bool OutOfDate, bool Unreviewed, string SourceUrl, string SourceLang, string SourceHreflang);
