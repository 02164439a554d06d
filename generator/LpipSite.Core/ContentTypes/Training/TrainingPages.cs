using System.Globalization;
using System.Text.Json.Nodes;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering;
using LpipSite.Core.Rendering.Pages;
using LpipSite.Core.Outputs;
using LpipSite.Core.Rendering.Seo;
using LpipSite.Core.Rendering.Templates;
using LpipSite.Core.Rendering.Views;
using LpipSite.Core.Routing;
using Keys = LpipSite.Core.Rendering.Text.GeneratorTextKeys;

namespace LpipSite.Core.ContentTypes.Training;

/// <summary>The training index (upcoming sessions first) and each resource's page with its sessions and files.</summary>
internal sealed class TrainingPages(PagePlanning planning) : PageSource(planning)
{
    public override IEnumerable<PageJob> Plan()
    {
        yield return new PageJob(TrainingType.Instance.ListingUrl, "training-list", null, true, null, TrainingListPage);
        foreach (var t in Model.Training)
        {
            yield return Job(t, "training", () => TrainingPage(t));
        }
    }

    public override ReuseView? ReuseFor(PageJob job) => job.Item switch
    {
        TrainingResource t => new ReuseView
        {
            MetaTags = CitationTags(t),
            Cite = Cite(t, Keys.Cite.NounTrainingResource),
            Calendars = t.Events.Count > 0 ? [new LinkView(Words.Count(TrainingTextKeys.Page.AddToCalendar, t.Events.Count), t.Url + "sessions.ics")] : [],
        },
        null when job.Url == TrainingType.Instance.ListingUrl => new ReuseView { Calendars = [new LinkView(Words.Text(TrainingTextKeys.Page.AllSessionsCalendar), TrainingType.SessionsCalendarUrl)] },
        _ => null,
    };

    private PageContent TrainingListPage()
    {
        var intro = Words.Text(TrainingTextKeys.Page.Intro);
        var title = Words.Text(Keys.Site.NavTraining);
        var withSessions = Model.Training
            .Select(t => (Training: t, Next: t.Events.Where(e => !Views.IsPast(e)).OrderBy(e => e.Start).FirstOrDefault()))
            .Where(x => x.Next is not null)
            .OrderBy(x => x.Next!.Start).ThenBy(x => x.Training.Id, StringComparer.Ordinal)
            .Select(x => Views.TrainingCard(x.Training))
            .ToList();
        var groups = new List<GroupView>();
        if (withSessions.Count > 0)
        {
            groups.Add(new GroupView(Words.Text(TrainingTextKeys.Page.UpcomingGroup), "upcoming", null, withSessions));
        }

        groups.Add(new GroupView(Words.Text(TrainingTextKeys.Page.AllGroup), "all-training", null, Model.Training.OrderBy(t => t.Title, StringComparer.Ordinal).Select(Views.TrainingCard).ToList()));
        var meta = Views.Meta(TrainingType.Instance.ListingUrl, "training-list", title, intro, [], [JsonLd.Node("CollectionPage", Settings, TrainingType.Instance.ListingUrl, title, intro)]);
        return new PageContent(meta, new GroupedListView(intro, groups), null);
    }

    private PageContent TrainingPage(TrainingResource t)
    {
        var (body, markdown) = Views.Body(t, t.Body);
        var facts = new List<SummaryRowView>();
        Row(facts, Words.Text(Keys.Row.Format), [Text(Words.Label(Vocabularies.TrainingFormats, t.Format))]);
        Row(facts, Words.Text(Keys.Row.For), t.Audience.Select(a => Text(Words.Label(Vocabularies.Audiences, a))));
        Row(facts, Words.Text(Keys.Row.Level), [Text(t.Level is null ? null : Words.Label(Vocabularies.Levels, t.Level))]);
        Row(facts, Words.Text(Keys.Row.Duration), [Text(t.Duration)]);

        var upcoming = t.Events.Where(e => !Views.IsPast(e)).OrderBy(e => e.Start).Select(Session).ToList();
        var past = t.Events.Where(Views.IsPast).OrderByDescending(e => e.Start).Select(Session).ToList();
        var files = t.Files
            .Select(f => Views.AssetOrLink(f.Src) is { } url
                ? new FileView(f.Title, url, f.Format?.ToUpperInvariant(), FileSize(f, url) is { } size ? Views.FileSize(size) : null)
                : null)
            .OfType<FileView>()
            .ToList();
        var transcript = Views.AssetOrLink(t.Transcript) is { } transcriptUrl ? new LinkView(Words.Text(TrainingTextKeys.Page.Transcript), transcriptUrl) : null;

        var view = new TrainingView(
            t.Title,
            t.Summary,
            facts,
            t.LearningOutcomes,
            upcoming,
            past,
            files,
            transcript,
            Views.Links(t.MethodIds, Views.MethodLink),
            Views.Links(t.ThemeIds, Views.ThemeLink),
            body)
        {
            Image = Views.Image(t.Image),
        };

        var resource = JsonLd.Node("Course", Settings, t.Url, t.Title, t.Summary);
        resource["provider"] = new JsonObject { ["@type"] = "Organization", ["name"] = Views.Site.Publisher ?? Settings.Title, ["url"] = Settings.AbsoluteUrl("/") };
        resource["teaches"] = JsonLd.Names(t.LearningOutcomes);
        if (t.Events.Count > 0)
        {
            resource["hasCourseInstance"] = JsonLd.CourseInstances(t.Events.OrderBy(e => e.Start));
        }

        resource["learningResourceType"] = Words.Label(Vocabularies.TrainingFormats, t.Format);
        resource["audience"] = JsonLd.Names(t.Audience.Select(a => Words.Label(Vocabularies.Audiences, a)));
        if (t.Level is not null)
        {
            resource["educationalLevel"] = Words.Label(Vocabularies.Levels, t.Level);
        }

        var meta = Views.Meta(t.Url, "training", t.Title, t.Summary, [new BreadcrumbView(Words.Text(Keys.Site.NavTraining), TrainingType.Instance.ListingUrl)], [resource], t) with { OgImage = Views.OpenGraphImage(t.Image) };
        return new PageContent(meta, view, markdown);
    }

    /// <summary>The size given in content, else the size of the asset file when the content root is known.</summary>
    private long? FileSize(TrainingFile file, string url)
    {
        if (file.SizeBytes is { } size)
        {
            return size;
        }

        if (Views.Options.ContentRoot is null || !url.StartsWith("/assets/", StringComparison.Ordinal))
        {
            return null;
        }

        var path = Rendering.Assets.ContentAssets.Resolve(Views.Options.ContentRoot, url);
        return path is not null && File.Exists(path) ? new FileInfo(path).Length : null;
    }
}
