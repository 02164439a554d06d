using LpipSite.Core.Caching;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Languages;
using LpipSite.Core.Model;
using LpipSite.Core.Outputs;
using LpipSite.Core.Rendering.Maps;
using LpipSite.Core.Rendering.Markdown;
using LpipSite.Core.Rendering.Pages;
using LpipSite.Core.Rendering.Templates;
using LpipSite.Core.Rendering.Theming;
using LpipSite.Core.Rendering.Views;
using LpipSite.Core.Writing;
using Scriban.Runtime;
using Keys = LpipSite.Core.Rendering.Text.GeneratorTextKeys;

namespace LpipSite.Core.Rendering;

/// <summary>
/// One language's edition of the site as it renders: its model, views, template functions (with
/// its text table), planned pages and reuse files. Pages are planned with language-neutral
/// addresses; a translated edition writes them under its prefix (<c>cy/…</c>) and its links are
/// localised (<see cref="LanguageLinks"/>). Every page gains its alternates in the other languages.
/// </summary>
internal sealed class EditionRender
{
    private readonly SiteTheme _theme;
    private readonly IReadOnlyList<SiteLanguage> _languages;

    private EditionRender(SiteModel model, IReadOnlyList<SiteLanguage> languages, SiteTheme theme, ViewBuilder views, ScriptObject functions, DownloadFiles reuse, string? themeKey, RenderOptions options)
    {
        Model = model;
        _languages = languages;
        _theme = theme;
        Views = views;
        Functions = functions;
        Reuse = reuse;
        Language = model.Settings.Edition;
        Links = LanguageLinks.For(model.Settings);
        Site = model.Settings.IsMultilingual
            ? views.Site with { OgLocaleAlternates = languages.Where(l => l != Language).Select(l => theme.Text.For(l.Code).Text(Keys.Languages.Locale)).ToList() }
            : views.Site;
        Jobs = new PagePlanner(views, reuse).Plan();
        BuildKey = themeKey is null ? null : RenderCache.BuildKey(options, themeKey, Site);
    }

    public SiteModel Model { get; }

    public SiteLanguage Language { get; }

    public ViewBuilder Views { get; }

    /// <summary>What every page of the edition shows of the site (its <c>site</c> in templates).</summary>
    public SiteView Site { get; }

    public ScriptObject Functions { get; }

    public DownloadFiles Reuse { get; }

    public List<PageJob> Jobs { get; }

    /// <summary>The render cache's key for this edition's pages; null without a cache.</summary>
    public string? BuildKey { get; }

    /// <summary>Localises a translated edition's links; null for the default language.</summary>
    public LanguageLinks? Links { get; }

    public static EditionRender Create(
        SiteModel model,
        IReadOnlyList<SiteLanguage> languages,
        SiteTheme theme,
        Assets.ThemeAssets themeAssets,
        string themeKey,
        RenderOptions options,
        DiagnosticBag diagnostics,
        Func<ContentItem, MarkdownResult, string>? bodyTransform,
        UkMap? map,
        ParallelOptions parallel,
        Assets.ImageCatalogue? images = null)
    {
        var text = theme.Text.For(model.Settings.Language);
        var functions = TemplateFunctions.Create(themeAssets.UrlOf, text);

        // Body headings never take an id the theme gives its own elements; tables are labelled in the edition's language.
        var markdown = new MarkdownRenderer(theme.ReservedIds, text);
        var views = new ViewBuilder(model, options, markdown, diagnostics, text, bodyTransform, images);
        var reuse = DownloadFiles.Create(model, map, text, parallel);
        return new EditionRender(model, languages, theme, views, functions, reuse, options.Cache is null ? null : themeKey, options);
    }

    /// <summary>The page's address in this edition: <c>/about/</c> → <c>/cy/about/</c>.</summary>
    public string UrlOf(PageJob job) => Language.Localise(job.Url);

    /// <summary>The page's alternates: its address in every language, and x-default (the first language's).</summary>
    public IReadOnlyList<AlternateView> AlternatesOf(PageJob job) => Model.Settings.IsMultilingual
        ? _languages.Select(l => new AlternateView(l.Code, Model.Settings.AbsoluteUrl(l.Localise(job.Url))))
            .Append(new AlternateView("x-default", Model.Settings.AbsoluteUrl(job.Url)))
            .ToList()
        : [];

    /// <summary>The page's head and view with what a site in several languages adds: alternates, the switcher, translation notices.</summary>
    public PageContent Decorate(PageJob job, PageContent content)
    {
        if (!Model.Settings.IsMultilingual)
        {
            return content;
        }

        var source = _languages[0];
        var others = _languages.Where(l => l != Language)
            .Select(l => new LanguageLinkView(l.Localise(job.Url), _theme.Text.For(l.Code).Text(Keys.Languages.Name), l.Tag, l.Code))
            .ToList();
        var status = job.Item?.Translation;
        var notice = status is null || (status.Translated && status.Current && status.Reviewed)
            ? null
            : new TranslationNoticeView(!status.Translated, status.Translated && !status.Current, status.Translated && !status.Reviewed, job.Url, source.Tag, source.Code);
        return content with
        {
            Meta = content.Meta with
            {
                Alternates = AlternatesOf(job),
                OtherLanguages = others,
                Translation = notice,
                TextLang = status is { Translated: false } ? new HtmlString($" lang=\"{Html.Encode(source.Tag)}\"") : HtmlString.Empty,
            },
        };
    }

    /// <summary>This edition's copies of files made from its model (reuse files, feed): under its prefix, their links localised.</summary>
    public IEnumerable<OutputFile> Localise(IEnumerable<OutputFile> files)
    {
        if (Links is null)
        {
            return files;
        }

        return files.Select(file => (IsText(file.Path) ? Links.Localise(file) : file) with { Path = Language.LocaliseOutputPath(file.Path) });
    }

    private static bool IsText(string path) =>
        Path.GetExtension(path) is ".html" or ".xml" or ".json" or ".csv" or ".ics" or ".bib" or ".ris" or ".txt";
}
