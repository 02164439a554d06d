using System.Text.Json;
using LpipSite.Core.Rendering.Markdown;

namespace LpipSite.Core.Caching;

/// <summary>
/// Rendered Markdown bodies kept under <c>bodies/</c> in the cache folder between runs, so that a
/// build after a small change parses and post-processes only the bodies that changed. Bodies are
/// spread over 256 files by the first two hex digits of their key: a build rewrites only the files
/// whose bodies changed. A file written by another version of the generator is ignored.
/// </summary>
internal sealed class BodyStore(string directory, string codeVersion)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly string _directory = Path.Combine(Path.GetFullPath(directory), "bodies");

    public static string ShardOf(string key) => key[..2];

    public IEnumerable<KeyValuePair<string, (MarkdownResult Result, string Html)>> Load()
    {
        if (!Directory.Exists(_directory))
        {
            return [];
        }

        var files = Directory.GetFiles(_directory, "*.json");
        var shards = new Shard?[files.Length];
        Parallel.For(0, files.Length, i => shards[i] = Read(files[i]));
        return shards
            .Where(shard => shard is not null && shard.Version == codeVersion && shard.Bodies is not null)
            .SelectMany(shard => shard!.Bodies)
            .Where(IsComplete)
            .Select(body => KeyValuePair.Create(body.Key, (ToResult(body), body.Processed)));
    }

    public void Save(IEnumerable<string> changedShards, IEnumerable<KeyValuePair<string, (MarkdownResult Result, string Html)>> bodies)
    {
        var changed = changedShards.ToList();
        if (changed.Count == 0)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(_directory);
            var byShard = bodies.GroupBy(pair => ShardOf(pair.Key), StringComparer.Ordinal).ToDictionary(g => g.Key, StringComparer.Ordinal);
            foreach (var name in changed)
            {
                var path = Path.Combine(_directory, name + ".json");
                if (!byShard.TryGetValue(name, out var entries))
                {
                    File.Delete(path);
                    continue;
                }

                var shard = new Shard(codeVersion, entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => ToEntry(e.Key, e.Value.Result, e.Value.Html)).ToList());
                Writing.AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, shard, Json));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache is an optimisation: bodies that cannot be stored are rendered next time.
        }
    }

    private static Shard? Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<Shard>(File.ReadAllBytes(path), Json);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    // A hand-edited or truncated file may hold nulls where the types promise none.
    private static bool IsComplete(Entry? entry) =>
        entry is { Key.Length: 64, Html: not null, Headings: not null, AssetPaths: not null, RefusedUrls: not null, Processed: not null }
        && entry.Headings.All(h => h is { Id: not null, Text: not null })
        && entry.AssetPaths.All(a => a is not null)
        && entry.RefusedUrls.All(r => r is { Url: not null });

    private static Entry ToEntry(string key, MarkdownResult result, string processed) =>
        new(key, result.Html, [.. result.Headings], [.. result.AssetPaths], [.. result.RefusedUrls], result.HasExternalLinks, result.TopLevel, processed);

    private static MarkdownResult ToResult(Entry entry) =>
        new(entry.Html, entry.Headings, entry.AssetPaths, entry.RefusedUrls, entry.HasExternalLinks, entry.TopLevel);

    private sealed record Shard(string Version, List<Entry> Bodies);

    private sealed record Entry(
        string Key,
        string Html,
        List<HeadingInfo> Headings,
        List<string> AssetPaths,
        List<RefusedUrl> RefusedUrls,
        bool HasExternalLinks,
        int TopLevel,
        string Processed);
}
