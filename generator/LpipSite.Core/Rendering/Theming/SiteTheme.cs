using System.Text.RegularExpressions;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Rendering.Text;
using Scriban;
using YamlDotNet.RepresentationModel;

namespace LpipSite.Core.Rendering.Theming;

/// <summary>A parsed template of a theme, with the path diagnostics name it by.</summary>
public sealed record ThemeTemplate(string Name, string DisplayPath, string Source, Template Template);

/// <summary>A static file of a theme; <see cref="RelativePath"/> is relative to <c>assets/</c> with '/'.</summary>
public sealed record ThemeAsset(string RelativePath, string FullPath, string ThemeName);

/// <summary>The outcome of loading a theme: the theme (when usable) and what was wrong.</summary>
public sealed record ThemeLoadResult(SiteTheme? Theme, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Theme is not null && Diagnostics.All(d => d.Severity != Severity.Error);
}

/// <summary>
/// A theme resolved through its <c>extends</c> chain: a folder with <c>theme.yml</c> (<c>name</c>,
/// optional <c>extends</c> naming a sibling folder), <c>layouts/*.scriban-html</c>,
/// <c>partials/*.scriban-html</c>, <c>assets/**</c> and <c>i18n/&lt;language&gt;.yml</c> (the
/// reader-facing text). A theme overrides any layout, partial or asset of the theme it extends by
/// name, and any single text key. Every effective template and text table is parsed once, here,
/// and every text key a template looks up is checked against the table.
/// </summary>
public sealed partial class SiteTheme
{
    public const string TemplateExtension = ".scriban-html";

