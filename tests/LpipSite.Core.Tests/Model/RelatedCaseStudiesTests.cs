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

    [Theory]
    [InlineData(40)]
    [InlineData(700)]
    public void Related_case_studies_match_a_plain_ranking_of_every_pair(int caseStudies)
    {
        var root = Path.Combine(Path.GetTempPath(), "lpip-related-pairs-" + Guid.NewGuid().ToString("N"));
        try
        {
            SyntheticCorpus.Write(root, caseStudies, seed: caseStudies + 1);
            var model = Load(root);
            var all = model.CaseStudies;
            static int Shared(IEnumerable<string> a, IEnumerable<string> b) => a.Distinct(StringComparer.Ordinal).Intersect(b, StringComparer.Ordinal).Count();
            for (var i = 0; i < all.Count; i++)
            {
                var a = all[i];
                var expected = Enumerable.Range(0, all.Count).Where(j => j != i)
                    .Select(j => (Index: j, Score:
                        (RelationsBuilder.MethodWeight * Shared(a.MethodIds, all[j].MethodIds))
                        + (RelationsBuilder.PlaceWeight * Shared(a.PlaceIds, all[j].PlaceIds))
                        + (RelationsBuilder.ThemeWeight * Shared(a.ThemeIds, all[j].ThemeIds))))
                    .Where(x => x.Score > 0)
                    .OrderByDescending(x => x.Score).ThenBy(x => x.Index)
                    .Take(SiteModelFactory.RelatedCount)
                    .Select(x => (all[x.Index].Id, x.Score));
                Assert.Equal(expected, model.Relations.RelatedCaseStudies[a.Id].Select(r => (r.CaseStudy.Id, r.Score)));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Related_case_studies_equal_the_exhaustive_scan_on_the_shipped_content() =>
        AssertSameAsExhaustive(Path.Combine(RepositoryRoot.Path, "content"));

    private static SiteModel Load(string content)
    {
        var model = ContentPipeline.LoadModel(
            new BuildOptions { ContentDirectory = content, Today = new DateOnly(2026, 11, 25), IncludeDrafts = true },
            new DiagnosticBag(),
            new StageTimings());
        Assert.NotNull(model);
        return model;
    }

    private static void AssertSameAsExhaustive(string content)
    {
        var model = Load(content);
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
