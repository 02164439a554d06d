using System.Diagnostics;
using LpipSite.Core.Tests.Support;

namespace LpipSite.Core.Tests.Loading;

/// <summary>Hostile and broken files get a located diagnostic quickly, never an exception or a hang.</summary>
public class MalformedInputTests
{
    private static IReadOnlyList<string> MessagesWithin(ContentTree tree, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        var messages = tree.Messages();
        Assert.True(watch.Elapsed < limit, $"validation took {watch.Elapsed}");
        return messages;
    }

    private static void AssertHas(IReadOnlyList<string> messages, string expected) =>
        Assert.True(messages.Contains(expected), $"expected:\n{expected}\namong:\n{string.Join("\n", messages)}");

    [Fact]
    public void Invalid_yaml_reports_the_line_and_column()
    {
        using var tree = new ContentTree();
        tree.Write("places/leeds.yml", "name: Leeds\ntype: [unclosed\nnation: england\n");
        var messages = MessagesWithin(tree, TimeSpan.FromSeconds(5));
        Assert.Contains(messages, m => m.StartsWith("content/places/leeds.yml:", StringComparison.Ordinal) && m.Contains("error LPIP0010: the YAML is not valid", StringComparison.Ordinal));
    }

    [Fact]
    public void Tab_indentation_is_named_as_the_problem()
    {
        using var tree = new ContentTree();
        tree.Write("organisations/test-university.yml", "name: Test University\n\ttype: university\n");
        var messages = MessagesWithin(tree, TimeSpan.FromSeconds(5));
        AssertHas(messages, "content/organisations/test-university.yml:2:1: error LPIP0011: a tab character is used for indentation; YAML only allows spaces; replace the tab with spaces");
    }

    [Fact]
    public void Yaml_alias_bomb_is_refused_without_expansion()
    {
        using var tree = new ContentTree();
        var lines = new List<string> { "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]" };
        for (var i = 0; i < 9; i++)
        {
            var name = (char)('b' + i);
            var prev = (char)('a' + i);
            lines.Add($"{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]");
        }

        tree.Write("organisations/test-university.yml", string.Join("\n", lines) + "\nname: Test University\ntype: university\n");
        var messages = MessagesWithin(tree, TimeSpan.FromSeconds(5));
        AssertHas(messages, "content/organisations/test-university.yml:2:8: error LPIP0013: YAML aliases (*a) are not supported; write the value out in full");
    }

    [Fact]
    public void Duplicate_keys_point_at_the_second_and_name_the_first()
    {
        using var tree = new ContentTree();
        tree.Write("organisations/test-university.yml", "name: Test University\ntype: university\nname: Other\n");
        AssertHas(MessagesWithin(tree, TimeSpan.FromSeconds(5)),
            "content/organisations/test-university.yml:3:1: error LPIP0012: the field 'name' appears twice (first on line 1); keep only one of them");
    }

    [Fact]
    public void Wrong_type_says_what_was_expected()
    {
        using var tree = new ContentTree();
        tree.Write("organisations/test-university.yml", "name:\n  first: Test\ntype: university\n");
        AssertHas(MessagesWithin(tree, TimeSpan.FromSeconds(5)),
            "content/organisations/test-university.yml:2:3: error LPIP0103: expected text for 'name', but found a set of fields; check the indentation of this value");
    }

    [Fact]
    public void Deep_nesting_is_bounded_and_reported()
    {
        using var tree = new ContentTree();
        tree.Write("organisations/test-university.yml", "name: " + new string('[', 20_000) + new string(']', 20_000) + "\ntype: university\n");
        var messages = MessagesWithin(tree, TimeSpan.FromSeconds(10));
        Assert.Contains(messages, m => m.Contains("error LPIP0014: the YAML is nested more than 32 levels deep", StringComparison.Ordinal));
    }

