using System.Text.Json;
using LpipSite.Site.Tests.Support;

namespace LpipSite.Site.Tests;

/// <summary>
/// Opportunities end to end, on the full fixture built as of 2026-11-25: a secondment open with
/// weeks left, a fund closing in five days, training places opening next year and a call for
/// evidence that has closed.
/// </summary>
public sealed class OpportunitiesTests : IClassFixture<OpportunitiesTests.BuiltFull>
{
    private readonly BuiltFull _built;

    public OpportunitiesTests(BuiltFull built) => _built = built;

    /// <summary>The full fixture, built once for these tests.</summary>
    public sealed class BuiltFull : IDisposable
    {
        public BuiltFull()
        {
            Site = SiteTree.FromFixture("full");
            var run = Site.Build("--no-cache");
            Assert.True(run.ExitCode == 0, run.Stderr);
        }

        public SiteTree Site { get; }

        public void Dispose() => Site.Dispose();
    }

    private string Page(string path) => _built.Site.ReadOutput((path.Trim('/') + "/index.html").TrimStart('/'));

    private static int At(string html, string needle)
    {
        var index = html.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(index >= 0, "missing: " + needle);
        return index;
    }

    [Fact]
    public void Listing_shows_open_ones_closing_soonest_first_then_upcoming_and_leaves_closed_ones_to_the_archive()
    {
        var html = Page("/opportunities/");
        var open = At(html, "id=\"open\"");
        var fund = At(html, "/opportunities/example-fund/");
        var secondment = At(html, "/opportunities/example-secondment/");
        var upcoming = At(html, "id=\"upcoming\"");
        var training = At(html, "/opportunities/example-training-place/");
        Assert.True(open < fund && fund < secondment && secondment < upcoming && upcoming < training);
        Assert.DoesNotContain("/opportunities/example-call-for-evidence/", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/opportunities/archive/\"", html, StringComparison.Ordinal);
        Assert.Contains("2 opportunities are open", html, StringComparison.Ordinal);

        var archive = Page("/opportunities/archive/");
        Assert.Contains("/opportunities/example-call-for-evidence/", archive, StringComparison.Ordinal);
        Assert.DoesNotContain("/opportunities/example-fund/", archive, StringComparison.Ordinal);
    }

