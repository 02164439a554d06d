using LpipSite.Core.Tests.Support;

namespace LpipSite.Core.Tests.Checking;

/// <summary>Each check that <c>lpip check</c> adds for Markdown, with the exact diagnostic it gives.</summary>
public class MarkdownChecksTests
{
    private const string Path = CheckTree.CaseStudyPath;

    private static void AssertOnly(IReadOnlyList<string> messages, params string[] expected) =>
        Assert.True(expected.SequenceEqual(messages), $"expected:\n{string.Join("\n", expected)}\ngot:\n{string.Join("\n", messages)}");

    [Fact]
    public void Valid_tree_has_no_problems()
    {
        using var tree = new ContentTree();
        var result = tree.Check();
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Level_one_heading_is_reported_at_its_line()
    {
        using var tree = new ContentTree().WithCaseStudyBody("## Challenge\n\nText.\n\n# Outcomes\n\nText.\n");
        AssertOnly(tree.CheckMessages(),
            $"{Path}:20:1: error LPIP0303: a level 1 heading ('# ') is used; the page title is the only level 1 heading; start section headings at level 2: '## '");
    }

    [Fact]
    public void Underlined_level_one_heading_is_reported_too()
    {
        using var tree = new ContentTree().WithCaseStudyBody("Outcomes\n========\n\nText.\n");
        AssertOnly(tree.CheckMessages(),
            $"{Path}:16:1: error LPIP0303: a level 1 heading ('# ') is used; the page title is the only level 1 heading; start section headings at level 2: '## '");
    }

    [Fact]
    public void Heading_that_skips_a_level_names_the_level_to_use()
    {
        using var tree = new ContentTree().WithCaseStudyBody("## Challenge\n\n#### Detail\n\nText.\n");
        AssertOnly(tree.CheckMessages(),
            $"{Path}:18:1: error LPIP0304: a level 4 heading ('#### ') follows a level 2 heading; headings may not skip a level; use '### ' here");
    }

    [Fact]
    public void First_heading_below_level_two_skips_from_the_page_title()
    {
        using var tree = new ContentTree().WithCaseStudyBody("### Challenge\n\nText.\n");
        AssertOnly(tree.CheckMessages(),
            $"{Path}:16:1: error LPIP0304: a level 3 heading ('### ') follows a level 1 heading (the page title); headings may not skip a level; use '## ' here");
    }

    [Fact]
    public void Headings_that_go_back_up_several_levels_are_fine()
    {
        using var tree = new ContentTree().WithCaseStudyBody("## A\n\n### B\n\n#### C\n\n## D\n\n### E\n");
        Assert.Empty(tree.CheckMessages());
    }

    [Theory]
    [InlineData("click here")]
    [InlineData("Click Here.")]
    [InlineData("here")]
    [InlineData("READ MORE")]
    [InlineData("read more…")]
    [InlineData("link")]
    public void Link_text_that_does_not_say_where_it_goes_is_reported(string text)
    {
        using var tree = new ContentTree().WithCaseStudyBody($"## Challenge\n\nSee [{text}](https://example.org/report).\n");
        AssertOnly(tree.CheckMessages(),
            $"{Path}:18:5: error LPIP0305: the link text '{text}' does not say where the link goes; use words that make sense on their own, such as the title of the page: [Annual report 2025](…)");
    }

    [Fact]
    public void Link_without_text_is_reported()
    {
        using var tree = new ContentTree().WithCaseStudyBody("## Challenge\n\nSee [](https://example.org/report).\n");
        AssertOnly(tree.CheckMessages(),
            $"{Path}:18:5: error LPIP0305: the link has no text, so screen readers cannot say where it goes; write the name of what it links to between the brackets: [Annual report 2025](…)");
    }

    [Fact]
    public void Descriptive_link_text_and_image_links_pass()
    {
        using var tree = new ContentTree().WithCaseStudyBody(
            "## Challenge\n\nSee [the here and now report](https://example.org/report) and [more about Leeds](/places/leeds/).\n");
        Assert.Empty(tree.CheckMessages());
    }

    [Fact]
    public void Link_to_a_page_that_does_not_exist_suggests_the_nearest_page()
    {
        using var tree = new ContentTree().WithCaseStudyBody("## Challenge\n\nSee [Leeds](/places/leds/).\n");
        AssertOnly(tree.CheckMessages(),
            $"{Path}:18:5: error LPIP0401: the link '/places/leds/' goes to a page that does not exist; did you mean '/places/leeds/'?");
    }

    [Fact]
    public void Relative_link_is_resolved_from_the_page_address()
    {
        using var tree = new ContentTree().WithCaseStudyBody("## Challenge\n\nSee [Leeds](../places/leeds/).\n");
        AssertOnly(tree.CheckMessages(),
            $"{Path}:18:5: error LPIP0401: the link '../places/leeds/' goes to /case-studies/places/leeds/, a page that does not exist; links that start with '/' work from every page: write '/places/leeds/'");
    }

    [Fact]
    public void Link_to_a_content_file_suggests_the_page_address()
    {
        using var tree = new ContentTree().WithCaseStudyBody("## Challenge\n\nSee [Leeds](../places/leeds.yml).\n");
        AssertOnly(tree.CheckMessages(),
            $"{Path}:18:5: error LPIP0401: the link '../places/leeds.yml' goes to the content file, which is not part of the published site; link to its page instead: '/places/leeds/'");
    }

    [Fact]
    public void Anchor_on_the_same_page_must_be_a_heading_id()
    {
        using var tree = new ContentTree().WithCaseStudyBody("## Challenge\n\nSee [the challenge](#challenge) and [the outcome](#challenges).\n");
        AssertOnly(tree.CheckMessages(),
            $"{Path}:18:37: error LPIP0402: the link '#challenges' goes to '#challenges', but this page has no heading or section with that id; did you mean '#challenge'?");
    }

    [Fact]
    public void Anchor_on_another_page_must_exist_there()
    {
        using var tree = new ContentTree().WithCaseStudyBody("## Challenge\n\nSee [how to](/methods/community-panel/#how-to-run-on).\n");
        tree.Write("methods/community-panel.md", "---\ntitle: Community panel\nsummary: Residents advise on research.\nfamily: engagement\nwhen_to_use: When residents should shape the work.\n---\n## How to run one\n\nText.\n");
        AssertOnly(tree.CheckMessages(),
            $"{Path}:18:5: error LPIP0402: the link '/methods/community-panel/#how-to-run-on' goes to '#how-to-run-on' on /methods/community-panel/, but that page has no heading or section with that id; did you mean '#how-to-run-one'?");
    }

    [Theory]
    [InlineData("www.gov.uk/guidance", "the web address does not start with https://, so it would be read as a page of this site; did you mean 'https://www.gov.uk/guidance'?")]
    [InlineData("example.org", "the web address does not start with https://, so it would be read as a page of this site; did you mean 'https://example.org'?")]
    [InlineData("https//example.org/a", "the address is missing part of 'https://'; did you mean 'https://example.org/a'?")]
    [InlineData("http:/example.org", "the address is missing part of 'https://'; did you mean 'https://example.org'?")]
    [InlineData("htps://example.org", "'htps:' is a misspelling of 'https:'; did you mean 'https://example.org'?")]
    [InlineData("https://example", "'example' is not a valid web site name; check the address")]
    [InlineData("<https://exa mple.org/>", "the web address contains a space or an invisible character; check the address")]
    [InlineData("mailto:someone", "'someone' is not an email address; check the address")]
    [InlineData("tel:call-us", "'call-us' is not a telephone number; check the address")]
    [InlineData("//example.org/x", "the address has no scheme; did you mean 'https://example.org/x'?")]
    public void Malformed_web_addresses_are_reported(string url, string problem)
    {
        using var tree = new ContentTree().WithCaseStudyBody($"## Challenge\n\nSee [the report]({url}).\n");
        var shown = url.Trim('<', '>');
        AssertOnly(tree.CheckMessages(), $"{Path}:18:5: error LPIP0404: the address '{shown}' cannot work: {problem}");
    }

    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("JaVaScRiPt:alert(1)", "javascript")]
    [InlineData("&#x6A;avascript&#x3A;alert(1)", "javascript")]
    [InlineData("java&#x09;script:alert(1)", "javascript")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", "data")]
    [InlineData("vbscript:msgbox", "vbscript")]
    [InlineData("file:///etc/passwd", "file")]
    public void Unsafe_link_schemes_are_errors(string url, string scheme)
    {
        using var tree = new ContentTree().WithCaseStudyBody($"## Challenge\n\nSee [the report]({url}).\n");
        AssertOnly(tree.CheckMessages().Where(m => !m.Contains("LPIP9006", StringComparison.Ordinal)).ToList(),
            $"{Path}:18:5: error LPIP0405: links may only use https:, http:, mailto: and tel: addresses, not '{scheme}:'; the link is removed from the page; link to a web page (https://…) or a file under assets/");
    }

    [Fact]
    public void Unsafe_image_source_is_an_error()
    {
        using var tree = new ContentTree().WithCaseStudyBody("## Challenge\n\n![A chart](data:image/svg+xml;base64,PHN2Zz4=)\n");
        Assert.Contains($"{Path}:18:1: error LPIP0405: links may only use https:, http:, mailto: and tel: addresses, not 'data:'; the link is removed from the page; link to a web page (https://…) or a file under assets/",
            tree.CheckMessages());
    }

    [Fact]
    public void Unsafe_autolink_is_an_error()
    {
        using var tree = new ContentTree().WithCaseStudyBody("## Challenge\n\nSee <javascript:alert(1)>.\n");
        Assert.Contains(tree.CheckMessages(), m => m.StartsWith($"{Path}:18:5: error LPIP0405:", StringComparison.Ordinal));
    }

    [Fact]
    public void Well_formed_links_pass()
    {
        using var tree = new ContentTree().WithCaseStudyBody("""
            ## Challenge

            [Leeds](/places/leeds/), [Leeds without a slash](/places/leeds), [the challenge](#challenge),
            [the panel method](/methods/community-panel/), [a report](https://example.org/a?b=c#d),
            [email us](mailto:hub@example.org?subject=Hello), [phone us](tel:+441130000000),
            <https://example.org/auto>, https://www.example.org/bare.
            """);
        Assert.Empty(tree.CheckMessages());
    }

    [Fact]
    public void Link_from_a_published_page_to_a_draft_is_a_warning()
    {
        using var tree = new ContentTree().WithCaseStudyBody("## Challenge\n\nSee [the draft news](/news/coming-soon/).\n");
        tree.Write("news/coming-soon.md", "---\ntitle: Coming soon\nsummary: Not yet.\ndate: 2026-01-01\nkind: news\ndraft: true\n---\nText.\n");
        var result = tree.Check();
        AssertOnly(result.Diagnostics.Select(d => d.Format()).ToList(),
            $"{Path}:18:5: warning LPIP0406: the link '/news/coming-soon/' goes to a page that is a draft or not yet due; the link will not work until that page is published; publish that page first, or remove the link for now");
        Assert.Equal(0, result.Errors);
    }

    [Fact]
    public void Link_between_drafts_is_fine()
    {
        using var tree = new ContentTree().WithCaseStudyBody("## Challenge\n\nSee [the draft news](/news/coming-soon/).\n");
        tree.Edit("case-studies/leeds-panel.md", "evidence_level: not-assessed", "evidence_level: not-assessed\ndraft: true");
        tree.Write("news/coming-soon.md", "---\ntitle: Coming soon\nsummary: Not yet.\ndate: 2026-01-01\nkind: news\ndraft: true\n---\nText.\n");
        Assert.Empty(tree.CheckMessages());
    }

    [Fact]
    public void Menu_link_to_a_missing_page_is_reported_in_site_settings()
    {
        using var tree = new ContentTree();
        tree.Edit("site.yml", "accessibility_reviewed: 2026-06-01", "accessibility_reviewed: 2026-06-01\nmenu:\n  - label: Places\n    url: /places/leds/");
        Assert.Contains("content/site.yml:8:10: error LPIP0401: the menu link '/places/leds/' goes to a page that does not exist; did you mean '/places/leeds/'?", tree.CheckMessages());
    }
}
