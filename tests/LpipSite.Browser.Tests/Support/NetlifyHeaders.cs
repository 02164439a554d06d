using Tomlyn;
using Tomlyn.Model;
using LpipSite.Testing;

namespace LpipSite.Browser.Tests.Support;

/// <summary>One <c>[[headers]]</c> rule of netlify.toml: a path pattern and the headers it sets.</summary>
public sealed record HeaderRule(string For, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>Netlify's matching: a trailing <c>*</c> matches any rest of the path; otherwise the path must be equal.</summary>
    public bool Matches(string path) =>
        For.EndsWith('*') ? path.StartsWith(For[..^1], StringComparison.Ordinal) : string.Equals(path, For, StringComparison.Ordinal);
}

/// <summary>The <c>[[headers]]</c> rules of the repository's netlify.toml, parsed with Tomlyn.</summary>
public static class NetlifyHeaders
{
    public static string TomlPath => Path.Combine(RepositoryRoot.Path, "netlify.toml");

    public static IReadOnlyList<HeaderRule> Load() => Parse(File.ReadAllText(TomlPath));

    public static IReadOnlyList<HeaderRule> Parse(string toml)
    {
        var table = TomlSerializer.Deserialize<TomlTable>(toml)
            ?? throw new InvalidOperationException("netlify.toml is empty");
        if (!table.TryGetValue("headers", out var headers) || headers is not TomlTableArray rules)
        {
            return [];
        }

        return rules.Select(rule => new HeaderRule(
                (string)rule["for"],
                rule.TryGetValue("values", out var values) && values is TomlTable valueTable
                    ? valueTable.ToDictionary(kv => kv.Key, kv => Convert.ToString(kv.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparer.OrdinalIgnoreCase)
                    : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>The headers Netlify would send for a path: every matching rule, later rules winning.</summary>
    public static IReadOnlyDictionary<string, string> For(IReadOnlyList<HeaderRule> rules, string path)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules.Where(r => r.Matches(path)))
        {
            foreach (var (name, value) in rule.Values)
            {
                result[name] = value;
            }
        }

        return result;
    }

    /// <summary>A Content-Security-Policy as directive name to its sources.</summary>
    public static IReadOnlyDictionary<string, string[]> ParseCsp(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0].ToLowerInvariant(), parts => parts[1..], StringComparer.Ordinal);
}
