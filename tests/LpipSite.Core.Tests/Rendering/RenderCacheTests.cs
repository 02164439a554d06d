using LpipSite.Core.Rendering;
using LpipSite.Core.Caching;
using LpipSite.Core.Tests.Support;

namespace LpipSite.Core.Tests.Rendering;

/// <summary>The on-disk render cache carries rendered pages and Markdown bodies from one run to the next without changing output.</summary>
public sealed class RenderCacheTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "lpip-render-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private RenderResult Render(RenderCache? cache) =>
        SiteRenderer.Render(FixtureSite.Sample.Model(), FixtureSite.Sample.Options(threads: 2) with { Cache = cache });

    private static void AssertSameFiles(RenderResult expected, RenderResult actual)
    {
        Assert.Equal(expected.Files.Select(f => f.Path), actual.Files.Select(f => f.Path));
        foreach (var (want, got) in expected.Files.Zip(actual.Files))
        {
            Assert.True(want.Content.Span.SequenceEqual(got.Content.Span), $"{want.Path} differs");
        }
    }

    [Fact]
    public void A_new_process_reuses_the_markdown_bodies_an_earlier_one_stored_on_disk()
    {
        var clean = Render(null);
        var first = RenderCache.OnDisk(_directory);
        Render(first);
        Assert.True(first.BodiesRendered > 0);
        Assert.True(Directory.EnumerateFiles(Path.Combine(_directory, "bodies"), "*.json").Any());

        // A second cache object on the same folder stands for the next `lpip build`. Its page store
        // is emptied so that every page renders again, from bodies read back from disk.
        Directory.Delete(Path.Combine(_directory, "pages"), recursive: true);
        var second = RenderCache.OnDisk(_directory);
        var again = Render(second);

        Assert.Equal(0, second.BodiesRendered);
        Assert.True(second.Misses > 0);
        AssertSameFiles(clean, again);
    }

    [Fact]
    public void Damaged_body_files_are_ignored_and_the_output_is_unchanged()
    {
        var clean = Render(null);
        Render(RenderCache.OnDisk(_directory));
        var shards = Directory.GetFiles(Path.Combine(_directory, "bodies"), "*.json");
        File.WriteAllText(shards[0], "{\"Version\":");
        if (shards.Length > 1)
        {
            File.WriteAllText(shards[1], "{\"Version\":\"x\",\"Bodies\":[{\"Key\":null}]}");
        }

        Directory.Delete(Path.Combine(_directory, "pages"), recursive: true);
        var cache = RenderCache.OnDisk(_directory);
        var again = Render(cache);

        Assert.True(cache.BodiesRendered > 0);
        AssertSameFiles(clean, again);
    }

    [Fact]
    public void Every_view_type_has_compiled_json_metadata_for_page_keys()
    {
        var views = typeof(RenderCache).Assembly.GetTypes()
            .Where(t => (t.Namespace == "LpipSite.Core.Rendering.Views" || t.Namespace?.StartsWith("LpipSite.Core.ContentTypes.", StringComparison.Ordinal) == true)
                && t.Name.EndsWith("View", StringComparison.Ordinal) && !t.IsNested)
            .Append(typeof(LpipSite.Core.Rendering.Views.PageMeta))
            .ToList();
        Assert.True(views.Count > 40);
        var missing = views.Where(t => !RenderCache.HasCompiledJson(t)).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, "add to ViewJsonContext, or to the content type's own JSON context: " + string.Join(", ", missing));
    }

    [Fact]
    public void Bodies_from_another_build_of_the_generator_are_not_reused()
    {
        Render(RenderCache.OnDisk(_directory));
        foreach (var shard in Directory.GetFiles(Path.Combine(_directory, "bodies"), "*.json"))
        {
            var text = File.ReadAllText(shard);
            var version = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("Version").GetString()!;
            File.WriteAllText(shard, text.Replace(version, "another-version", StringComparison.Ordinal));
        }

        Directory.Delete(Path.Combine(_directory, "pages"), recursive: true);
        var cache = RenderCache.OnDisk(_directory);
        Render(cache);
        Assert.True(cache.BodiesRendered > 0);
    }
}
