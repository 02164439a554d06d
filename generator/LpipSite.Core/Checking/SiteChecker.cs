using LpipSite.Core.Build;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;

namespace LpipSite.Core.Checking;

public sealed record CheckOptions
{
    public string ContentDirectory { get; init; } = "content";
    public string ThemeDirectory { get; init; } = "themes/default";

    /// <summary>The date treated as today, for scheduled items and review dates.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>
    /// When set, only these files (paths as given on the command line) get file-level checks;
    /// references and links across the whole site are still resolved, and a change that breaks
    /// another file (a renamed id, a removed page) is still reported there.
    /// </summary>
    public IReadOnlyList<string>? ChangedFiles { get; init; }
}

public sealed record CheckResult(IReadOnlyList<Diagnostic> Diagnostics, int FilesChecked, bool Rendered, StageTimings Timings)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}

/// <summary>
/// <c>lpip check</c>: every rule of the build, the site rendered in memory (nothing is written),
/// and the checks for contributors on top: Markdown headings and link text, addresses, and every
/// link and <c>#anchor</c> in Markdown and in the rendered pages, and the theme's text tables of
/// each language against the default language's.
/// </summary>
public static class SiteChecker
{
    public static CheckResult Check(CheckOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new StageTimings();
        var buildOptions = new BuildOptions
        {
            ContentDirectory = options.ContentDirectory,
            ThemeDirectory = options.ThemeDirectory,
            Today = options.Today,
            IncludeDrafts = true,
        };

        // Drafts are rendered too: a contributor's new case study is a draft, and its links matter.
        // But a link is judged against the published site, the build without --drafts.
        var (content, model) = ContentPipeline.Load(buildOptions, diagnostics, timings);
        var targets = LinkTargets.FromContent(content, options.Today, includeDrafts: false);
        RenderedSite? rendered = null;
        if (model is not null)
        {
            rendered = InMemoryRender.Run(model, buildOptions, diagnostics, timings);
            if (rendered is not null)
            {
                targets = targets.WithRendered(rendered.Pages, rendered.Files);
            }
        }

        // The theme's languages against its default language (the keys templates use are checked when the theme loads).
        timings.Time("text", () =>
        {
            if (Rendering.Theming.SiteTheme.Load(options.ThemeDirectory).Theme is { } theme)
            {
                var text = new List<Diagnostic>();
                Rendering.Text.TextKeyChecks.CompareLanguages(theme.Text, text);
                diagnostics.AddRange(text);
            }
        });

        var markdownLinks = timings.Time("markdown", () => MarkdownChecks.Check(content, targets, diagnostics));
        timings.Time("images", () => ImageChecks.Check(content, diagnostics));
        if (rendered is not null)
        {
            timings.Time("links", () => PageLinkChecks.Check(rendered, targets, markdownLinks, diagnostics));
        }

        var all = WithoutDuplicates(diagnostics.Sorted());
        var scope = options.ChangedFiles is null ? null : new ChangedFiles(content.Loaded, options.ChangedFiles);
        var reported = scope is null ? all : all.Where(scope.Includes).ToList();
        return new CheckResult(reported, scope?.ContentFileCount ?? content.Loaded.Documents.Count, rendered is not null, timings);
    }

    /// <summary>An unsafe or misspelt link is reported by check as an error; the renderer's warning about removing it adds nothing.</summary>
    private static List<Diagnostic> WithoutDuplicates(IReadOnlyList<Diagnostic> diagnostics)
    {
        var unsafeAt = diagnostics.Where(d => d.Code is DiagnosticCodes.UnsafeLink or DiagnosticCodes.MalformedUrl).Select(d => d.Location).ToHashSet();
        return diagnostics.Where(d => !(d.Code == InMemoryRender.UnsafeUrlRemovedCode && unsafeAt.Contains(d.Location))).ToList();
    }
}

/// <summary>Which diagnostics a check limited to the files of a pull request reports.</summary>
public sealed class ChangedFiles
{
    /// <summary>Problems that a change to one file causes in another: these are reported wherever they are.</summary>
    public static readonly IReadOnlySet<string> CrossFileCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        DiagnosticCodes.MissingSiteFile,
        DiagnosticCodes.UnknownReference,
        DiagnosticCodes.DuplicateId,
        DiagnosticCodes.MissingAsset,
        DiagnosticCodes.ParentCycle,
        DiagnosticCodes.BrokenLink,
        DiagnosticCodes.BrokenAnchor,
        DiagnosticCodes.BrokenPageLink,
        DiagnosticCodes.LinkToUnpublished,
    };

    private readonly string _contentRoot;
    private readonly string _displayRoot;
    private readonly HashSet<string> _files;

    public ChangedFiles(LoadedContent loaded, IEnumerable<string> paths)
    {
        _contentRoot = loaded.ContentRoot;
        _displayRoot = loaded.DisplayRoot;
        _files = paths.Select(p => Path.GetFullPath(p)).ToHashSet(StringComparer.Ordinal);
        ContentFileCount = _files.Count(f => f.StartsWith(_contentRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    /// <summary>How many of the changed files are in the content folder.</summary>
    public int ContentFileCount { get; }

    public bool Includes(Diagnostic diagnostic)
    {
        var path = diagnostic.Location.Path;
        if (CrossFileCodes.Contains(diagnostic.Code) || !path.StartsWith(_displayRoot + "/", StringComparison.Ordinal))
        {
            // Problems outside the content (the theme) always matter.
            return true;
        }

        var full = Path.GetFullPath(Path.Combine(_contentRoot, path[(_displayRoot.Length + 1)..]));
        return _files.Contains(full);
    }
}