    [Fact]
    public void Deep_block_nesting_is_bounded_and_reported()
    {
        using var tree = new ContentTree();
        var text = string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i) + "k:\n"));
        tree.Write("organisations/test-university.yml", text);
        var messages = MessagesWithin(tree, TimeSpan.FromSeconds(10));
        Assert.Contains(messages, m => m.Contains("LPIP0014", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_utf8_reports_line_and_column_of_the_bad_byte()
    {
        using var tree = new ContentTree();
        tree.WriteBytes("organisations/test-university.yml", [.. "name: Test\ntype: univ"u8, 0xC3, 0x28, .. "ersity\n"u8]);
        AssertHas(MessagesWithin(tree, TimeSpan.FromSeconds(5)),
            "content/organisations/test-university.yml:2:11: error LPIP0002: the file is not valid UTF-8 (byte 0xC3 at offset 21); save the file as UTF-8 in your editor");
    }

    [Fact]
    public void Front_matter_that_never_closes_is_reported()
    {
        using var tree = new ContentTree();
        tree.Write("pages/about.md", "---\ntitle: About\nsummary: About.\n\nBody text\n");
        AssertHas(MessagesWithin(tree, TimeSpan.FromSeconds(5)),
            "content/pages/about.md:1:1: error LPIP0006: the front matter block that starts on line 1 is never closed; add a line containing only '---' after the last field");
    }

    [Fact]
    public void Markdown_without_front_matter_is_reported()
    {
        using var tree = new ContentTree();
        tree.Write("pages/about.md", "# About\n");
        AssertHas(MessagesWithin(tree, TimeSpan.FromSeconds(5)),
            "content/pages/about.md:1:1: error LPIP0005: the file must start with a front matter block: a line '---', the fields, then another '---'; add '---' as the very first line");
    }

    [Fact]
    public void Empty_file_is_reported()
    {
        using var tree = new ContentTree();
        tree.Write("pages/about.md", "");
        AssertHas(MessagesWithin(tree, TimeSpan.FromSeconds(5)),
            "content/pages/about.md:1:1: error LPIP0004: the file is empty; fill in the required fields, or delete the file");
    }

    [Fact]
    public void Fifty_megabyte_file_is_refused_without_reading_it()
    {
        using var tree = new ContentTree();
        var path = Path.Combine(tree.ContentRoot, "pages/huge.md");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        AssertHas(MessagesWithin(tree, TimeSpan.FromSeconds(5)),
            "content/pages/huge.md:1:1: error LPIP0003: the file is 50 MB; content files may be at most 2 MB; split it up, or put large material in assets/ and link to it");
    }

    [Fact]
    public void Symlink_out_of_the_content_tree_is_refused()
    {
        using var tree = new ContentTree();
        var outside = Path.Combine(tree.Root, "secret.yml");
        File.WriteAllText(outside, "name: Secret\ntype: other\n");
        File.CreateSymbolicLink(Path.Combine(tree.ContentRoot, "organisations/secret.yml"), outside);
        var messages = MessagesWithin(tree, TimeSpan.FromSeconds(5));
        AssertHas(messages, "content/organisations/secret.yml:1:1: error LPIP0007: this is a link to a file outside the content folder, which is not allowed; copy the file into the content folder instead of linking to it");
        Assert.DoesNotContain(messages, m => m.Contains("Secret", StringComparison.Ordinal));
    }

    [Fact]
    public void More_than_one_yaml_document_is_refused()
    {
        using var tree = new ContentTree();
        tree.Write("organisations/test-university.yml", "name: Test University\ntype: university\n---\nname: Other\n");
        AssertHas(MessagesWithin(tree, TimeSpan.FromSeconds(5)),
            "content/organisations/test-university.yml:3:1: error LPIP0010: the file holds more than one YAML document ('---' separates documents); remove the extra '---' line");
    }

    [Fact]
    public void Missing_site_file_is_reported()
    {
        using var tree = new ContentTree();
        tree.Delete("site.yml");
        AssertHas(MessagesWithin(tree, TimeSpan.FromSeconds(5)),
            "content/site.yml:1:1: error LPIP0009: the site settings file is missing; create content/site.yml with title, base_url and description");
    }

    [Fact]
    public void Unquoted_colon_in_a_value_suggests_quotes()
    {
        using var tree = new ContentTree();
        tree.Write("organisations/test-university.yml", "name: Test: University\ntype: university\n");
        AssertHas(MessagesWithin(tree, TimeSpan.FromSeconds(5)),
            "content/organisations/test-university.yml:1:11: error LPIP0010: the YAML is not valid: while scanning a plain scalar value, found invalid mapping; a value that contains ': ' must be put in quotes, like title: \"Leeds: a case study\"");
    }
}
