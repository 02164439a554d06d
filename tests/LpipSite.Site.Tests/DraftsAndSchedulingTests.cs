using LpipSite.Site.Tests.Support;
using LpipSite.Testing;

namespace LpipSite.Site.Tests;

/// <summary>Drafts and items scheduled with publish_at: absent from every output file until due, shown with a banner under --drafts.</summary>
public class DraftsAndSchedulingTests
{
    private const string DraftId = "zzdraftcase";
    private const string DraftTitle = "Quokka draft panel";
    private const string ScheduledId = "zzscheduled-news";
    private const string ScheduledTitle = "Narwhal scheduled announcement";
    private const string ScheduledCaseId = "zzscheduled-case";
    private const string ScheduledCaseTitle = "Axolotl scheduled panel";

    private static SiteTree SiteWithUnpublishedItems()
    {
        var site = SiteTree.FromFixture("minimal");
        site.Write($"case-studies/{DraftId}.md", Content.CaseStudy(DraftTitle, "draft: true\n"));
        site.Write($"case-studies/{ScheduledCaseId}.md", Content.CaseStudy(ScheduledCaseTitle, "publish_at: 2026-12-03\n"));
        site.Write($"news/{ScheduledId}.md", Content.News(ScheduledTitle, "publish_at: 2026-12-01\n"));
        return site;
    }

    [Fact]
    public void Draft_and_scheduled_items_appear_in_no_output_file_at_all()
    {
        using var site = SiteWithUnpublishedItems();
        var run = site.Build("--no-cache");
        Assert.True(run.ExitCode == 0, run.Stderr);

        foreach (var needle in new[] { DraftId, DraftTitle, ScheduledId, ScheduledTitle, ScheduledCaseId, ScheduledCaseTitle })
        {
            Assert.Empty(Content.FilesContaining(site.Output, needle));
        }

        // The published case study is still there, so the grep above is meaningful.
        Assert.NotEmpty(Content.FilesContaining(site.Output, "A panel in Leeds"));
    }

    [Fact]
    public void With_drafts_they_appear_with_a_draft_or_scheduled_banner()
    {
        using var site = SiteWithUnpublishedItems();
        var run = site.Build("--no-cache", "--drafts");
        Assert.True(run.ExitCode == 0, run.Stderr);

        var draft = site.ReadOutput($"case-studies/{DraftId}/index.html");
        Assert.Contains(DraftTitle, draft, StringComparison.Ordinal);
        Assert.Contains("Draft: this page is not published", draft, StringComparison.Ordinal);

        var scheduled = site.ReadOutput($"news/{ScheduledId}/index.html");
        Assert.Contains(ScheduledTitle, scheduled, StringComparison.Ordinal);
        Assert.Contains("Scheduled for 1 December 2026", scheduled, StringComparison.Ordinal);

        Assert.Contains(DraftTitle, site.ReadOutput("case-studies/index.html"), StringComparison.Ordinal);
        Assert.Contains("Disallow: /", site.ReadOutput("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_reports_the_next_scheduled_publication_date()
    {
        using var site = SiteWithUnpublishedItems();
        var run = site.Build("--no-cache");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("Next scheduled publication: 2026-12-01", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Scheduled_item_is_published_on_its_date_and_the_report_moves_to_the_next_one()
    {
        using var site = SiteWithUnpublishedItems();
        var run = Lpip.Run(site.Root, "build", "--content", site.Content, "--theme", RepositoryRoot.DefaultTheme, "--output", site.Output, "--today", "2026-12-01", "--no-cache");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains(ScheduledTitle, site.ReadOutput($"news/{ScheduledId}/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("Scheduled for", site.ReadOutput($"news/{ScheduledId}/index.html"), StringComparison.Ordinal);
        Assert.Contains(ScheduledTitle, site.ReadOutput("feed.xml"), StringComparison.Ordinal);
        Assert.Contains($"/news/{ScheduledId}/", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
        Assert.Empty(Content.FilesContaining(site.Output, ScheduledCaseTitle));
        Assert.Empty(Content.FilesContaining(site.Output, DraftTitle));
        Assert.Contains("Next scheduled publication: 2026-12-03", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Scheduled_publish_workflow_calls_the_build_hook_daily_at_six_uk_time()
    {
        var workflow = File.ReadAllText(Path.Combine(RepositoryRoot.Path, ".github", "workflows", "scheduled-publish.yml"));
        Assert.Contains("schedule:", workflow, StringComparison.Ordinal);
        Assert.Contains("secrets.NETLIFY_BUILD_HOOK_URL", workflow, StringComparison.Ordinal);
        Assert.Contains("Europe/London", workflow, StringComparison.Ordinal);
    }
}
