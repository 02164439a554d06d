using LpipSite.Core.Languages;

namespace LpipSite.Core.Tests.Languages;

public class TranslationFileEditorTests
{
    [Fact]
    public void Adds_a_missing_field_at_the_end_of_the_block_with_its_indentation_and_leaves_the_rest_alone()
    {
        const string text = "---\ntitle: Amdanom ni\ntranslation:\n    reviewed: false  # not yet\n---\nsource: in the body is not YAML\n";
        Assert.Equal(
            "---\ntitle: Amdanom ni\ntranslation:\n    reviewed: false  # not yet\n    source: abc123abc123\n---\nsource: in the body is not YAML\n",
            TranslationFileEditor.SetField(text, "source", "abc123abc123"));
    }

    [Fact]
    public void Replaces_an_existing_field_and_keeps_windows_line_endings()
    {
        const string text = "summary: Crynodeb\r\ntranslation:\r\n  source: 000000000000\r\n  reviewed: false\r\nname: after\r\n";
        Assert.Equal(
            "summary: Crynodeb\r\ntranslation:\r\n  source: abc123abc123\r\n  reviewed: false\r\nname: after\r\n",
            TranslationFileEditor.SetField(text, "source", "abc123abc123"));
    }

    [Fact]
    public void A_nested_translation_key_is_not_the_block_so_a_block_is_added_at_the_top_level()
    {
        Assert.Equal(
            "title: x\nmeta:\n  translation: y\ntranslation:\n  source: abc\n  reviewed: false\n",
            TranslationFileEditor.SetField("title: x\nmeta:\n  translation: y\n", "source", "abc"));
    }

    [Fact]
    public void A_translation_the_web_editor_wrote_without_a_block_gets_one_at_the_end_of_its_front_matter()
    {
        Assert.Equal(
            "---\ntitle: Teitl\ntranslation:\n  reviewed: false\n---\n\nCorff\n",
            TranslationFileEditor.SetField("---\ntitle: Teitl\n---\n\nCorff\n", "reviewed", "false"));
    }
}
