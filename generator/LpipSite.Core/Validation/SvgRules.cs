using System.Text.RegularExpressions;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;

namespace LpipSite.Core.Validation;

/// <summary>
/// SVG files are copied into the site as they are and served from the Hub's own domain, where a
/// script inside one would run for anyone who opens it. Only plain drawings are accepted.
/// </summary>
internal static partial class SvgRules
{
    [GeneratedRegex(@"<\s*script\b|<\s*foreignObject\b|<\s*(iframe|embed|object)\b|\son[a-z]+\s*=|javascript\s*:|<!ENTITY", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Active();

    public static void Check(LoadedContent loaded, DiagnosticBag diagnostics)
    {
        foreach (var asset in loaded.Assets.Where(a => a.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)))
        {
            var path = Path.Combine(loaded.ContentRoot, asset);
            var display = loaded.DisplayPath(asset);
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > ContentLoader.MaxTextFileBytes)
            {
                continue;
            }

            var text = File.ReadAllText(path);
            if (Active().Match(text) is { Success: true } match)
            {
                var (line, column) = TextDecoder.LineAndColumn(text.Replace("\r\n", "\n", StringComparison.Ordinal), match.Index);
                diagnostics.Error(new SourceLocation(display, line, column), DiagnosticCodes.UnsafeSvg,
                    $"the SVG image contains '{match.Value.Trim()}', which could run code on the Hub's site",
                    "export the drawing again as a plain SVG (no scripts, links or embedded HTML), or use PNG");
            }
        }
    }
}
