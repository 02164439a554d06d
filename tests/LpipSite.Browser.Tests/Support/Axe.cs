using System.Text;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace LpipSite.Browser.Tests.Support;

public sealed record AxeViolation(string Id, string? Impact, string Help, string HelpUrl, IReadOnlyList<AxeViolationNode> Nodes);

public sealed record AxeViolationNode(string Target, string Html, string? Summary);

/// <summary>
/// Runs axe-core (the copy bundled in Deque.AxeCore.Commons, the engine behind
/// Deque.AxeCore.Playwright) in a page. The script is registered once per browser context as an
/// init script, so it is not sent to the browser again for every page.
/// </summary>
public static class Axe
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly Lazy<string> Script = new(() =>
    {
        var assembly = typeof(AxeResult).Assembly;
        using var stream = assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not embedded in " + assembly.FullName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static Task InstallAsync(IBrowserContext context) => context.AddInitScriptAsync(Script.Value);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>(
            """
            async tags => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary }))
              }));
            }
            """,
            WcagTags);
        return json.Deserialize<List<AxeViolation>>(Json) ?? [];
    }

    public static string Describe(string where, IReadOnlyList<AxeViolation> violations)
    {
        var text = new StringBuilder($"axe-core found {violations.Count} WCAG violation(s) on {where}:\n");
        foreach (var v in violations)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"- {v.Id} (impact {v.Impact}): {v.Help} [{v.HelpUrl}]\n");
            foreach (var node in v.Nodes)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"    target {node.Target}: {node.Html}\n");
                if (node.Summary is { } summary)
                {
                    text.Append("      ").Append(summary.Replace("\n", "\n      ", StringComparison.Ordinal)).Append('\n');
                }
            }
        }

        return text.ToString();
    }
}
