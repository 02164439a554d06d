using LpipSite.Core.Model;
using LpipSite.Core.Tests.Support;
using LpipSite.Core.Validation;

namespace LpipSite.Core.Tests.Validation;

public class ValidContentTests
{
    [Fact]
    public void Valid_tree_has_no_diagnostics_and_maps_to_a_typed_model()
    {
        using var tree = new ContentTree();
        var (content, diagnostics) = tree.Validate();
        Assert.Empty(diagnostics);

        var site = new ItemMapper(content).Map();
        var model = SiteModelFactory.Create(site, ContentTree.Today, includeUnpublished: false);
        var study = Assert.Single(model.CaseStudies);
        Assert.Equal("/case-studies/leeds-panel/", study.Url);
        Assert.Equal(new DateOnly(2025, 3, 31), study.Date);
        Assert.Equal(["leeds"], study.PlaceIds);
        Assert.Equal("CC-BY-4.0", study.Licence);
        Assert.Equal("Ada Lovelace", study.Authors[0].Name);
        Assert.Equal(16, study.Body.FirstLine);
    }

    [Fact]
    public void Place_can_be_referenced_by_gss_code_and_resolves_to_its_id()
    {
        using var tree = new ContentTree();
        tree.Edit("case-studies/leeds-panel.md", "places: [leeds]", "places: [E08000035]");
        var (content, diagnostics) = tree.Validate();
        Assert.Empty(diagnostics);
        var study = new ItemMapper(content).Map().CaseStudies.Single();
        Assert.Equal(["leeds"], study.PlaceIds);
    }

    [Fact]
    public void Bom_and_crlf_files_are_valid_input()
    {
        using var tree = new ContentTree();
        var text = ContentTree.ValidFiles["places/leeds.yml"].ReplaceLineEndings("\r\n");
        tree.WriteBytes("places/leeds.yml", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]);
        var md = ContentTree.ValidFiles["case-studies/leeds-panel.md"].ReplaceLineEndings("\r\n");
        tree.WriteBytes("case-studies/leeds-panel.md", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(md)]);
        Assert.Empty(tree.Messages());
    }

    [Fact]
    public void Case_study_in_a_city_is_listed_on_its_region_and_nation()
    {
        using var tree = new ContentTree();
        var (content, _) = tree.Validate();
        var model = SiteModelFactory.Create(new ItemMapper(content).Map(), ContentTree.Today, includeUnpublished: false);
        foreach (var place in new[] { "leeds", "yorkshire-and-the-humber", "england" })
        {
            Assert.Single(model.Relations.CaseStudiesIn(model.Relations.CaseStudiesByPlace, place));
        }

        Assert.Single(model.Relations.CaseStudiesIn(model.Relations.CaseStudiesByRegion, "yorkshire-and-the-humber"));
        Assert.Single(model.Relations.CaseStudiesIn(model.Relations.CaseStudiesByMethod, "community-panel"));
    }
}
