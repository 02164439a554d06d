using LpipSite.Core.Checking;
using LpipSite.Core.Tests.Support;

namespace LpipSite.Core.Tests.Checking;

/// <summary>Runs <c>lpip check</c>'s engine on a <see cref="ContentTree"/>, with the default theme.</summary>
internal static class CheckTree
{
    /// <summary>The valid case study's front matter: 15 lines, so its body starts on line 16.</summary>
    public const string CaseStudyFrontMatter = """
        ---
        title: A panel in Leeds
        summary: Residents advised the partnership.
        date: 2025-03-31
        partnership: test-lpip
        places: [leeds]
        themes: [skills]
        methods: [community-panel]
        authors:
          - name: Ada Lovelace
            orcid: 0000-0002-1825-0097
        evidence_level: not-assessed
        transferability:
          conditions: Trust between residents and the council.
        ---
        """;

    public const string CaseStudyPath = "content/case-studies/leeds-panel.md";

    /// <summary>Replaces the case study's body; its first line is line 16 of the file.</summary>
    public static ContentTree WithCaseStudyBody(this ContentTree tree, string body) =>
        tree.Write("case-studies/leeds-panel.md", CaseStudyFrontMatter + "\n" + body);

    public static CheckResult Check(this ContentTree tree, IReadOnlyList<string>? changed = null) =>
        SiteChecker.Check(new CheckOptions
        {
            ContentDirectory = tree.ContentRoot,
            ThemeDirectory = Path.Combine(Repo.Root, "themes", "default"),
            Today = ContentTree.Today,
            ChangedFiles = changed,
        });

    public static IReadOnlyList<string> CheckMessages(this ContentTree tree, IReadOnlyList<string>? changed = null) =>
        tree.Check(changed).Diagnostics.Select(d => d.Format()).ToList();
}
