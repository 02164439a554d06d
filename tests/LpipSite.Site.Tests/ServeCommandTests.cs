using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using LpipSite.Site.Tests.Support;
using LpipSite.Testing;

namespace LpipSite.Site.Tests;

/// <summary>lpip serve as staff use it: the real CLI on a free loopback port, fetched over HTTP while files change.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(20);
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    public void Dispose() => _http.Dispose();

    private async Task<string> GetTextAsync(Uri address, string path)
    {
        using var response = await _http.GetAsync(new Uri(address, path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Waits until the page satisfies the condition: a save may reach the watcher as several events, and so several rebuilds.</summary>
    private async Task<string> WaitForPageAsync(Uri address, string path, Func<string, bool> condition)
    {
        var watch = Stopwatch.StartNew();
        string page;
        do
        {
            using var response = await _http.GetAsync(new Uri(address, path));
            page = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK && condition(page))
            {
                return page;
            }

            await Task.Delay(25);
        }
        while (watch.Elapsed < Bounded);
        return page;
    }

    [Fact]
    public async Task Serves_pages_with_content_types_index_html_folder_redirects_and_the_site_404()
    {
        using var site = SiteTree.FromFixture("minimal");
        using var serve = ServeProcess.Start(site, "--port", "0");
        Assert.NotNull(serve.Address);

        using var home = await _http.GetAsync(serve.Address);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html; charset=utf-8", home.Content.Headers.ContentType!.ToString());
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/__lpip/reload.js\" defer></script>", html, StringComparison.Ordinal);

        using var folder = await _http.GetAsync(new Uri(serve.Address, "/case-studies/leeds-panel"));
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/case-studies/leeds-panel/", folder.Headers.Location!.OriginalString);
        Assert.Contains("A panel in Leeds", await GetTextAsync(serve.Address, "/case-studies/leeds-panel/"), StringComparison.Ordinal);

        using var missing = await _http.GetAsync(new Uri(serve.Address, "/no/such/page/"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var sitemap = await _http.GetAsync(new Uri(serve.Address, "/sitemap.xml"));
        Assert.Equal("text/xml; charset=utf-8", sitemap.Content.Headers.ContentType!.ToString());

        var stylesheet = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/assets/[^\"]+\\.css)\"").Groups[1].Value;
        using var css = await _http.GetAsync(new Uri(serve.Address, stylesheet));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType!.ToString());

        using var script = await _http.GetAsync(new Uri(serve.Address, "/__lpip/reload.js"));
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());
        Assert.Contains("EventSource(\"/__lpip/events\")", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bilingual_site_serves_its_Welsh_pages_and_the_Welsh_404_under_cy()
    {
        using var site = SiteTree.FromFixture("minimal");
        site.Write("site.yml", site.ReadContent("site.yml") + "languages: [en, cy]\n");
        using var serve = ServeProcess.Start(site, "--port", "0");
        Assert.NotNull(serve.Address);

        Assert.Contains("<html lang=\"cy\">", await GetTextAsync(serve.Address, "/cy/case-studies/leeds-panel/"), StringComparison.Ordinal);
        using var missing = await _http.GetAsync(new Uri(serve.Address, "/cy/no/such/page/"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<html lang=\"cy\">", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var english = await _http.GetAsync(new Uri(serve.Address, "/no/such/page/"));
        Assert.Contains("<html lang=\"en-GB\">", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_a_case_study_serves_the_new_page_and_pushes_a_reload_event()
    {
        await using var live = await LiveSite.StartAsync(_http);
        var (site, serve, events) = (live.Site, live.Serve, live.Events);

        var watch = Stopwatch.StartNew();
        site.Write("case-studies/new-panel.md", Content.CaseStudy("Pangolin panel in Leeds"));
        await events.WaitForAsync("event: reload", Bounded);
        Assert.Contains("Pangolin panel in Leeds", await WaitForPageAsync(serve.Address!, "/case-studies/new-panel/", p => p.Contains("Pangolin", StringComparison.Ordinal)), StringComparison.Ordinal);
        // The listing follows when the rest of the rebuild is done.
        Assert.Contains("Pangolin panel in Leeds", await WaitForPageAsync(serve.Address!, "/case-studies/", p => p.Contains("Pangolin", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.True(watch.Elapsed < Bounded, $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Editing_a_case_study_serves_its_own_page_first_then_reloads_only_the_pages_that_show_it()
    {
        await using var live = await LiveSite.StartAsync(_http);
        var (site, serve, events, good) = (live.Site, live.Serve, live.Events, live.LeedsPanel);
        var file = Path.Combine(site.Content, "case-studies/leeds-panel.md");

        // Saved as JetBrains editors save: a temporary file beside the original, renamed over it.
        // (The rename also means no rebuild can ever read a half-written file.)
        var temporary = file + "___jb_tmp___";
        File.WriteAllText(temporary, good.Replace("A panel in Leeds", "A renamed panel in Leeds", StringComparison.Ordinal));
        File.Move(temporary, file, overwrite: true);

        // First the edited page alone, rendered ahead of the rest of the site.
        var first = await events.WaitForReloadAsync(paths => paths.Contains("/case-studies/leeds-panel/"), Bounded);
        Assert.Equal(["/case-studies/leeds-panel/"], first);

        // Then the pages that show it; the edited page is not reloaded twice, as it came out the same.
        var second = await events.WaitForReloadAsync(paths => paths.Contains("/case-studies/"), Bounded);
        Assert.DoesNotContain("/case-studies/leeds-panel/", second);
        Assert.DoesNotContain("*", second);
        Assert.Contains("A renamed panel in Leeds", await GetTextAsync(serve.Address!, "/case-studies/"), StringComparison.Ordinal);
        Assert.Contains("A renamed panel in Leeds", await GetTextAsync(serve.Address!, "/case-studies/leeds-panel/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_error_shows_an_escaped_overlay_keeps_the_last_good_pages_and_clears_when_fixed()
    {
        await using var live = await LiveSite.StartAsync(_http);
        var (site, serve, events, good) = (live.Site, live.Serve, live.Events, live.LeedsPanel);

        site.Write("case-studies/leeds-panel.md", good.Replace("places: [leeds]", "places: [\"<b>nowhere</b>\"]", StringComparison.Ordinal));
        await events.WaitForAsync("event: reload", Bounded);
        var page = await WaitForPageAsync(serve.Address!, "/case-studies/leeds-panel/", p => p.Contains("LPIP0201", StringComparison.Ordinal));
        Assert.Contains("id=\"lpip-overlay\"", page, StringComparison.Ordinal);
        Assert.Contains("<code>content/case-studies/leeds-panel.md:6:10</code> error LPIP0201: unknown place", page, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;nowhere&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>nowhere</b>", page, StringComparison.Ordinal);
        Assert.Contains("A panel in Leeds", page, StringComparison.Ordinal);
        Assert.False(serve.HasExited);

        events.Clear();
        site.Write("case-studies/leeds-panel.md", good.Replace("A panel in Leeds", "A mended panel in Leeds", StringComparison.Ordinal));
        await events.WaitForAsync("event: reload", Bounded);
        page = await WaitForPageAsync(serve.Address!, "/case-studies/leeds-panel/", p => p.Contains("A mended panel", StringComparison.Ordinal));
        Assert.DoesNotContain("lpip-overlay", page, StringComparison.Ordinal);
        Assert.Contains("A mended panel in Leeds", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aliases_are_served_as_permanent_redirects()
    {
        using var site = SiteTree.FromFixture("minimal");
        site.Write("case-studies/leeds-panel.md", File.ReadAllText(Path.Combine(site.Content, "case-studies/leeds-panel.md"))
            .Replace("evidence_level:", "aliases: [/case-studies/old-panel/]\nevidence_level:", StringComparison.Ordinal));
        using var serve = ServeProcess.Start(site, "--port", "0");
        foreach (var path in new[] { "/case-studies/old-panel/", "/case-studies/old-panel" })
        {
            using var response = await _http.GetAsync(new Uri(serve.Address!, path));
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal("/case-studies/leeds-panel/", response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task Drafts_are_hidden_unless_serve_is_given_drafts()
    {
        using var site = SiteTree.FromFixture("minimal");
        site.Write("case-studies/secret.md", Content.CaseStudy("Okapi draft", "draft: true\n"));
        using (var serve = ServeProcess.Start(site, "--port", "0"))
        {
            using var hidden = await _http.GetAsync(new Uri(serve.Address!, "/case-studies/secret/"));
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        using var withDrafts = ServeProcess.Start(site, "--port", "0", "--drafts");
        var page = await GetTextAsync(withDrafts.Address!, "/case-studies/secret/");
        Assert.Contains("Okapi draft", page, StringComparison.Ordinal);
        Assert.Contains("Draft: this page is not published", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Busy_port_is_a_clear_error_with_exit_code_two()
    {
        using var site = SiteTree.FromFixture("minimal");
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            using var serve = ServeProcess.Start(site, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(serve.WaitForExit(TimeSpan.FromSeconds(60)), "serve kept running on a busy port");
            Assert.Equal(2, serve.ExitCode);
            Assert.Contains($"cannot listen on 127.0.0.1:{port}: the port is already in use", serve.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", serve.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void Ctrl_c_stops_the_server_cleanly_with_exit_code_zero()
    {
        using var site = SiteTree.FromFixture("minimal");
        using var serve = ServeProcess.Start(site, "--port", "0");
        Assert.NotNull(serve.Address);
        serve.Interrupt();
        Assert.True(serve.WaitForExit(TimeSpan.FromSeconds(20)), "serve did not stop on SIGINT");
        Assert.Equal(0, serve.ExitCode);
        Assert.Contains("Stopped.", serve.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_build_never_contains_the_reload_script()
    {
        using var site = SiteTree.FromFixture("minimal");
        site.Write("case-studies/secret.md", Content.CaseStudy("Draft", "draft: true\n"));
        Assert.Equal(0, site.Build().ExitCode);
        Assert.Empty(Content.FilesContaining(site.Output, "__lpip"));
        Assert.Equal(0, site.Build("--drafts").ExitCode);
        Assert.Empty(Content.FilesContaining(site.Output, "__lpip"));
    }

    /// <summary>The minimal fixture served by the real CLI, with its event stream open and greeted.</summary>
    private sealed class LiveSite : IAsyncDisposable
    {
        private LiveSite(SiteTree site, ServeProcess serve, EventStream events) => (Site, Serve, Events) = (site, serve, events);

        public SiteTree Site { get; }

        public ServeProcess Serve { get; }

        public EventStream Events { get; }

        /// <summary>The fixture's one case study as it was before the test changed it.</summary>
        public string LeedsPanel => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "sites", "minimal", "content", "case-studies", "leeds-panel.md"));

        public static async Task<LiveSite> StartAsync(HttpClient http)
        {
            var site = SiteTree.FromFixture("minimal");
            var serve = ServeProcess.Start(site, "--port", "0");
            var events = await EventStream.OpenAsync(http, serve.Address!);
            await events.WaitForAsync("event: hello", Bounded);
            return new LiveSite(site, serve, events);
        }

        public async ValueTask DisposeAsync()
        {
            await Events.DisposeAsync();
            Serve.Dispose();
            Site.Dispose();
        }
    }

    /// <summary>Reads /__lpip/events in the background, line by line.</summary>
    private sealed class EventStream : IAsyncDisposable
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();
        private readonly CancellationTokenSource _stop = new();
        private readonly HttpResponseMessage _response;
        private readonly Task _reader;

        private EventStream(HttpResponseMessage response)
        {
            _response = response;
            _reader = Task.Run(async () =>
            {
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
                while (!_stop.IsCancellationRequested && await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    _lines.Enqueue(line);
                }
            });
        }

        public static async Task<EventStream> OpenAsync(HttpClient http, Uri address)
        {
            var response = await http.GetAsync(new Uri(address, "/__lpip/events"), HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
            return new EventStream(response);
        }

        public void Clear() => _lines.Clear();

        /// <summary>Waits for a reload event whose changed paths satisfy the condition, and returns them.</summary>
        public async Task<IReadOnlyList<string>> WaitForReloadAsync(Func<IReadOnlyList<string>, bool> condition, TimeSpan timeout)
        {
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < timeout)
            {
                var lines = _lines.ToArray();
                for (var i = 0; i + 1 < lines.Length; i++)
                {
                    if (lines[i] == "event: reload" && lines[i + 1].StartsWith("data: ", StringComparison.Ordinal))
                    {
                        using var data = System.Text.Json.JsonDocument.Parse(lines[i + 1]["data: ".Length..]);
                        var paths = data.RootElement.GetProperty("paths").EnumerateArray().Select(p => p.GetString()!).ToList();
                        if (condition(paths))
                        {
                            return paths;
                        }
                    }
                }

                await Task.Delay(25);
            }

            Assert.Fail($"no matching reload event within {timeout.TotalSeconds} s; got: {string.Join(" | ", _lines)}");
            return [];
        }

        public async Task WaitForAsync(string line, TimeSpan timeout)
        {
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < timeout)
            {
                if (_lines.Contains(line))
                {
                    return;
                }

                await Task.Delay(25);
            }

            Assert.Fail($"no '{line}' within {timeout.TotalSeconds} s; got: {string.Join(" | ", _lines)}");
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _response.Dispose();
            try
            {
                await _reader;
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or HttpRequestException)
            {
            }

            _stop.Dispose();
        }
    }
}
