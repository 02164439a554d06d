using LpipSite.Core.Checking;
using LpipSite.Core.Tests.Support;

namespace LpipSite.Core.Tests.Checking;

/// <summary>Which item pages link targets count as published: the same items a build includes.</summary>
public class LinkTargetsTests
{
    private static ContentTree NewsInEveryState() => new ContentTree()
        .Write("news/a-draft.md", "---\ntitle: A draft\nsummary: Not yet.\ndate: 2026-01-01\nkind: news\ndraft: true\n---\nText.\n")
        .Write("news/due-later.md", "---\ntitle: Due later\nsummary: Not yet.\ndate: 2026-01-01\nkind: news\npublish_at: 2026-11-26\n---\nText.\n")
        .Write("news/due-today.md", "---\ntitle: Due today\nsummary: Now.\ndate: 2026-01-01\nkind: news\npublish_at: 2026-11-25\n---\nText.\n")
        .Write("news/live.md", "---\ntitle: Live\nsummary: Now.\ndate: 2026-01-01\nkind: news\n---\nText.\n");

    [Fact]
    public void Drafts_and_items_not_yet_due_are_unpublished_and_items_due_today_are_published()
    {
        using var tree = NewsInEveryState();
        var (content, diagnostics) = tree.Validate();
        Assert.Empty(diagnostics);

        var targets = LinkTargets.FromContent(content, ContentTree.Today, includeDrafts: false);

        Assert.False(targets.PageAt("/news/a-draft/")!.Published);
        Assert.False(targets.PageAt("/news/due-later/")!.Published);
        Assert.True(targets.PageAt("/news/due-today/")!.Published);
        Assert.True(targets.PageAt("/news/live/")!.Published);
        Assert.Equal(LinkStatus.Unpublished, targets.Resolve("/news/due-later/", "/").Status);
    }

    [Fact]
    public void With_drafts_included_every_item_is_published_as_in_a_drafts_build()
    {
        using var tree = NewsInEveryState();
        var (content, _) = tree.Validate();

        var targets = LinkTargets.FromContent(content, ContentTree.Today, includeDrafts: true);

        Assert.All(new[] { "a-draft", "due-later", "due-today", "live" }, id => Assert.True(targets.PageAt($"/news/{id}/")!.Published));
    }
}
