using LpipSite.Server;

namespace LpipSite.Site.Tests;

/// <summary>Which saves let lpip serve show the edited page before the rest of the rebuild.</summary>
public sealed class PendingChangesTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "lpip-pending", "content");
    private static readonly string Theme = Path.Combine(Path.GetTempPath(), "lpip-pending", "themes", "default");

    private static FileSystemEventArgs Event(WatcherChangeTypes type, string relative, string root) =>
        new(type, root, relative);

    private static RenamedEventArgs Renamed(string from, string to) =>
        new(WatcherChangeTypes.Renamed, Root, to, from);

    private static IReadOnlySet<string>? After(params EventArgs[] changes)
    {
        var pending = new PendingChanges();
        foreach (var change in changes)
        {
            pending.Record(change, Root);
        }

        return pending.Take();
    }

    [Fact]
    public void A_saved_case_study_is_an_edited_source()
    {
        Assert.Equal(["content/case-studies/a.md"], After(Event(WatcherChangeTypes.Changed, "case-studies/a.md", Root))!);
    }

    [Fact]
    public void A_save_through_a_temporary_file_renamed_over_the_original_is_an_edit_of_the_original()
    {
        // JetBrains and others; vim adds its "4913" probe and a backup ending in '~'.
        var changes = After(
            Event(WatcherChangeTypes.Created, "case-studies/4913", Root),
            Event(WatcherChangeTypes.Deleted, "case-studies/4913", Root),
            Renamed("case-studies/a.md", "case-studies/a.md~"),
            Event(WatcherChangeTypes.Created, "case-studies/a.md", Root),
            Event(WatcherChangeTypes.Deleted, "case-studies/a.md~", Root),
            Event(WatcherChangeTypes.Created, "case-studies/.a.md.swp", Root),
            Renamed("case-studies/a.md___jb_tmp___", "case-studies/a.md"));
        Assert.Equal(["content/case-studies/a.md"], changes!);
    }

    [Fact]
    public void A_renamed_case_study_touches_both_names()
    {
        Assert.Equal(["content/case-studies/a.md", "content/case-studies/b.md"], After(Renamed("case-studies/a.md", "case-studies/b.md"))!.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("assets/photo.jpg")]
    [InlineData("case-studies")]
    public void An_asset_or_a_folder_means_the_whole_site_first(string relative)
    {
        Assert.Null(After(Event(WatcherChangeTypes.Changed, "case-studies/a.md", Root), Event(WatcherChangeTypes.Created, relative, Root)));
    }

    [Fact]
    public void A_theme_file_means_the_whole_site_first()
    {
        Assert.Null(After(Event(WatcherChangeTypes.Changed, "partials/footer.scriban-html", Theme)));
    }

    [Fact]
    public void A_watcher_error_means_the_whole_site_first()
    {
        Assert.Null(After(new ErrorEventArgs(new InternalBufferOverflowException())));
    }

    [Fact]
    public void Taking_the_changes_starts_afresh()
    {
        var pending = new PendingChanges();
        pending.Record(Event(WatcherChangeTypes.Changed, "assets/photo.jpg", Root), Root);
        Assert.Null(pending.Take());
        pending.Record(Event(WatcherChangeTypes.Changed, "news/n.md", Root), Root);
        Assert.Equal(["content/news/n.md"], pending.Take()!);
    }
}
