using System.Net;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Text;
using LpipSite.Core.Writing;

namespace LpipSite.Core.Outputs.Editor;

/// <summary>
/// The web editor at <c>/admin/</c>: Decap CMS (copied from the theme's npm packages, so the page
/// makes no request to another host for its code), the theme's <c>admin/</c> folder (its start-up
/// script and preview templates), a page that loads them, and <see cref="DecapConfig"/>. A site
/// whose <c>repository</c> is not on GitHub has no editor: the editor commits to that repository.
/// </summary>
internal static class EditorFiles
{
    public const string Folder = "admin";

    /// <summary>Decap's built files inside a theme folder (npm package <c>decap-cms</c>, pinned by the theme's lock file).</summary>
    public const string DecapDist = "node_modules/decap-cms/dist";

    /// <param name="themeDirectories">The theme's folders, the theme itself first, then the themes it extends.</param>
    /// <param name="contentRoot">The content folder, to name it as a path from the repository's root in the configuration.</param>
    /// <param name="themeDisplay">The theme's folder as messages name it (<c>themes/default</c>).</param>
    public static IReadOnlyList<OutputFile> Of(SiteModel model, Localiser words, IReadOnlyList<string> themeDirectories, string themeDisplay, string? siteCss, string? contentRoot, DiagnosticBag diagnostics)
    {
        if (DecapConfig.GitHubRepository(model.Settings) is not { } repository)
        {
            return [];
        }

        var decap = themeDirectories.Select(d => Path.Combine(d, DecapDist)).FirstOrDefault(Directory.Exists);
        var own = themeDirectories.Select(d => Path.Combine(d, Folder)).FirstOrDefault(Directory.Exists);
        if (decap is null || own is null)
        {
            diagnostics.Error(
                new SourceLocation(themeDisplay + "/theme.yml", 1, 1),
                Rendering.RenderCodes.ThemeInvalid,
                decap is null
                    ? "the web editor needs Decap CMS (the theme's npm package decap-cms), which is not installed"
                    : "the theme has no admin/ folder for the web editor",
                decap is null ? $"run 'npm ci --prefix {themeDisplay}'" : "restore the default theme's admin/ folder");
            return [];
        }

        var files = new List<OutputFile>
        {
            OutputFile.Text(Folder + "/index.html", Page(model.Settings, siteCss)),
            OutputFile.Text(Folder + "/config.yml", new DecapConfig(model, words, ContentPath(contentRoot)).Yaml(repository)),
        };
        // decap-cms.js and the chunks it loads from beside itself; not its source maps or its second build (cms.js).
        files.AddRange(Directory.EnumerateFiles(decap, "*.js")
            .Where(f => Path.GetFileName(f) is var name && (name == "decap-cms.js" || name.EndsWith(".decap-cms.js", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(f => new OutputFile(Folder + "/" + Path.GetFileName(f), File.ReadAllBytes(f))));
        files.AddRange(Directory.EnumerateFiles(own, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new OutputFile(Folder + "/" + Path.GetRelativePath(own, f).Replace('\\', '/'), File.ReadAllBytes(f))));
        return files;
    }

    /// <summary>
    /// The content folder as Decap names folders, from the repository's root (the nearest folder
    /// above it with <c>.git</c>); just its name when it is in no repository (a copy, a test).
    /// </summary>
    public static string ContentPath(string? contentRoot)
    {
        if (contentRoot is null)
        {
            return "content";
        }

        var content = new DirectoryInfo(Path.GetFullPath(contentRoot));
        for (var folder = content.Parent; folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, ".git")) || File.Exists(Path.Combine(folder.FullName, ".git")))
            {
                return Path.GetRelativePath(folder.FullName, content.FullName).Replace('\\', '/');
            }
        }

        return content.Name;
    }

    /// <summary>
    /// The editor's page: no inline script (the admin policy allows the site's own scripts only);
    /// manual-init.js holds Decap until admin.js has registered the previews and the file-name
    /// adapter. Decap reads config.yml from beside the page. Not for search engines.
    /// </summary>
    private static string Page(SiteSettings settings, string? siteCss) =>
        $"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex, nofollow">
        <title>Content editor · {WebUtility.HtmlEncode(settings.Title)}</title>
        <link rel="icon" href="data:,">
        </head>
        <body data-preview-css="{WebUtility.HtmlEncode(siteCss ?? string.Empty)}">
        <script src="/{Folder}/manual-init.js"></script>
        <script src="/{Folder}/decap-cms.js"></script>
        <script src="/{Folder}/admin.js"></script>
        </body>
        </html>

        """;
}
