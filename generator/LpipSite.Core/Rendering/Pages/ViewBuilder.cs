using System.Collections.Concurrent;
using LpipSite.Core.ContentTypes.CaseStudies;
using LpipSite.Core.ContentTypes.Methods;
using LpipSite.Core.ContentTypes.News;
using LpipSite.Core.ContentTypes.Partnerships;
using LpipSite.Core.ContentTypes.Places;
using LpipSite.Core.ContentTypes.Training;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Images;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Markdown;
using LpipSite.Core.Rendering.Seo;
using LpipSite.Core.Rendering.Templates;
using LpipSite.Core.Rendering.Text;
using LpipSite.Core.Rendering.Views;
using LpipSite.Core.Routing;
using Keys = LpipSite.Core.Rendering.Text.GeneratorTextKeys;

namespace LpipSite.Core.Rendering.Pages;

/// <summary>
/// Builds view records from the model: links, cards, dates, bodies and page head data. One
/// instance serves a whole render and is safe to use from many threads (it only reads the model
/// and writes to concurrent collections).
/// </summary>
internal sealed partial class ViewBuilder
{

    private readonly ConcurrentDictionary<string, byte> _assets = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<(string Label, string Url)> _nav;

    private readonly Func<ContentItem, MarkdownResult, string>? _bodyTransform;
    private readonly Assets.ImageCatalogue? _images;

    /// <param name="bodyTransform">Post-processing for rendered Markdown before it goes into a page, if any.</param>
    public ViewBuilder(
        SiteModel model,
        RenderOptions options,
        MarkdownRenderer markdown,
        DiagnosticBag diagnostics,
        Localiser text,
        Func<ContentItem, MarkdownResult, string>? bodyTransform = null,
        Assets.ImageCatalogue? images = null)
    {
        Text = text;
        _images = images;
        _bodyTransform = bodyTransform;
        Model = model;
        Options = options;
        Markdown = markdown;
        Diagnostics = diagnostics;
        Relations = model.Relations;
        PagesById = model.Pages.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _nav = BuildNav();
        Site = BuildSite();
        _defaultOpenGraphImage = new Lazy<OgImageView?>(() => OpenGraphCrop(Settings.Image));
    }

    /// <summary>site.yml's image, shared by every page without a lead photo of its own.</summary>
    private readonly Lazy<OgImageView?> _defaultOpenGraphImage;

    public SiteModel Model { get; }

    /// <summary>The theme's interface text in the site's language: every word a reader sees comes from it.</summary>
    public Localiser Text { get; }
    public RenderOptions Options { get; }
    public MarkdownRenderer Markdown { get; }
    public DiagnosticBag Diagnostics { get; }
    public SiteRelations Relations { get; }
    public SiteSettings Settings => Model.Settings;
    /// <summary>The tag of the language an item's own text is in, when a translated edition shows it untranslated; null otherwise.</summary>
    public string? TextLangOf(ContentItem item) => item.Translation is { Translated: false } ? Settings.Languages[0].Tag : null;

    public SiteView Site { get; }
    public IReadOnlyDictionary<string, Page> PagesById { get; }

    /// <summary>Every <c>/assets/…</c> path a page referred to, for copying from content/assets.</summary>
    public IEnumerable<string> ReferencedAssets => _assets.Keys;

    // ---- Links ------------------------------------------------------------------------------

    public LinkView? PlaceLink(string id) =>
        Relations.PlacesById.TryGetValue(id, out var p) ? new LinkView(p.Name, p.Url) : null;

    public LinkView? MethodLink(string id) =>
        Relations.MethodsById.TryGetValue(id, out var m) ? new LinkView(m.Title, m.Url) : null;

    public LinkView? PartnershipLink(string id) =>
        Relations.PartnershipsById.TryGetValue(id, out var p) ? new LinkView(p.ShortName ?? p.Name, p.Url) : null;

    public LinkView? TrainingLink(string id) =>
        Relations.TrainingById.TryGetValue(id, out var t) ? new LinkView(t.Title, t.Url) : null;

    public LinkView? ThemeLink(string id) =>
        Model.Themes.Find(id) is { } term ? new LinkView(term.Label, Routes.Theme(id)) : null;

    public IReadOnlyList<LinkView> Links(IEnumerable<string> ids, Func<string, LinkView?> link) =>
        ids.Select(link).OfType<LinkView>().ToList();

    public string OrganisationName(string id) =>
        Relations.OrganisationsById.TryGetValue(id, out var o) ? o.Name : id;

    /// <summary>An organisation: its name, linked to its own website (organisations have no pages here).</summary>
    public ItemView OrganisationItem(string id, string? note = null) =>
        Relations.OrganisationsById.TryGetValue(id, out var o)
            ? new ItemView(o.Name, SafeUrl(o.Website), note)
            : new ItemView(id, null, note);

