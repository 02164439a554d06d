using System.Text;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Maps;
using LpipSite.Core.Writing;
using LpipSite.Core.PostProcessing;
using LpipSite.Core.Rendering.Assets;
using LpipSite.Core.Caching;
using LpipSite.Core.Rendering.Markdown;
using LpipSite.Core.Rendering.Pages;
using LpipSite.Core.Outputs;
using LpipSite.Core.Rendering.Seo;
using LpipSite.Core.Rendering.Templates;
using LpipSite.Core.Rendering.Theming;
using LpipSite.Core.Rendering.Views;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LpipSite.Core.Rendering;

/// <summary>
/// The render stage: turns a <see cref="SiteModel"/> into the site's files. Pages render in
/// parallel, each with its own template context, and are post-processed; the theme's assets are
/// fingerprinted, the content assets pages refer to are copied, and sitemap.xml, robots.txt and
/// feed.xml are written. Failures become diagnostics, never exceptions or half pages.
/// </summary>
public static class SiteRenderer
{
    public static RenderResult Render(SiteModel model, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);

        var diagnostics = new DiagnosticBag();
        var cache = options.Cache;

        // Begun before anything renders Markdown, so bodies rendered while planning count as used. A
        // partial render (some pages only) neither begins nor ends a build: it must not evict entries.
        var partial = options.OnlySources is not null;
        if (!partial)
        {
            cache?.BeginBuild();
        }
        var loaded = cache is null ? SiteTheme.Load(options.ThemeDirectory) : cache.LoadTheme(options.ThemeDirectory);
        diagnostics.AddRange(loaded.Diagnostics);
        if (!loaded.Succeeded)
        {
            return new RenderResult { Files = [], Diagnostics = diagnostics.Sorted() };
        }

        var theme = loaded.Theme!;

        // The text the generator writes (row labels, titles, intros …) comes from the theme's table
        // too: a key missing there is one diagnostic here, not a failure on every page.
        var textProblems = new List<Diagnostic>();
        Text.GeneratorTextKeys.CheckEditions(theme.Text, model, $"themes/{theme.Lineage[0]}", textProblems);

        if (textProblems.Count > 0)
        {
            diagnostics.AddRange(textProblems.Distinct());
            return new RenderResult { Files = [], Diagnostics = diagnostics.Sorted() };
        }

        var (themeAssets, themeKey) = cache is null ? (new ThemeAssets(theme), string.Empty) : cache.AssetsOf(theme);
        var postProcessor = PostProcessor.CreateDefault(options.CollectLinks);