    [Fact]
    public void Detail_page_says_when_it_closes_and_how_long_is_left_and_how_to_apply()
    {
        var fund = Page("/opportunities/example-fund/");
        Assert.Contains("tag-closing-soon\">Closing soon", fund, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2026-11-30T12:00\">Closes 30 November 2026 at midday</time>", fund, StringComparison.Ordinal);
        Assert.Contains("(in 5 days)", fund, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:fund@example.org\"", fund, StringComparison.Ordinal);
        Assert.Contains("href=\"/opportunities/example-fund/deadline.ics\"", fund, StringComparison.Ordinal);

        var upcoming = Page("/opportunities/example-training-place/");
        Assert.Contains("Opens 1 February 2027", upcoming, StringComparison.Ordinal);
        Assert.Contains("Opening soon", upcoming, StringComparison.Ordinal);

        var closed = Page("/opportunities/example-call-for-evidence/");
        Assert.Contains("Closed on 30 June 2026", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("deadline.ics", closed, StringComparison.Ordinal);
    }

    [Fact]
    public void Closing_date_calendar_is_a_London_time_event()
    {
        var ics = _built.Site.ReadOutput("opportunities/example-fund/deadline.ics");
        Assert.Contains("DTSTART;TZID=Europe/London:20261130T120000", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Example community fund", ics, StringComparison.Ordinal);

        // Every published closing date, past ones too, so a calendar keeps the record.
        var all = _built.Site.ReadOutput("opportunities/deadlines.ics");
        Assert.Equal(4, all.Split("BEGIN:VEVENT").Length - 1);
    }

    [Fact]
    public void Filter_pages_exist_by_kind_nation_and_theme_and_include_closed_ones()
    {
        Assert.Contains("/opportunities/example-secondment/", Page("/opportunities/kind/secondment/"), StringComparison.Ordinal);
        Assert.Contains("/opportunities/example-fund/", Page("/opportunities/nation/wales/"), StringComparison.Ordinal);
        Assert.Contains("/opportunities/example-call-for-evidence/", Page("/opportunities/nation/scotland/"), StringComparison.Ordinal);
        var skills = Page("/opportunities/theme/skills/");
        Assert.Contains("/opportunities/example-secondment/", skills, StringComparison.Ordinal);
        Assert.Contains("/opportunities/example-training-place/", skills, StringComparison.Ordinal);
        Assert.Contains("href=\"/opportunities/kind/funding-call/\"", Page("/opportunities/"), StringComparison.Ordinal);
    }

    [Fact]
    public void Home_page_lists_open_opportunities_only()
    {
        var home = Page("/");
        var section = home[At(home, "id=\"open-opportunities\"")..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("/opportunities/example-fund/", section, StringComparison.Ordinal);
        Assert.Contains("/opportunities/example-secondment/", section, StringComparison.Ordinal);
        Assert.DoesNotContain("example-training-place", section, StringComparison.Ordinal);
        Assert.DoesNotContain("example-call-for-evidence", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Structured_data_uses_the_schema_org_type_of_each_kind()
    {
        Assert.Contains("\"@type\":\"JobPosting\"", Page("/opportunities/example-secondment/"), StringComparison.Ordinal);
        Assert.Contains("\"validThrough\":\"2027-01-15T17:00\"", Page("/opportunities/example-secondment/"), StringComparison.Ordinal);
        var fund = Page("/opportunities/example-fund/");
        Assert.Contains("\"@type\":\"MonetaryGrant\"", fund, StringComparison.Ordinal);
        Assert.Contains("\"currency\":\"GBP\"", fund, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"EducationalOccupationalProgram\"", Page("/opportunities/example-training-place/"), StringComparison.Ordinal);
    }

    [Fact]
    public void Opportunities_are_open_data_search_entries_and_feed_entries()
    {
        using var data = JsonDocument.Parse(_built.Site.ReadOutput("data/opportunities.json"));
        var rows = data.RootElement.EnumerateObject().First(p => p.Value.ValueKind == JsonValueKind.Array).Value.EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("state").GetString());
        Assert.Equal("closing-soon", rows["example-fund"]);
        Assert.Equal("open", rows["example-secondment"]);
        Assert.Equal("upcoming", rows["example-training-place"]);
        Assert.Equal("closed", rows["example-call-for-evidence"]);
        Assert.True(_built.Site.OutputExists("data/schema/opportunities.schema.json"));

        Assert.Contains("/opportunities/example-fund/", _built.Site.ReadOutput("search/documents.json"), StringComparison.Ordinal);
        Assert.Contains("/opportunities/example-fund/", _built.Site.ReadOutput("feed.xml"), StringComparison.Ordinal);
        Assert.Contains("/opportunities/", _built.Site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_offerer_and_a_bad_application_address_are_located_errors()
    {
        using var site = SiteTree.FromFixture("full");
        site.Write("opportunities/broken.md", "---\ntitle: Broken\nsummary: Broken.\nkind: job\noffered_by:\n  - full-lpipp\nhow_to_apply: not an address\n---\nText.\n");
        var run = site.Check();
        var report = run.Stdout + run.Stderr;
        Assert.True(run.ExitCode == 1, report);
        Assert.Contains("content/opportunities/broken.md:6:5: error LPIP0201: unknown organisation or partnership 'full-lpipp'; did you mean 'full-lpip'?", report, StringComparison.Ordinal);
        Assert.Contains("content/opportunities/broken.md:7:15: error LPIP0110", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Closed_true_moves_an_opportunity_to_the_archive()
    {
        using var site = SiteTree.FromFixture("full");
        var path = "opportunities/example-secondment.md";
        site.Write(path, site.ReadContent(path).Replace("how_to_apply:", "closed: true\nhow_to_apply:", StringComparison.Ordinal));
        var run = site.Build("--no-cache");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("/opportunities/example-secondment/", site.ReadOutput("opportunities/archive/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("/opportunities/example-secondment/", site.ReadOutput("opportunities/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Lpip_new_opportunity_writes_a_draft_that_passes_check()
    {
        using var site = SiteTree.FromFixture("full");
        var run = site.New("opportunity", "Policy fellowship: round two", "--partnership", "wales-lpip");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var text = site.ReadContent("opportunities/policy-fellowship-round-two.md");
        Assert.Contains("draft: true", text, StringComparison.Ordinal);
        Assert.Contains("  - wales-lpip", text, StringComparison.Ordinal);
        var check = site.Check();
        Assert.True(check.ExitCode == 0, check.Stderr);
    }
}
