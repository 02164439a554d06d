using System.CommandLine;
using System.Globalization;
using LpipSite.Core.Build;
using LpipSite.Core.Writing;
using LpipSite.Core.Caching;

namespace LpipSite.Cli.Commands;

internal static class BuildCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var theme = CommonOptions.Theme();
        var drafts = CommonOptions.Drafts();
        var today = CommonOptions.Today();
        var output = new Option<string>("--output", "-o") { Description = "Where to write the site.", DefaultValueFactory = _ => "_site" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Override base_url from site.yml (e.g. for deploy previews)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors and warnings." };
        var threads = new Option<int?>("--threads") { Description = "Maximum threads to use (default: all cores)." };
        var noCache = new Option<bool>("--no-cache") { Description = "Render every page afresh; neither read nor write the .lpip-cache/ folder beside the content folder." };
        var keepImages = new Option<bool>("--keep-images") { Description = "With --no-cache, still keep resized images in .lpip-cache/images/ between builds (for a CI build cache, such as Netlify's)." };

        var command = new Command("build", "Validate the content and build the site into the output folder.")
        {
            content, theme, output, baseUrl, drafts, quiet, today, threads, noCache, keepImages,
        };
        command.SetAction(parsed =>
        {
            if (!TryParseToday(parsed.GetValue(today), out var date) || !TryParseBaseUrl(parsed.GetValue(baseUrl), out var url))
            {
                return ExitCodes.UsageOrInternal;
            }

            var options = new BuildOptions
            {
                ContentDirectory = parsed.GetValue(content)!,
                ThemeDirectory = parsed.GetValue(theme)!,
                BaseUrl = url,
                IncludeDrafts = parsed.GetValue(drafts),
                Today = date,
                MaxDegreeOfParallelism = parsed.GetValue(threads),
            };
            if (!parsed.GetValue(noCache))
            {
                options = options with { Cache = RenderCache.OnDisk(CacheDirectory(options.ContentDirectory)) };
            }
            else if (parsed.GetValue(keepImages))
            {
                options = options with { ImageCache = LpipSite.Core.Images.ImageCache.OnDisk(CacheDirectory(options.ContentDirectory)) };
            }

            return Run(options, parsed.GetValue(output)!, parsed.GetValue(quiet));
        });
        return command;
    }

    private static int Run(BuildOptions options, string output, bool quiet)
    {
        if (OutputGuard.Problem(output, options) is { } problem)
        {
            Console.Error.WriteLine("lpip: " + problem);
            return ExitCodes.UsageOrInternal;
        }

        using var progress = quiet ? null : Progress.OnTerminal();
        // With the cache on, unchanged files are hard-linked from the previous site instead of written.
        var writer = options.Cache is null
            ? new AtomicSiteWriter(output)
            : new AtomicSiteWriter(output, Path.Combine(CacheDirectory(options.ContentDirectory), "site-manifest.tsv"));
        var result = SiteBuilder.Build(options, writer, progress is null ? null : progress.Report);
        progress?.Dispose();
        DiagnosticPrinter.Print(result.Diagnostics);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"Build failed: {DiagnosticPrinter.Summary(result.Diagnostics)}. Nothing was written; {output}/ is unchanged.");
            return ExitCodes.ContentErrors;
        }

        if (!quiet)
        {
            Console.WriteLine(BuildReport.Summary(result, output));
            if (options.Cache is { } cache)
            {
                Console.WriteLine($"Cache: {cache.Hits} pages reused, {cache.Misses} rendered; {writer.LastWrite.Reused} files linked from the previous site, {writer.LastWrite.Written} written ({CacheDirectory(options.ContentDirectory)}).{(cache.Images.Encoded + cache.Images.Reused > 0 ? $" Images: {cache.Images.Encoded} encoded, {cache.Images.Reused} reused." : string.Empty)}");
            }
            else if (options.ImageCache is { } images)
            {
                Console.WriteLine($"Images: {images.Encoded} encoded, {images.Reused} reused ({Path.Combine(CacheDirectory(options.ContentDirectory), "images")}).");
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>The incremental build cache: <c>.lpip-cache/</c> beside the content folder (ignored by git).</summary>
    internal static string CacheDirectory(string contentDirectory) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(contentDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", ".lpip-cache");

    internal static bool TryParseToday(string? text, out DateOnly date)
    {
        date = DateOnly.FromDateTime(DateTime.UtcNow);
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        Console.Error.WriteLine($"lpip: --today '{text}' is not a date like 2026-01-31");
        return false;
    }

    internal static bool TryParseBaseUrl(string? text, out Uri? url)
    {
        url = null;
        if (text is null)
        {
            return true;
        }

        if (Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out url) && url.Scheme is "http" or "https")
        {
            return true;
        }

        Console.Error.WriteLine($"lpip: --base-url '{text}' is not an absolute http(s) address");
        return false;
    }
}
