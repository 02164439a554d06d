using LpipSite.Core.Build;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Model;
using LpipSite.Core.Tests.Support;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Model;

/// <summary>
/// Related case studies skip the walk over broad themes when they cannot change the answer; the
/// result must equal the exhaustive scan, score for score and in the same order.
/// </summary>
public class RelatedCaseStudiesTests
{
    [Theory]
    [InlineData(12)]
    [InlineData(40)]
    [InlineData(700)]
    public void Related_case_studies_equal_the_exhaustive_scan_on_synthetic_corpora(int caseStudies)
    {
        var root = Path.Combine(Path.GetTempPath(), "lpip-related-" + Guid.NewGuid().ToString("N"));
        try
        {
            SyntheticCorpus.Write(root, caseStudies, seed: caseStudies);
            AssertSameAsExhaustive(root);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Related_case_studies_equal_the_exhaustive_scan_on_the_shipped_content() =>
        AssertSameAsExhaustive(Path.Combine(Repo.Root, "content"));

    private static void AssertSameAsExhaustive(string content)
    {
        var diagnostics = new DiagnosticBag();
        var model = ContentPipeline.LoadModel(
            new BuildOptions { ContentDirectory = content, Today = new DateOnly(2026, 11, 25), IncludeDrafts = true },
            diagnostics,
            new StageTimings());
        Assert.NotNull(model);
        var expected = RelationsBuilder.RelatedExhaustive(model.CaseStudies);
        Assert.Equal(model.CaseStudies.Count, model.Relations.RelatedCaseStudies.Count);
        foreach (var caseStudy in model.CaseStudies)
        {
            var actual = model.Relations.RelatedCaseStudies[caseStudy.Id];
            Assert.Equal(
                expected[caseStudy.Id].Select(r => (r.CaseStudy.Id, r.Score)),
                actual.Select(r => (r.CaseStudy.Id, r.Score)));
        }
    }
}
