using LpipSite.Browser.Tests.Support;
using LpipSite.Core.Build;
using LpipSite.Server;
using Microsoft.Playwright;
using LpipSite.Testing;

namespace LpipSite.Browser.Tests.Serve;

/// <summary>lpip serve in Chromium: an edit reloads the open tabs that show it, and only those.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveReloadTests(SiteFixture sites) : IDisposable
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(30);
    private readonly string _root = Directory.CreateTempSubdirectory("lpip-live-reload-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static async Task<(IPage Page, TaskCompletionSource Reloaded)> OpenAsync(IBrowserContext context, PreviewServer server, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.Address, path).ToString());
        var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Load += (_, _) => reloaded.TrySetResult();
        return (page, reloaded);
    }

    [Fact]
    public async Task An_edit_reloads_the_tabs_that_show_it_and_leaves_the_others_alone()
    {
        var content = Path.Combine(_root, "content");
        LpipSite.Testing.Folders.Copy(Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "sites", "minimal", "content"), content);
        await using var server = await PreviewServer.StartAsync(new ServeOptions
        {
            Build = new BuildOptions { ContentDirectory = content, ThemeDirectory = RepositoryRoot.DefaultTheme, Today = new DateOnly(2026, 11, 25) },
            Port = 0,
        });
        await using var context = await sites.NewContextAsync();
        var (edited, editedReloaded) = await OpenAsync(context, server, "/case-studies/leeds-panel/");
        var (listing, listingReloaded) = await OpenAsync(context, server, "/case-studies/");
        var (about, aboutReloaded) = await OpenAsync(context, server, "/about/");
        var deadline = DateTime.UtcNow + Bounded;
        while (server.OpenEventStreams < 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }

        Assert.Equal(3, server.OpenEventStreams);
        var file = Path.Combine(content, "case-studies", "leeds-panel.md");
        // Saved through a temporary file renamed over the original, so no rebuild reads it half written.
        await File.WriteAllTextAsync(file + "___jb_tmp___", (await File.ReadAllTextAsync(file)).Replace("A panel in Leeds", "A renamed panel in Leeds", StringComparison.Ordinal));
        File.Move(file + "___jb_tmp___", file, overwrite: true);

        await editedReloaded.Task.WaitAsync(Bounded);
        Assert.Contains("A renamed panel in Leeds", await edited.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await listingReloaded.Task.WaitAsync(Bounded);
        Assert.Contains("A renamed panel in Leeds", await listing.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // The listing reloaded on the last event of the rebuild; the about page got the same event.
        await Task.Delay(500);
        Assert.False(aboutReloaded.Task.IsCompleted, "the about page, which does not show the case study, reloaded");
    }
}
