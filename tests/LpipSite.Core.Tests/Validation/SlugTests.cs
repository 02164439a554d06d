using LpipSite.Core.Authoring;
using LpipSite.Core.Tests.Support;
using LpipSite.Core.Validation;

namespace LpipSite.Core.Tests.Validation;

/// <summary>
/// One slug function serves both the id <c>lpip new</c> makes from a title and the file name
/// <c>lpip check</c> suggests for a file whose name is not a valid id.
/// </summary>
public class SlugTests
{
    [Theory]
    [InlineData("Community-Panel", "community-panel")]
    [InlineData("Rural bus pilot", "rural-bus-pilot")]
    [InlineData("Môn's café: año 2025!", "mons-cafe-ano-2025")]
    [InlineData("Panel_Report--2025", "panel-report-2025")]
    [InlineData("£££", "untitled")]
    public void Slug_is_lower_case_ascii_with_single_hyphens_accents_folded_and_apostrophes_dropped(string text, string expected)
    {
        var slug = NewContent.Slug(text);

        Assert.Equal(expected, slug);
        Assert.Matches(Formats.Id(), slug);
    }

    [Fact]
    public void Slug_stops_at_the_last_whole_word_within_80_characters()
    {
        var title = string.Join(' ', Enumerable.Repeat("partnership", 10));

        var slug = NewContent.Slug(title);

        Assert.Equal(string.Join('-', Enumerable.Repeat("partnership", 6)), slug);
        Assert.True(slug.Length <= 80);
    }

    [Fact]
    public void File_name_suggestion_is_the_slug_lpip_new_would_give_the_same_text()
    {
        using var tree = new ContentTree();
        tree.Write("methods/Ynys_Môn's-Panel.md", File.ReadAllText(Path.Combine(tree.ContentRoot, "methods/community-panel.md")));

        var messages = tree.Messages();

        Assert.Contains("content/methods/Ynys_Môn's-Panel.md:1:1: error LPIP0015: the file name 'Ynys_Môn's-Panel' is not a valid id: use lower-case letters, digits and single hyphens; rename the file to 'ynys-mons-panel.md'", messages);
        Assert.Equal("ynys-mons-panel", NewContent.Slug("Ynys_Môn's-Panel"));
    }
}
