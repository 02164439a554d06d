using System.Security.Cryptography;
using LpipSite.Core.Writing;
using LpipSite.Core.Rendering.Theming;

namespace LpipSite.Core.Rendering.Assets;

/// <summary>
/// The theme's static files as output: CSS and JavaScript get a content hash in their name
/// (<c>assets/css/site.3f2a9c1b.css</c>) so they can be cached forever; other files keep their names.
/// Templates ask for <c>asset "css/site.css"</c> and get the published URL.
/// </summary>
internal sealed class ThemeAssets
{
    private static readonly string[] Fingerprinted = [".css", ".js"];

    private readonly Dictionary<string, string> _urls = new(StringComparer.Ordinal);

    public ThemeAssets(SiteTheme theme)
    {
        var files = new List<OutputFile>();
        foreach (var asset in theme.Assets.Values)
        {
            var bytes = File.ReadAllBytes(asset.FullPath);
            var path = "assets/" + asset.RelativePath;
            var extension = Path.GetExtension(path);
            if (Fingerprinted.Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..8];
                path = path[..^extension.Length] + "." + hash + extension;
            }

            _urls[asset.RelativePath] = "/" + path;
            files.Add(new OutputFile(path, bytes));
        }

        Files = files;
    }

    public IReadOnlyList<OutputFile> Files { get; }

    /// <summary>The published URL of a theme asset, or null if the theme has no such file.</summary>
    public string? UrlOf(string relativePath) => _urls.GetValueOrDefault(relativePath.TrimStart('/'));
}
