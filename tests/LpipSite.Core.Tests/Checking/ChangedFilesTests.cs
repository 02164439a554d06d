using LpipSite.Core.Diagnostics;
using LpipSite.Core.Tests.Support;

namespace LpipSite.Core.Tests.Checking;

/// <summary>A check limited to the files of a pull request still resolves everything across the site.</summary>
public class ChangedFilesTests
{
    private static ContentTree TreeWithTwoProblems()
    {
        var tree = new ContentTree().WithCaseStudyBody("## Challenge\n\nSee [here](https://example.org/).\n");
        tree.Write("methods/community-panel.md", "---\ntitle: Community panel\nsummary: Residents advise on research.\nfamily: engagement\nwhen_to_use: When residents should shape the work.\n---\n#### How\n");
        return tree;
    }

    [Fact]
    public void Without_changed_files_every_file_is_checked()
    {
        using var tree = TreeWithTwoProblems();
        var codes = tree.Check().Diagnostics.Select(d => d.Code).ToList();
        Assert.Equal([DiagnosticCodes.VagueLinkText, DiagnosticCodes.HeadingSkipsLevel], codes);
    }

    [Fact]
    public void File_level_checks_are_limited_to_the_changed_files()
    {
        using var tree = TreeWithTwoProblems();
        var result = tree.Check([Path.Combine(tree.ContentRoot, "case-studies", "leeds-panel.md")]);
        Assert.Equal([CheckTree.CaseStudyPath], result.Diagnostics.Select(d => d.Location.Path));
        Assert.Equal(1, result.FilesChecked);
    }

    [Fact]
    public void Changed_files_may_be_given_relative_to_the_working_folder()
    {
        using var tree = TreeWithTwoProblems();
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(tree.ContentRoot, "methods", "community-panel.md"));
        var result = tree.Check([relative]);
        Assert.Equal(["content/methods/community-panel.md"], result.Diagnostics.Select(d => d.Location.Path));
    }

    [Fact]
    public void A_change_that_breaks_another_file_is_reported_in_that_file()
    {
        using var tree = new ContentTree();
        tree.Edit("methods/community-panel.md", "when_to_use: When residents should shape the work.", "when_to_use: When residents should shape the work.\ndraft: true");
        File.Move(Path.Combine(tree.ContentRoot, "methods", "community-panel.md"), Path.Combine(tree.ContentRoot, "methods", "resident-panel.md"));
        var messages = tree.CheckMessages([Path.Combine(tree.ContentRoot, "methods", "community-panel.md"), Path.Combine(tree.ContentRoot, "methods", "resident-panel.md")]);
        Assert.Contains("content/case-studies/leeds-panel.md:8:11: error LPIP0201: unknown method 'community-panel'; use the id of an existing method (its file name without extension)", messages);
    }

    [Fact]
    public void Problems_in_unchanged_files_that_no_change_caused_are_left_out()
    {
        using var tree = TreeWithTwoProblems();
        tree.Write("news/unrelated.md", "---\ntitle: Unrelated\nsummary: A note.\ndate: 2026-01-01\nkind: news\n---\nText.\n");
        var result = tree.Check([Path.Combine(tree.ContentRoot, "news", "unrelated.md")]);
        Assert.Empty(result.Diagnostics);
    }
}
