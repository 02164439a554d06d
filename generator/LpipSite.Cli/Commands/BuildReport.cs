using System.Globalization;
using LpipSite.Core.Build;

namespace LpipSite.Cli.Commands;

internal static class BuildReport
{
    public static string Summary(BuildResult result, string output)
    {
        var culture = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            string.Format(culture, "Built {0:N0} pages ({1:N0} files, {2:N1} MB) into {3}/ in {4:N0} ms.",
                result.PageCount, result.Files.Count, result.TotalBytes / (1024.0 * 1024.0), output, result.Timings.Total.TotalMilliseconds),
            "Stages: " + result.Timings,
        };
        if (result.Search is { } index)
        {
            lines.Add(string.Format(culture, "Search index: {0:N0} KB ({1:N0} KB gzipped).", index.RawBytes / 1024.0, index.GzippedBytes / 1024.0)
                + string.Concat(result.SearchIndexes.Skip(1).Select(other => string.Format(culture, " {0}: {1:N0} KB ({2:N0} KB gzipped).", other.Language.Code, other.RawBytes / 1024.0, other.GzippedBytes / 1024.0))));
            var shards = index.TermShards;
            lines.Add(string.Format(culture, "Search page files: {0:N0} term shards (largest {1:N0} KB), {2:N0} result files{3}.",
                shards.Count, shards.Select(f => f.Content.Length).DefaultIfEmpty(0).Max() / 1024.0, index.Shards.Count(f => f.Path.Contains("/docs/", StringComparison.Ordinal)),
                result.SearchIndexes.Count > 1 ? " per language" : string.Empty));
        }

        if (result.Model?.NextScheduledPublication is { } next)
        {
            lines.Add($"Next scheduled publication: {next:yyyy-MM-dd} (rebuild on or after that day to publish it).");
        }

        return string.Join(Environment.NewLine, lines);
    }
}
