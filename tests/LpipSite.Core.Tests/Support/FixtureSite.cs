using System.Collections.Concurrent;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering;
using LpipSite.Core.Validation;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Support;

/// <summary>
/// A fixture site under tests/fixtures/sites/NAME/content, read the way <c>lpip build</c> reads
/// content (load → validate → map, as in ContentPipeline); a validation error fails the test. The
/// items are loaded once per fixture and date and shared, since they are immutable.
/// </summary>
public sealed class FixtureSite
{
    private static readonly ConcurrentDictionary<(string Name, DateOnly Today), Lazy<FixtureSite>> Loaded = new();

    private readonly Lazy<RenderResult> _rendered;

    private FixtureSite(string name, DateOnly today)
    {
        Name = name;
        Today = today;
        ContentRoot = RepositoryRoot.PathOf("tests", "fixtures", "sites", name, "content");
        var bag = new DiagnosticBag();
        var loaded = ContentLoader.Load(ContentRoot, bag);
        var validated = ContentValidator.Validate(loaded, bag, today);
        Assert.False(bag.HasErrors, $"the fixture site '{name}' has errors:\n" + string.Join("\n", bag.Sorted().Select(d => d.Format())));
        Content = new ItemMapper(validated).Map();
        _rendered = new(() => SiteRenderer.Render(Model(), Options()));
    }

    /// <summary>
    /// tests/fixtures/sites/sample: every page type, seen on 15 June 2025. Two nations with a region,
    /// a custom area and places with Welsh names; three partnerships; methods; 25 published case
    /// studies (so listings paginate) plus a draft and a scheduled one; training with past and
    /// upcoming sessions; news of every kind; and the static pages the footer links to.
    /// </summary>
    public static FixtureSite Sample => Load("sample", new DateOnly(2025, 6, 15));

    public static FixtureSite Load(string name, DateOnly today) =>
        Loaded.GetOrAdd((name, today), key => new Lazy<FixtureSite>(() => new FixtureSite(key.Name, key.Today))).Value;

    public string Name { get; }

    /// <summary>The date the fixture is built on: what is published, past or upcoming depends on it.</summary>
    public DateOnly Today { get; }

    public string ContentRoot { get; }

    /// <summary>Every item as mapped from the files, drafts and scheduled items included.</summary>
    public SiteContent Content { get; }

    /// <summary>The site rendered once with default options (shared by read-only tests).</summary>
    public RenderResult Rendered => _rendered.Value;

    public SiteModel Model(bool includeUnpublished = false) => SiteModelFactory.Create(Content, Today, includeUnpublished);

    public RenderOptions Options(int threads = -1, bool includeUnpublished = false) => new()
    {
        ThemeDirectory = RepositoryRoot.DefaultTheme,
        ContentRoot = ContentRoot,
        MaxDegreeOfParallelism = threads,
        IncludeUnpublished = includeUnpublished,
    };
}

public static class RenderResultExtensions
{
    /// <summary>A rendered file's text.</summary>
    public static string Html(this RenderResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content.Span);
}
