namespace LpipSite.Site.Tests.Support;

/// <summary>Content files for tests, valid against the minimal fixture (partnership test-lpip, place leeds).</summary>
public static class Content
{
    public static string CaseStudy(string title, string extraFrontMatter = "", string body = "## Challenge\n\nText.\n") =>
        "---\n" +
        $"title: {title}\n" +
        "summary: Residents advised the partnership.\n" +
        "date: 2025-04-30\n" +
        "partnership: test-lpip\n" +
        "places: [leeds]\n" +
        "themes: [skills]\n" +
        "methods: [community-panel]\n" +
        "authors:\n  - name: Grace Hopper\n" +
        "evidence_level: not-assessed\n" +
        "transferability:\n  conditions: Trust between residents and the council.\n" +
        extraFrontMatter +
        "---\n" + body;

    public static string News(string title, string extraFrontMatter = "") =>
        "---\n" +
        $"title: {title}\n" +
        "summary: News from the partnership.\n" +
        "date: 2025-05-01\n" +
        "kind: news\n" +
        "partnerships: [test-lpip]\n" +
        extraFrontMatter +
        "---\nThe news.\n";

    /// <summary>Every output file whose text contains <paramref name="needle"/>, as relative paths.</summary>
    public static IReadOnlyList<string> FilesContaining(string folder, string needle) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains(needle, StringComparison.Ordinal) || f.Contains(needle, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
