using LpipSite.Core.Checking;
using LpipSite.Core.Tests.Support;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Checking;

/// <summary>Runs <c>lpip check</c>'s engine on a <see cref="ContentTree"/>, with the default theme.</summary>
internal static class CheckTree
{
    /// <summary>The valid case study's front matter: 15 lines, so its body starts on line 16.</summary>
    public static readonly string CaseStudyFrontMatter = FrontMatterOf(ContentTree.ValidFiles["case-studies/leeds-panel.md"]);

    /// <summary>The text up to and including the closing '---' line.</summary>
    private static string FrontMatterOf(string markdown)
    {
        var close = markdown.IndexOf("\n---", 3, StringComparison.Ordinal);
        return markdown[..(close + 4)];
    }

    public const string CaseStudyPath = "content/case-studies/leeds-panel.md";

    /// <summary>Replaces the case study's body; its first line is line 16 of the file.</summary>
    public static ContentTree WithCaseStudyBody(this ContentTree tree, string body) =>
        tree.Write("case-studies/leeds-panel.md", CaseStudyFrontMatter + "\n" + body);

    public static CheckResult Check(this ContentTree tree, IReadOnlyList<string>? changed = null) =>
        SiteChecker.Check(new CheckOptions
        {
            ContentDirectory = tree.ContentRoot,
            ThemeDirectory = RepositoryRoot.DefaultTheme,
            Today = ContentTree.Today,
            ChangedFiles = changed,
        });

    public static IReadOnlyList<string> CheckMessages(this ContentTree tree, IReadOnlyList<string>? changed = null) =>
        tree.Check(changed).Diagnostics.Select(d => d.Format()).ToList();
}