    public ItemView PersonItem(Person person)
    {
        var affiliation = person.AffiliationId is not null ? OrganisationName(person.AffiliationId) : person.AffiliationText;
        var note = string.Join(", ", new[] { person.Role, affiliation }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var orcid = person.OrcidUrl is null ? null : new LinkView(Text.Text(Keys.Site.Orcid, ("orcid", person.Orcid)), person.OrcidUrl.AbsoluteUri);
        return new ItemView(person.Name, null, note.Length == 0 ? null : note, Extra: orcid);
    }

    /// <summary>A contact's name, email (as a mailto link) and page, whichever are given and safe.</summary>
    public static IReadOnlyList<ItemView> ContactItems(Contact? contact)
    {
        var items = new List<ItemView>();
        if (contact is null)
        {
            return items;
        }

        if (!string.IsNullOrWhiteSpace(contact.Name))
        {
            items.Add(new ItemView(contact.Name));
        }

        if (!string.IsNullOrWhiteSpace(contact.Email) && SafeUrl("mailto:" + contact.Email) is { } mail)
        {
            items.Add(new ItemView(contact.Email, mail));
        }

        if (SafeUrl(contact.Url) is { } url)
        {
            items.Add(new ItemView(url, url));
        }

        return items;
    }

    public static string? SafeUrl(string? url) => UrlPolicy.Sanitise(url) is { } safe ? UrlPolicy.RewriteAssetLink(safe) : null;

    /// <summary>A model URL to a content asset (<c>/assets/…</c>) is remembered for copying.</summary>
    public string? AssetOrLink(string? url)
    {
        var safe = SafeUrl(url);
        if (safe is not null && safe.StartsWith("/assets/", StringComparison.Ordinal))
        {
            _assets.TryAdd(safe, 0);
        }

        return safe;
    }

    public ImageView? Image(ImageRef? image)
    {
        if (image is null || SafeUrl(image.Src) is not { } src)
        {
            return null;
        }

        var view = new ImageView(src, image.Decorative ? string.Empty : image.Alt, image.Credit)
        {
            Licence = image.Licence is { } licence ? LicenceItem(licence) : null,
        };
        var known = src.StartsWith("/assets/", StringComparison.Ordinal) ? _images?.Describe(src) : null;
        if (known is not { IsResized: true })
        {
            // The page shows the file itself. A resized photo's page links only its copies, so its original (a
            // phone's 12 megapixels, written again without metadata) is not published unless a body links it.
            AssetOrLink(image.Src);
        }

        if (known is null)
        {
            return view;
        }

        if (!known.IsResized)
        {
            return view with { Width = known.Info.Width, Height = known.Info.Height };
        }

        var largest = known.Widths[^1];
        return view with
        {
            Src = known.UrlOf(largest, known.Fallback),
            Width = largest,
            Height = known.HeightAt(largest),
            Srcset = known.Srcset(known.Fallback),
            Sources = known.Formats.Take(known.Formats.Count - 1).Select(f => new ImageSourceView(f.MediaType(), known.Srcset(f))).ToList(),
        };
    }

    /// <summary>
    /// A card's thumbnail of an item's lead image. It sits beside the card's linked title, which already names
    /// the item, so it is decorative (empty alt, as WCAG's image tutorial advises) and carries no credit.
    /// </summary>
    public ImageView? CardImage(ImageRef? image) =>
        image is null ? null : Image(image with { Decorative = true, Credit = null, Licence = null });

    /// <summary>
    /// The Open Graph image of an item: the 1200×630 crop of its lead image when that is a still photo
    /// (published beside it), else site.yml's (<see cref="SiteSettings.Image"/>), else none.
    /// </summary>
    public OgImageView? OpenGraphImage(ImageRef? image) => OpenGraphCrop(image) ?? _defaultOpenGraphImage.Value;

    /// <summary>The 1200×630 crop of a still photo; null for SVG, animations and no image.</summary>
    private OgImageView? OpenGraphCrop(ImageRef? image)
    {
        if (image is null || _images is null || SafeUrl(image.Src) is not { } src || !src.StartsWith("/assets/", StringComparison.Ordinal)
            || _images.Describe(src, openGraph: true) is not { IsResized: true } known)
        {
            return null;
        }

        return new OgImageView(
            Settings.AbsoluteUrl(known.OpenGraphUrl),
            ImageProcessor.OpenGraphWidth,
            ImageProcessor.OpenGraphHeight,
            image.Decorative ? string.Empty : image.Alt);
    }

    /// <summary>A licence's name in the site's language, linked to its legal text where it has one.</summary>
    public ItemView LicenceItem(string licence) =>
        new(Text.Label(Vocabularies.Licences, licence), Vocabularies.LicenceUrls.GetValueOrDefault(licence));

    // ---- Text -------------------------------------------------------------------------------

    /// <summary>"25 November 2026", in the site's language.</summary>
    public string Date(DateOnly date) => Text.Date(date);

    /// <summary>A date for <c>&lt;time&gt;</c>: ISO and as written in the site's language.</summary>
    public DateView DateOf(DateOnly date) => new(DisplayFormat.IsoDate(date), Text.Date(date));

    /// <summary>"a, b and c", by the table's <c>join</c> texts.</summary>
    public string JoinAnd(IReadOnlyList<string> items) => JoinAnd(Text, items);

    /// <summary>"340 KB", "1.4 MB": decimal units, one decimal place above a megabyte.</summary>
    public string FileSize(long bytes) => FileSize(Text, bytes);

    internal static string JoinAnd(Localiser text, IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => text.Text(Keys.Join.And, ("first", string.Join(text.Text(Keys.Join.Separator), items.Take(items.Count - 1))), ("last", items[^1])),
    };

    internal static string FileSize(Localiser text, long bytes)
    {
        if (bytes < 1000)
        {
            return text.Text(Keys.FileSize.Bytes, ("size", bytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (bytes < 1_000_000)
        {
            var kb = Math.Max(1, (int)Math.Round(bytes / 1000.0, MidpointRounding.AwayFromZero));
            return text.Text(Keys.FileSize.Kilobytes, ("size", kb.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return bytes < 1_000_000_000
            ? text.Text(Keys.FileSize.Megabytes, ("size", (bytes / 1_000_000.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))
            : text.Text(Keys.FileSize.Gigabytes, ("size", (bytes / 1_000_000_000.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)));
    }

    public bool IsPast(EventSession session) =>
        DateOnly.FromDateTime(session.End ?? session.Start) < Model.Today;

    // ---- Bodies -----------------------------------------------------------------------------

    /// <summary>Renders an item's Markdown, reporting refused URLs at their line in the source file.</summary>
    public (BodyView View, MarkdownResult Result) Body(ContentItem item, MarkdownBody body, int topLevel = 2)
    {
        var (result, html) = Options.Cache is { } cache
            ? cache.Body(Markdown.Key, (_bodyTransform is null ? "-" : "+") + item.Url, topLevel, body.Text, () => RenderBody(item, body, topLevel))
            : RenderBody(item, body, topLevel);
        foreach (var refused in result.RefusedUrls)
        {
            Diagnostics.Warning(
                new SourceLocation(item.Source.RelativePath, body.FirstLine + refused.Line - 1, refused.Column),
                RenderCodes.UnsafeUrl,
                $"link destination '{Truncate(refused.Url)}' was removed: only http, https, mailto, tel and site or relative links are allowed");
        }

        foreach (var asset in result.AssetPaths)
        {
            _assets.TryAdd(asset, 0);
        }

        if (_images is not null)
        {
            html = Assets.BodyImages.Rewrite(html, src => Image(new ImageRef(src, string.Empty, Decorative: false, Credit: null)));
        }

        var sections = result.Sections.ToList();
        var contents = sections.Count >= 3
            ? result.Headings.Where(h => h.Level <= topLevel + 1).Select(h => new TocEntryView(h.Id, h.Text, h.Level)).ToList()
            : [];
        return (new BodyView(new HtmlString(html), contents), result);
    }

    private (MarkdownResult, string) RenderBody(ContentItem item, MarkdownBody body, int topLevel)
    {
        var result = Markdown.Render(body.Text, topLevel);
        return (result, _bodyTransform is null ? result.Html : _bodyTransform(item, result));
    }

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..57] + "...";

    // ---- Page head --------------------------------------------------------------------------

    public BannerView? Banner(ContentItem item) => item.Publication.StateOn(Model.Today) switch
    {
        PublishState.Draft => new BannerView("draft", Text.Text(Keys.Site.BannerDraft)),
        PublishState.Scheduled => new BannerView("scheduled", Text.Text(Keys.Site.BannerScheduled, ("date", Date(item.Publication.PublishAt!.Value)))),
        _ => null,
    };

    public PageMeta Meta(
        string url,
        string layout,
        string title,
        string description,
        IReadOnlyList<BreadcrumbView> parents,
        IEnumerable<System.Text.Json.Nodes.JsonObject>? jsonLd = null,
        ContentItem? item = null,
        string ogType = "website",
        string? documentTitle = null)
    {
        var breadcrumbs = url == "/" ? [] : parents.Prepend(new BreadcrumbView(Text.Text(Keys.Site.Home), "/")).Append(new BreadcrumbView(title, null)).ToList();
        var graph = new List<System.Text.Json.Nodes.JsonObject>();
        if (breadcrumbs.Count > 0)
        {
            graph.Add(JsonLd.BreadcrumbList(breadcrumbs, Settings, url));
        }

        graph.AddRange(jsonLd ?? []);
        return new PageMeta
        {
            Url = url,
            Layout = layout,
            Title = title,
            DocumentTitle = documentTitle ?? (url == "/" ? Settings.Title : Text.Text(Keys.Site.DocumentTitle, ("title", title), ("site", Settings.Title))),
            Description = description,
            CanonicalUrl = Settings.AbsoluteUrl(url),
            OgType = ogType,
            Breadcrumbs = breadcrumbs,
            Nav = Nav(url),
            JsonLd = JsonLd.Serialise(graph),
            Banner = item is null ? null : Banner(item),
            NoIndex = Options.IncludeUnpublished,
            OgImage = _defaultOpenGraphImage.Value,
        };
    }

    public IReadOnlyList<NavItemView> Nav(string url) =>
        _nav.Select(n => new NavItemView(
                n.Label,
                n.Url,
                n.Url == url ? "page"
                : n.Url != "/" && n.Url.StartsWith('/') && url.StartsWith(n.Url, StringComparison.Ordinal) ? "true"
                : null))
            .ToList();

    /// <summary>The URL of a static page by one of its conventional ids, if the content has it.</summary>
    public string? PageUrl(params string[] ids) =>
        ids.Select(id => PagesById.GetValueOrDefault(id)).OfType<Page>().FirstOrDefault()?.Url;

    private List<(string Label, string Url)> BuildNav()
    {
        if (Settings.Menu.Count > 0)
        {
            return Settings.Menu.Select(m => (m.Label, SafeUrl(m.Url) ?? "/")).ToList();
        }

        // The menu of a site whose site.yml has none.
        var nav = new List<(string, string)>
        {
            (Text.Text(Keys.Site.NavCaseStudies), CaseStudyType.Instance.ListingUrl),
            (Text.Text(Keys.Site.NavPlaces), PlaceType.Instance.ListingUrl),
            (Text.Text(Keys.Site.NavMethods), MethodType.Instance.ListingUrl),
            (Text.Text(Keys.Site.NavTraining), TrainingType.Instance.ListingUrl),
            (Text.Text(Keys.Site.NavPartnerships), PartnershipType.Instance.ListingUrl),
            (Text.Text(Keys.Site.NavNews), NewsType.Instance.ListingUrl),
        };
        if (PageUrl("about") is { } about)
        {
            nav.Add((Text.Text(Keys.Site.NavAbout), about));
        }

        return nav;
    }

    private SiteView BuildSite()
    {
        var footer = new List<LinkView>();
        void Add(string text, string? url)
        {
            if (url is not null)
            {
                footer.Add(new LinkView(text, url));
            }
        }

        Add(Text.Text(Keys.Site.FooterAccessibility), PageUrl("accessibility-statement", "accessibility"));
        Add(Text.Text(Keys.Site.FooterContribute), PageUrl("contribute", "contributing"));
        Add(Text.Text(Keys.Site.FooterCookies), PageUrl("cookies"));
        Add(Text.Text(Keys.Site.FooterPrivacy), PageUrl("privacy", "privacy-notice"));
        Add(Text.Text(Keys.Site.FooterContact), Settings.ContactEmail is { } email ? "mailto:" + email : PageUrl("contact"));
        Add(Text.Text(Keys.Site.FooterEvidenceLevels), Routes.EvidenceLevels);
        Add(Text.Text(Keys.Site.FooterFeed), Routes.Feed);
        Add(Text.Text(Keys.Site.FooterOpenData), Routes.Data);

        var licence = LicenceItem(Settings.Licence);
        return new SiteView
        {
            Title = Settings.Title,
            Description = Settings.Description,
            BaseUrl = Settings.BaseUrl.AbsoluteUri,
            Lang = Settings.Language,
            OgLocale = Settings.IsMultilingual ? Text.Text(GeneratorTextKeys.Languages.Locale) : Settings.Language.Replace('-', '_'),
            InterfaceNotice = Settings.IsMultilingual ? Text.Text(GeneratorTextKeys.Languages.InterfaceUnreviewed) : string.Empty,
            SearchUrl = Routes.Search,
            Licence = new LinkView(licence.Text, licence.Url ?? (PageUrl("licence", "copyright") ?? "/")),
            FooterLinks = footer,
            Funders = Model.Organisations
                .Where(o => o.Type == "funder")
                .OrderBy(o => o.Name, StringComparer.Ordinal)
                .Select(o => new ItemView(o.Name, SafeUrl(o.Website)))
                .ToList(),
            Publisher = Settings.OrganisationId is { } id ? OrganisationName(id) : null,
            FeedUrl = Routes.Feed,
        };
    }
}
