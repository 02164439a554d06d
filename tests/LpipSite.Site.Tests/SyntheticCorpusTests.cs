using LpipSite.Site.Tests.Support;
using LpipSite.Testing;

namespace LpipSite.Site.Tests;

public class SyntheticCorpusTests
{
    [Fact]
    public void Thousand_case_study_corpus_builds_without_errors_and_every_place_page_lists_its_case_studies()
    {
        using var site = new SiteTree();
        var sizes = SyntheticCorpus.Write(site.Content, 1_000);
        var run = site.Build("--quiet");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.DoesNotContain("error", run.Stderr, StringComparison.Ordinal);

        for (var c = 0; c < sizes.CaseStudies; c++)
        {
            Assert.True(site.OutputExists($"case-studies/case-study-{c}/index.html"), $"case study {c} has no page");
        }

        // The corpus puts case study c in place c % places (and a second place), so each place
        // page must link every case study located there.
        for (var p = 0; p < sizes.Places; p++)
        {
            var page = site.ReadOutput($"places/place-{p}/index.html");
            for (var c = p; c < sizes.CaseStudies; c += sizes.Places)
            {
                Assert.Contains($"href=\"/case-studies/case-study-{c}/\"", page, StringComparison.Ordinal);
            }
        }
    }
}