    private SiteTheme(
        string name,
        string directory,
        IReadOnlyList<string> lineage,
        IReadOnlyDictionary<string, ThemeTemplate> layouts,
        IReadOnlyDictionary<string, ThemeTemplate> partials,
        IReadOnlyDictionary<string, ThemeAsset> assets,
        ThemeText text)
    {
        Name = name;
        Directory = directory;
        Lineage = lineage;
        Layouts = layouts;
        Partials = partials;
        Assets = assets;
        Text = text;
        Loader = new ThemeTemplateLoader(this);
        ReservedIds = layouts.Values.Concat(partials.Values)
            .SelectMany(t => IdAttribute().Matches(t.Source).Select(m => m.Groups[1].Value))
            .Where(id => id.Length > 0 && !id.Contains("{{", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The name from this theme's theme.yml.</summary>
    public string Name { get; }

    /// <summary>The full path of the theme folder.</summary>
    public string Directory { get; }

    /// <summary>Folder names from this theme to the theme at the root of its <c>extends</c> chain.</summary>
    public IReadOnlyList<string> Lineage { get; }

    /// <summary>Layouts by name (file name without extension).</summary>
    public IReadOnlyDictionary<string, ThemeTemplate> Layouts { get; }

    /// <summary>Partials by name, for <c>include</c>.</summary>
    public IReadOnlyDictionary<string, ThemeTemplate> Partials { get; }

    /// <summary>Static files by path relative to <c>assets/</c>, in ordinal order of path.</summary>
    public IReadOnlyDictionary<string, ThemeAsset> Assets { get; }

    /// <summary>The reader-facing text, per language, from <c>i18n/*.yml</c>.</summary>
    public ThemeText Text { get; }

    /// <summary>
    /// Every literal <c>id="…"</c> in the theme's layouts and partials: ids the theme gives its own
    /// elements, which headings in Markdown bodies must not take. Ids built by a template
    /// (<c>id="{{ … }}"</c>) are not included.
    /// </summary>
    public IReadOnlySet<string> ReservedIds { get; }

    internal ThemeTemplateLoader Loader { get; }

    [GeneratedRegex("(?<=\\s)id=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    public static ThemeLoadResult Load(string themeDirectory)
    {
        var diagnostics = new List<Diagnostic>();
        var chain = ResolveChain(Path.GetFullPath(themeDirectory), diagnostics);
        if (chain is null)
        {
            return new ThemeLoadResult(null, diagnostics);
        }

        // Overlay from the root of the chain to the theme itself, so the nearest definition wins.
        var layoutFiles = new SortedDictionary<string, (string Path, string Display)>(StringComparer.Ordinal);
        var partialFiles = new SortedDictionary<string, (string Path, string Display)>(StringComparer.Ordinal);
        var assets = new SortedDictionary<string, ThemeAsset>(StringComparer.Ordinal);
        foreach (var link in Enumerable.Reverse(chain))
        {
            CollectTemplates(link, "layouts", layoutFiles);
            CollectTemplates(link, "partials", partialFiles);
            var assetRoot = Path.Combine(link.Directory, "assets");
            if (System.IO.Directory.Exists(assetRoot))
            {
                foreach (var file in System.IO.Directory.EnumerateFiles(assetRoot, "*", SearchOption.AllDirectories))
                {
                    var relative = Path.GetRelativePath(assetRoot, file).Replace('\\', '/');
                    if (relative.Split('/').Any(part => part.StartsWith('.')))
                    {
                        continue;
                    }

                    assets[relative] = new ThemeAsset(relative, file, link.Name);
                }
            }

            foreach (var vendor in link.Vendor)
            {
                var source = Path.GetFullPath(Path.Combine(link.Directory, vendor.Source));
                if (!source.StartsWith(link.Directory + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(source))
                {
                    diagnostics.Add(Error(
                        new SourceLocation(link.DisplayRoot + "theme.yml", vendor.Line, vendor.Column),
                        RenderCodes.ThemeInvalid,
                        $"the theme needs '{vendor.Source}', which is not installed; run 'npm ci --prefix {link.DisplayRoot.TrimEnd('/')}'"));
                    continue;
                }

                assets[vendor.Asset] = new ThemeAsset(vendor.Asset, source, link.Name);
            }
        }

        var layouts = Parse(layoutFiles, diagnostics);
        var partials = Parse(partialFiles, diagnostics);
        var text = ThemeText.Load(Enumerable.Reverse(chain).Select(link => (link.Directory, link.DisplayRoot)), diagnostics);
        TextKeyChecks.CheckTemplates(layouts.Values.Concat(partials.Values).OrderBy(t => t.DisplayPath, StringComparer.Ordinal), text, diagnostics);
        var theme = new SiteTheme(
            chain[0].Name,
            chain[0].Directory,
            chain.Select(c => Path.GetFileName(c.Directory)).ToList(),
            layouts,
            partials,
            new Dictionary<string, ThemeAsset>(assets, StringComparer.Ordinal),
            text);
        return new ThemeLoadResult(theme, diagnostics);
    }

    /// <summary>
    /// Only the reader-facing text of a theme (its <c>i18n</c> tables and those of the themes it
    /// extends), without parsing its templates: for the stages that write words but no pages, such
    /// as the search index. Null when the theme cannot be read (loading it reports why).
    /// </summary>
    public static ThemeText? LoadText(string themeDirectory, List<Diagnostic> diagnostics)
    {
        var chain = ResolveChain(Path.GetFullPath(themeDirectory), diagnostics);
        return chain is null ? null : ThemeText.Load(Enumerable.Reverse(chain).Select(link => (link.Directory, link.DisplayRoot)), diagnostics);
    }

    /// <summary>A file a theme takes from its npm packages (theme.yml <c>vendor:</c>), published as an asset.</summary>
    private sealed record VendorFile(string Asset, string Source, int Line, int Column);

    private sealed record ChainLink(string Directory, string Name, string? Extends, int ExtendsLine, int ExtendsColumn)
    {
        public IReadOnlyList<VendorFile> Vendor { get; init; } = [];

        /// <summary>"themes/default/": how diagnostics name files of this theme.</summary>
        public string DisplayRoot =>
            Path.GetFileName(Path.GetDirectoryName(Directory)) + "/" + Path.GetFileName(Directory) + "/";
    }

    private static List<ChainLink>? ResolveChain(string directory, List<Diagnostic> diagnostics)
    {
        var chain = new List<ChainLink>();
        var current = directory;
        while (true)
        {
            if (!System.IO.Directory.Exists(current))
            {
                if (chain.Count == 0)
                {
                    diagnostics.Add(Error(SourceLocation.File(current.Replace('\\', '/')), RenderCodes.ThemeInvalid, $"theme folder '{current}' does not exist"));
                }
                else
                {
                    var child = chain[^1];
                    diagnostics.Add(Error(
                        new SourceLocation(child.DisplayRoot + "theme.yml", child.ExtendsLine, child.ExtendsColumn),
                        RenderCodes.ThemeParentMissing,
                        $"theme '{child.Name}' extends '{child.Extends}', but there is no theme folder '{child.Extends}' beside it"));
                }

                return null;
            }

            var link = ReadThemeFile(current, diagnostics);
            if (link is null)
            {
                return null;
            }

            chain.Add(link);
            if (link.Extends is null)
            {
                return chain;
            }

            var next = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current)!, link.Extends));
            var cycleStart = chain.FindIndex(c => string.Equals(c.Directory, next, StringComparison.Ordinal));
            if (cycleStart >= 0)
            {
                var names = chain.Skip(cycleStart).Select(c => Path.GetFileName(c.Directory)).Append(Path.GetFileName(next));
                diagnostics.Add(Error(
                    new SourceLocation(link.DisplayRoot + "theme.yml", link.ExtendsLine, link.ExtendsColumn),
                    RenderCodes.ThemeCycle,
                    $"themes extend each other in a cycle: {string.Join(" -> ", names)}"));
                return null;
            }

            current = next;
        }
    }

    private static ChainLink? ReadThemeFile(string directory, List<Diagnostic> diagnostics)
    {
        var displayRoot = Path.GetFileName(Path.GetDirectoryName(directory)) + "/" + Path.GetFileName(directory) + "/";
        var file = Path.Combine(directory, "theme.yml");
        var display = displayRoot + "theme.yml";
        if (!File.Exists(file))
        {
            diagnostics.Add(Error(SourceLocation.File(display), RenderCodes.ThemeInvalid, "theme.yml is missing; a theme needs at least 'name: <name>'"));
            return null;
        }

        try
        {
            var stream = new YamlStream();
            using (var reader = new StringReader(File.ReadAllText(file)))
            {
                stream.Load(reader);
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                diagnostics.Add(Error(SourceLocation.File(display), RenderCodes.ThemeInvalid, "theme.yml must be a mapping with 'name' and optionally 'extends'"));
                return null;
            }

            string? name = null;
            string? extends = null;
            var vendor = new List<VendorFile>();
            var (line, column) = (1, 1);
            foreach (var (keyNode, valueNode) in root.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value;
                var value = (valueNode as YamlScalarNode)?.Value;
                switch (key)
                {
                    case "vendor" when valueNode is YamlMappingNode files:
                        foreach (var (assetNode, sourceNode) in files.Children)
                        {
                            if (assetNode is YamlScalarNode { Value: { } asset } && sourceNode is YamlScalarNode { Value: { } source }
                                && !asset.Contains("..", StringComparison.Ordinal) && !Path.IsPathRooted(source))
                            {
                                vendor.Add(new VendorFile(asset, source, (int)sourceNode.Start.Line, (int)sourceNode.Start.Column));
                            }
                            else
                            {
                                diagnostics.Add(Error(new SourceLocation(display, (int)assetNode.Start.Line, (int)assetNode.Start.Column), RenderCodes.ThemeInvalid,
                                    "each 'vendor' entry maps an asset path (like js/lunr.js) to a file inside the theme folder (like node_modules/lunr/lunr.min.js)"));
                                return null;
                            }
                        }

                        break;
                    case "name":
                        name = value;
                        break;
                    case "extends":
                        extends = value;
                        (line, column) = ((int)valueNode.Start.Line, (int)valueNode.Start.Column);
                        if (string.IsNullOrWhiteSpace(extends) || extends.IndexOfAny(['/', '\\']) >= 0 || extends is "." or "..")
                        {
                            diagnostics.Add(Error(new SourceLocation(display, line, column), RenderCodes.ThemeInvalid, $"'extends' must name a theme folder beside this one, not '{extends}'"));
                            return null;
                        }

                        break;
                }
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                diagnostics.Add(Error(SourceLocation.File(display), RenderCodes.ThemeInvalid, "theme.yml has no 'name'"));
                return null;
            }

            return new ChainLink(directory, name, extends, line, column) { Vendor = vendor };
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            diagnostics.Add(Error(new SourceLocation(display, (int)ex.Start.Line, (int)ex.Start.Column), RenderCodes.ThemeInvalid, "theme.yml is not valid YAML: " + ex.Message));
            return null;
        }
    }

    private static void CollectTemplates(ChainLink link, string folder, SortedDictionary<string, (string Path, string Display)> into)
    {
        var root = Path.Combine(link.Directory, folder);
        if (!System.IO.Directory.Exists(root))
        {
            return;
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(root, "*" + TemplateExtension, SearchOption.TopDirectoryOnly))
        {
            var name = Path.GetFileName(file)[..^TemplateExtension.Length];
            into[name] = (file, link.DisplayRoot + folder + "/" + Path.GetFileName(file));
        }
    }

    private static Dictionary<string, ThemeTemplate> Parse(SortedDictionary<string, (string Path, string Display)> files, List<Diagnostic> diagnostics)
    {
        var result = new Dictionary<string, ThemeTemplate>(StringComparer.Ordinal);
        foreach (var (name, (path, display)) in files)
        {
            var source = File.ReadAllText(path);
            var template = Template.Parse(source, display);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
                {
                    diagnostics.Add(Error(
                        new SourceLocation(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                        RenderCodes.TemplateSyntax,
                        "template syntax error: " + message.Message));
                }

                continue;
            }

            result[name] = new ThemeTemplate(name, display, source, template);
        }

        return result;
    }

    private static Diagnostic Error(SourceLocation at, string code, string message) => new(at, Severity.Error, code, message);
}