        // A build post-processes only the rendered Markdown of each page (small, and where every
        // default transform works); a check parses whole pages once, to see every link.
        Func<ContentItem, MarkdownResult, string>? bodyTransform = options.CollectLinks
            ? null
            : (item, markdown) => postProcessor.ProcessBody(markdown.Html, new PostProcessPage
            {
                Url = item.Url,
                Layout = "body",
                BodyHeadingCount = markdown.Headings.Count,
                HasExternalLinks = markdown.HasExternalLinks,
            });
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism is 0 ? -1 : options.MaxDegreeOfParallelism };
        // Lead images and logos, probed as views ask for them; their resized copies are made after the pages.
        var imageCache = cache?.Images ?? options.ImageCache ?? Images.ImageCache.InMemory();
        var images = new ImageCatalogue(options.ContentRoot, imageCache);
        var map = UkMap.Load(theme.Lineage.Select(name => Path.Combine(Path.GetDirectoryName(theme.Directory)!, name)));
        var editions = model.Editions
            .Select(edition => EditionRender.Create(edition, model.Settings.Languages, theme, themeAssets, themeKey, options, diagnostics, bodyTransform, map, parallel, images))
            .ToList();
        var jobs = editions.SelectMany(edition => edition.Jobs.Select(job => (Edition: edition, Job: job))).ToList();
        if (ReportMissingLayouts(theme, editions[0].Jobs, diagnostics))
        {
            return new RenderResult { Files = [], Diagnostics = diagnostics.Sorted() };
        }

        if (options.OnlySources is { } only)
        {
            // An item's page in every language: a translated edition's item names its translation file, or its source when it has none.
            jobs = jobs.Where(j => j.Job.Item is { } item && (only.Contains(item.Source.RelativePath) || only.Contains(SourceOf(item)))).ToList();
        }

        // The open data exports and citations build on another thread while pages render.
        var reuseFiles = partial ? Task.CompletedTask : Task.WhenAll(editions.Select(e => e.Reuse.PrepareAsync()));

        var outputs = new PageOutput?[jobs.Count];
        Parallel.For(0, jobs.Count, parallel, i => outputs[i] = RenderPage(jobs[i].Job, jobs[i].Edition, theme, postProcessor, bodyProcessed: !options.CollectLinks, diagnostics, cache));
        reuseFiles.GetAwaiter().GetResult();
        if (!partial)
        {
            cache?.EndBuild();
        }

        var files = new List<OutputFile>();
        var pages = new List<RenderedPage>();
        var links = new List<PageLinks>();
        var sitemap = new List<SitemapEntry>();
        foreach (var output in outputs.OfType<PageOutput>())
        {
            files.Add(output.File);
            pages.Add(output.Page);
            if (output.Links is not null)
            {
                links.Add(output.Links);
            }

            if (output.Job.InSitemap)
            {
                sitemap.Add(new SitemapEntry(output.Page.Url, output.Job.LastModified, output.Alternates));
            }
        }

        if (partial)
        {
            return new RenderResult
            {
                Files = Deduplicate(files, diagnostics),
                Diagnostics = diagnostics.Sorted(),
                Pages = pages.OrderBy(p => p.Url, StringComparer.Ordinal).ToList(),
            };
        }

        files.AddRange(themeAssets.Files);
        files.AddRange(Outputs.Editor.EditorFiles.Of(
            model,
            theme.Text.Default,
            theme.Lineage.Select(name => Path.Combine(Path.GetDirectoryName(theme.Directory)!, name)).ToList(),
            $"themes/{theme.Lineage[0]}",
            themeAssets.UrlOf("css/site.css"),
            options.ContentRoot,
            diagnostics));
        imageCache.BeginBuild();
        // A photo being processed holds its decoded pixels (48 MB for 4000×3000): never more at once than there are
        // cores. Without a cap, Parallel.For lets the thread pool add threads while slow items run, and 100 photos
        // took 8.6 GB.
        var imageParallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Min(Environment.ProcessorCount, parallel.MaxDegreeOfParallelism > 0 ? parallel.MaxDegreeOfParallelism : int.MaxValue) };
        files.AddRange(ContentAssets.Copy(options.ContentRoot, editions.SelectMany(e => e.Views.ReferencedAssets), diagnostics, imageCache, imageParallel));
        files.AddRange(images.Files(imageParallel));
        imageCache.EndBuild();
        files.Add(new OutputFile("sitemap.xml", SiteFiles.Sitemap(model.Settings, sitemap)));
        files.Add(OutputFile.Text("robots.txt", SiteFiles.Robots(model.Settings, options.IncludeUnpublished)));
        files.AddRange(Redirects.Files(model));
        foreach (var edition in editions)
        {
            files.AddRange(edition.Localise(edition.Reuse.Files));
            files.AddRange(edition.Localise([new OutputFile("feed.xml", SiteFiles.Feed(edition.Model, edition.Views.Site.Publisher, edition.Views.Text))]));
        }

        return new RenderResult
        {
            Files = Deduplicate(files, diagnostics),
            Diagnostics = diagnostics.Sorted(),
            Pages = pages.OrderBy(p => p.Url, StringComparer.Ordinal).ToList(),
            Links = links.OrderBy(l => l.Url, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>The source file of an item's translation, for matching the preview server's changed files.</summary>
    private static string SourceOf(ContentItem item) =>
        item.Translation is { Translated: true, TextLanguage: var language }
            ? Languages.LanguageCodes.SourcePathOf(item.Source.RelativePath, language)
            : item.Source.RelativePath;

    /// <summary>
    /// The layouts this site needs are those of its planned pages, and <c>base</c>, which wraps
    /// every page. Each one the theme (with the themes it extends) lacks is reported at the path
    /// where the theme would have it; true when any is missing, so nothing is rendered.
    /// </summary>
    private static bool ReportMissingLayouts(SiteTheme theme, IReadOnlyList<PageJob> jobs, DiagnosticBag diagnostics)
    {
        var required = jobs.Select(job => job.Layout).Prepend("base").Distinct(StringComparer.Ordinal);
        var missing = required.Where(layout => !theme.Layouts.ContainsKey(layout)).Order(StringComparer.Ordinal).ToList();
        var themeFolder = $"themes/{theme.Lineage[0]}/";
        foreach (var layout in missing)
        {
            var path = $"{themeFolder}layouts/{layout}{SiteTheme.TemplateExtension}";
            var pages = jobs.Where(job => job.Layout == layout).Select(job => job.Url).ToList();
            var usedBy = pages.Count switch
            {
                0 => "every page needs",
                1 => $"the page {pages[0]} needs",
                _ => $"{pages.Count} pages need (such as {pages[0]})",
            };
            var canInherit = theme.Lineage.Count == 1 && theme.Lineage[0] != "default";
            diagnostics.Error(
                SourceLocation.File(path),
                RenderCodes.LayoutMissing,
                $"theme '{theme.Name}' has no layout '{layout}' (nor does any theme it extends), which {usedBy}",
                canInherit ? $"add {path}, or add 'extends: default' to {themeFolder}theme.yml to inherit it" : $"add {path}");
        }

        return missing.Count > 0;
    }

    private sealed record PageOutput(PageJob Job, OutputFile File, RenderedPage Page, PageLinks? Links, IReadOnlyList<AlternateView> Alternates);

    private static PageOutput? RenderPage(
        PageJob job,
        EditionRender edition,
        SiteTheme theme,
        PostProcessor postProcessor,
        bool bodyProcessed,
        DiagnosticBag diagnostics,
        RenderCache? cache)
    {
        var source = SourceLocation.File(job.Item?.Source.RelativePath
            ?? (theme.Layouts.TryGetValue(job.Layout, out var layout) ? layout.DisplayPath : $"themes/{theme.Lineage[0]}/layouts/{job.Layout}{SiteTheme.TemplateExtension}"));
        var url = edition.UrlOf(job);
        var path = job.OutputPath is { } neutral ? edition.Language.LocaliseOutputPath(neutral) : null;
        if (path is null)
        {
            diagnostics.Error(source, RenderCodes.BadUrl, $"the page URL '{job.Url}' cannot be written as a file; URLs start and end with '/' and have no empty, '.' or '..' segments");
            return null;
        }

        var alternates = edition.AlternatesOf(job);
        PageContent content;
        string html;
        string? cacheKey = null;
        try
        {
            content = edition.Decorate(job, job.Build());
            if (cache is not null && edition.BuildKey is { } buildKey && !postProcessor.Transforms.OfType<LinkCollector>().Any())
            {
                cacheKey = RenderCache.PageKey(buildKey, url, job.Layout, content.Meta, content.View, content.Body);
                if (cacheKey is not null && cache.TryGetPage(cacheKey, out var cached))
                {
                    var reused = new RenderedPage(url, path, job.Layout, content.Meta.Title, content.Meta.Description, job.Item?.Id);
                    return new PageOutput(job, new OutputFile(path, cached), reused, null, alternates);
                }
            }

            var context = new HtmlTemplateContext(theme, edition.Functions);
            var globals = new ScriptObject
            {
                ["site"] = edition.Site,
                ["page"] = content.Meta,
                ["view"] = content.View,
                ["content"] = HtmlString.Empty,
            };
            context.PushGlobal(globals);
            var inner = TemplateRendering.Layout(context, theme.Layouts[job.Layout].Template);
            globals["content"] = new HtmlString(inner);
            html = TemplateRendering.Layout(context, theme.Layouts["base"].Template);

            // Before post-processing, so a check sees (and follows) the links readers will.
            if (edition.Links is { } links)
            {
                html = links.LocaliseHtml(html);
            }
        }
        catch (ScriptRuntimeException ex)
        {
            var span = ex.Span;
            var at = span.FileName is { Length: > 0 } file
                ? new SourceLocation(file, span.Start.Line + 1, span.Start.Column + 1)
                : source;
            diagnostics.Error(at, RenderCodes.TemplateRuntime, $"template error while rendering {url}: {ex.OriginalMessage}");
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Error(source, RenderCodes.TemplateRuntime, $"could not render {url}: {ex.Message}");
            return null;
        }

        var page = new PostProcessPage
        {
            Url = url,
            Layout = job.Layout,
            BodyHeadingCount = content.Body?.Headings.Count ?? 0,
            HasExternalLinks = content.Body?.HasExternalLinks ?? false,
        };
        try
        {
            html = postProcessor.Process(html, page, bodyProcessed);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Error(source, RenderCodes.PostProcessing, $"post-processing {url} failed: {ex.Message}");
            cacheKey = null;
        }

        var rendered = new RenderedPage(url, path, job.Layout, content.Meta.Title, content.Meta.Description, job.Item?.Id);
        var pageLinks = postProcessor.Transforms.OfType<LinkCollector>().Any() ? new PageLinks(url, page.Links) : null;
        var bytes = Encoding.UTF8.GetBytes(html);
        if (cacheKey is not null)
        {
            cache!.PutPage(cacheKey, bytes);
        }

        return new PageOutput(job, new OutputFile(path, bytes), rendered, pageLinks, alternates);
    }

    /// <summary>Sorts by path (ordinal) and keeps the first of any two files with the same path, reporting the clash.</summary>
    private static List<OutputFile> Deduplicate(List<OutputFile> files, DiagnosticBag diagnostics)
    {
        var result = new List<OutputFile>(files.Count);
        foreach (var group in files.GroupBy(f => f.Path, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            result.Add(group.First());
            if (group.Skip(1).Any())
            {
                diagnostics.Error(
                    SourceLocation.File(group.Key),
                    RenderCodes.DuplicateOutput,
                    $"{group.Count()} outputs would be written to '{group.Key}'; only the first is kept. Check for a page id that matches a section of the site.");
            }
        }

        return result;
    }
}
