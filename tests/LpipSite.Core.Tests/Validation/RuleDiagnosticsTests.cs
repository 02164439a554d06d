using LpipSite.Core.Tests.Support;

namespace LpipSite.Core.Tests.Validation;

/// <summary>One test per rule, each asserting the exact diagnostic a contributor sees.</summary>
public class RuleDiagnosticsTests
{
    private static void AssertOnly(ContentTree tree, string expected)
    {
        var messages = tree.Messages();
        Assert.True(messages.Count == 1 && messages[0] == expected,
            $"expected only:\n{expected}\nbut got:\n{string.Join("\n", messages)}");
    }

    private static void AssertContains(ContentTree tree, string expected)
    {
        var messages = tree.Messages();
        Assert.True(messages.Contains(expected), $"expected:\n{expected}\namong:\n{string.Join("\n", messages)}");
    }

    [Fact]
    public void Unknown_place_reference_reports_line_and_suggestion()
    {
        using var tree = new ContentTree();
        tree.Edit("case-studies/leeds-panel.md", "places: [leeds]", "places: [E08000O35]");
        AssertOnly(tree, "content/case-studies/leeds-panel.md:6:10: error LPIP0201: unknown place 'E08000O35'; did you mean 'E08000035'?");
    }

    [Fact]
    public void Unknown_field_is_an_error_with_the_nearest_field_suggested()
    {
        using var tree = new ContentTree();
        tree.Edit("case-studies/leeds-panel.md", "evidence_level:", "evidence_levle:");
        var messages = tree.Messages();
        Assert.Contains("content/case-studies/leeds-panel.md:12:1: error LPIP0101: unknown field 'evidence_levle' in a case study; did you mean 'evidence_level'?", messages);
        Assert.Contains(messages, m => m.Contains("LPIP0102: the required field 'evidence_level' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_required_field_names_the_field_and_what_to_write()
    {
        using var tree = new ContentTree();
        tree.Edit("places/leeds.yml", "summary: A city in West Yorkshire.", "");
        AssertOnly(tree, "content/places/leeds.yml:1:1: error LPIP0102: the required field 'summary' is missing from this place; add 'summary:' (text)");
    }

    [Fact]
    public void Wrong_vocabulary_value_suggests_the_nearest_term()
    {
        using var tree = new ContentTree();
        tree.Edit("case-studies/leeds-panel.md", "evidence_level: not-assessed", "evidence_level: nesta-6");
        AssertOnly(tree, "content/case-studies/leeds-panel.md:12:17: error LPIP0104: 'nesta-6' is not a known evidence level; did you mean 'nesta-1'?");
    }

    [Fact]
    public void Impossible_date_is_reported_at_the_value()
    {
        using var tree = new ContentTree();
        tree.Edit("case-studies/leeds-panel.md", "date: 2025-03-31", "date: 2025-02-30");
        AssertOnly(tree, "content/case-studies/leeds-panel.md:4:7: error LPIP0105: 'date' has the value '2025-02-30', which is not a date like 2025-03-31; that day does not exist in the calendar");
    }

    [Fact]
    public void Updated_before_date_is_a_date_order_error()
    {
        using var tree = new ContentTree();
        tree.Edit("case-studies/leeds-panel.md", "date: 2025-03-31", "date: 2025-03-31\nupdated: 2025-01-01");
        AssertOnly(tree, "content/case-studies/leeds-panel.md:5:10: error LPIP0116: 'updated' (2025-01-01) is before 'date' (2025-03-31); 'updated' must be on or after 'date'");
    }

    [Fact]
    public void Partnership_end_before_start_is_a_date_order_error()
    {
        using var tree = new ContentTree();
        tree.Edit("partnerships/test-lpip.yml", "end: 2027-02-12", "end: 2023-02-12");
        AssertOnly(tree, "content/partnerships/test-lpip.yml:10:6: error LPIP0116: 'end' (2023-02-12) is before 'start' (2024-02-13); 'end' must be on or after 'start'");
    }

    [Fact]
    public void Malformed_gss_code_is_rejected()
    {
        using var tree = new ContentTree();
        tree.Edit("places/leeds.yml", "gss: E08000035", "gss: E0800035");
        var messages = tree.Messages();
        Assert.Contains("content/places/leeds.yml:3:6: error LPIP0107: 'gss' has the value 'E0800035', which is not a nine-character GSS code like E08000035; write a nine-character GSS code like E08000035", messages);
    }

    [Fact]
    public void Gss_prefix_must_match_the_place_type()
    {
        using var tree = new ContentTree();
        tree.Edit("places/leeds.yml", "gss: E08000035", "gss: E06000035");
        AssertOnly(tree, "content/places/leeds.yml:3:6: error LPIP0108: the GSS code E06000035 starts with E06, which is not used for a local-authority-district; a local-authority-district has a code starting with E07 or E08 or E09; check the code or the type");
    }

    [Fact]
    public void Gss_code_must_match_the_nation()
    {
        using var tree = new ContentTree();
        tree.Edit("places/leeds.yml", "nation: england", "nation: wales");
        AssertOnly(tree, "content/places/leeds.yml:6:9: error LPIP0108: the place is in 'wales' but its GSS code E08000035 belongs to 'england'; check the nation or the code");
    }

    [Fact]
    public void Custom_area_needs_constituents_but_no_gss()
    {
        using var tree = new ContentTree();
        tree.Write("places/forth.yml", "name: Forth\ntype: custom-area\nnation: scotland\nsummary: A river basin.\n");
        AssertOnly(tree, "content/places/forth.yml:1:1: error LPIP0117: the field 'constituents' is required when type is custom-area; add 'constituents:' (a list)");
    }

    [Fact]
    public void Non_custom_place_needs_a_gss_code()
    {
        using var tree = new ContentTree();
        tree.Edit("places/leeds.yml", "gss: E08000035\n", "");
        AssertOnly(tree, "content/places/leeds.yml:1:1: error LPIP0117: the field 'gss' is required when type is nation or region or combined-authority or county or unitary-authority or local-authority-district or council-area or local-government-district; add 'gss:' (a nine-character GSS code like E08000035)");
    }

    [Fact]
    public void Orcid_with_a_bad_checksum_is_rejected()
    {
        using var tree = new ContentTree();
        tree.Edit("case-studies/leeds-panel.md", "0000-0002-1825-0097", "0000-0002-1825-0098");
        AssertOnly(tree, "content/case-studies/leeds-panel.md:11:12: error LPIP0109: 'orcid' has the value '0000-0002-1825-0098', which is not an ORCID iD like 0000-0002-1825-0097; check each digit: the last character is a checksum of the others");
    }

    [Fact]
    public void Summary_over_300_characters_says_by_how_much()
    {
        using var tree = new ContentTree();
        tree.Edit("places/leeds.yml", "summary: A city in West Yorkshire.", "summary: " + new string('a', 310));
        AssertOnly(tree, "content/places/leeds.yml:7:10: error LPIP0112: 'summary' is 310 characters long; the limit is 300; shorten it by 10 characters");
    }

    [Fact]
    public void Summary_must_be_plain_text()
    {
        using var tree = new ContentTree();
        tree.Edit("places/leeds.yml", "summary: A city in West Yorkshire.", "summary: A **city** in West Yorkshire.");
        AssertOnly(tree, "content/places/leeds.yml:7:10: error LPIP0113: 'summary' must be plain text, but contains '**'; remove Markdown or HTML formatting from this field");
    }

    [Fact]
    public void Ids_differing_only_by_case_are_duplicates()
    {
        using var tree = new ContentTree();
        tree.Write("methods/Community-Panel.md", File.ReadAllText(Path.Combine(tree.ContentRoot, "methods/community-panel.md")));
        var messages = tree.Messages();
        Assert.Contains("content/methods/community-panel.md:1:1: error LPIP0202: the id 'community-panel' is already used by content/methods/Community-Panel.md (ids must differ by more than letter case); rename one of the files", messages);
        Assert.Contains("content/methods/Community-Panel.md:1:1: error LPIP0015: the file name 'Community-Panel' is not a valid id: use lower-case letters, digits and single hyphens; rename the file to 'community-panel.md'", messages);
    }

    [Fact]
    public void Image_path_escaping_content_is_refused()
    {
        using var tree = new ContentTree();
        tree.Edit("case-studies/leeds-panel.md", "evidence_level: not-assessed", "evidence_level: not-assessed\nimage:\n  src: ../../etc/passwd\n  alt: A file");
        AssertOnly(tree, "content/case-studies/leeds-panel.md:14:8: error LPIP0204: the path '../../etc/passwd' points outside the content folder; put the file in content/assets/ and write 'assets/…'");
    }

    [Fact]
    public void Missing_image_file_suggests_a_similar_asset()
    {
        using var tree = new ContentTree();
        tree.WriteBytes("assets/images/panel.png", [1, 2, 3]);
        tree.Edit("case-studies/leeds-panel.md", "evidence_level: not-assessed", "evidence_level: not-assessed\nimage:\n  src: assets/images/panal.png\n  alt: A panel meeting");
        AssertOnly(tree, "content/case-studies/leeds-panel.md:14:8: error LPIP0203: the file 'assets/images/panal.png' does not exist; did you mean 'assets/images/panel.png'?");
    }

    [Fact]
    public void Image_without_alt_text_is_an_error_unless_decorative()
    {
        using var tree = new ContentTree();
        tree.WriteBytes("assets/images/panel.png", [1, 2, 3]);
        tree.Edit("case-studies/leeds-panel.md", "evidence_level: not-assessed", "evidence_level: not-assessed\nimage:\n  src: assets/images/panel.png\n  alt: ''");
        AssertOnly(tree, "content/case-studies/leeds-panel.md:15:8: error LPIP0118: the image has empty alt text; describe what the image shows, or add 'decorative: true' if it shows nothing a reader needs");
        tree.Edit("case-studies/leeds-panel.md", "alt: ''", "alt: ''\n  decorative: true");
        Assert.Empty(tree.Messages());
    }

    [Fact]
    public void Markdown_image_without_alt_is_reported_at_its_line()
    {
        using var tree = new ContentTree();
        tree.WriteBytes("assets/images/panel.png", [1, 2, 3]);
        tree.Edit("case-studies/leeds-panel.md", "Text.", "Text.\n\n![](../assets/images/panel.png)");
        AssertOnly(tree, "content/case-studies/leeds-panel.md:20:1: error LPIP0302: the image has no alt text; describe the image between the brackets: ![what it shows](…)");
    }

    [Fact]
    public void Raw_html_in_markdown_is_a_warning_at_its_line()
    {
        using var tree = new ContentTree();
        tree.Edit("case-studies/leeds-panel.md", "Text.", "Text with <script>alert(1)</script> in it.");
        AssertOnly(tree, "content/case-studies/leeds-panel.md:18:11: warning LPIP0301: raw HTML is not allowed in content and will be shown as plain text; use Markdown instead (for example **bold**, [link text](https://…), ![alt text](assets/…))");
    }

    [Fact]
    public void Method_that_no_case_study_uses_is_a_warning()
    {
        using var tree = new ContentTree();
        tree.Edit("case-studies/leeds-panel.md", "methods: [community-panel]\n", "");
        AssertOnly(tree, "content/methods/community-panel.md:1:1: warning LPIP0206: no case study uses the method 'community-panel'; add it to the 'methods' of the case studies that used it");
    }

    [Fact]
    public void Stale_accessibility_review_is_a_warning()
    {
        using var tree = new ContentTree();
        tree.Edit("site.yml", "accessibility_reviewed: 2026-06-01", "accessibility_reviewed: 2025-06-01");
        AssertOnly(tree, "content/site.yml:5:25: warning LPIP0207: the accessibility statement was last reviewed on 2025-06-01, more than 12 months ago; review the statement and update 'accessibility_reviewed'");
    }

    [Fact]
    public void Parent_cycle_is_reported_once_with_the_loop()
    {
        using var tree = new ContentTree();
        tree.Edit("places/england.yml", "nation: england", "nation: england\nparent: leeds");
        AssertOnly(tree, "content/places/england.yml:5:9: error LPIP0205: the places' parents form a loop: england → leeds → yorkshire-and-the-humber → england; one of these places needs a different parent");
    }

    [Fact]
    public void Region_must_be_a_place_of_type_region()
    {
        using var tree = new ContentTree();
        tree.Edit("places/leeds.yml", "region: yorkshire-and-the-humber", "region: england");
        AssertOnly(tree, "content/places/leeds.yml:5:9: error LPIP0103: 'england' is not a place of type region; use the id of an English region such as yorkshire-and-the-humber");
    }

    [Fact]
    public void Event_news_needs_an_event_block()
    {
        using var tree = new ContentTree();
        tree.Write("news/launch.md", "---\ntitle: Launch\nsummary: A launch.\ndate: 2024-02-27\nkind: event\n---\nBody.\n");
        AssertOnly(tree, "content/news/launch.md:2:1: error LPIP0117: the field 'event' is required when kind is event; add 'event:' (a set of fields (start, end, location, online, booking_url))");
    }

    [Fact]
    public void Podcast_training_needs_a_transcript()
    {
        using var tree = new ContentTree();
        tree.Write("training/placecast.md", "---\ntitle: Placecast\nsummary: A podcast.\nformat: podcast\naudience: [researchers]\nlearning_outcomes: [Listen]\n---\nBody.\n");
        AssertOnly(tree, "content/training/placecast.md:2:1: error LPIP0117: the field 'transcript' is required when format is podcast or video or webinar; add 'transcript:' (a path under assets/ (like assets/images/map.png) or a web address)");
    }

    [Fact]
    public void Single_value_where_a_list_is_needed_shows_the_list_form()
    {
        using var tree = new ContentTree();
        tree.Edit("case-studies/leeds-panel.md", "themes: [skills]", "themes: skills");
        AssertOnly(tree, "content/case-studies/leeds-panel.md:7:9: error LPIP0103: 'themes' must be a list, but is a single value; write it as a list: 'themes: [skills]'");
    }

    [Fact]
    public void Coordinates_outside_the_uk_are_out_of_range()
    {
        using var tree = new ContentTree();
        tree.Edit("places/leeds.yml", "nation: england", "nation: england\nlatitude: 40.7");
        AssertOnly(tree, "content/places/leeds.yml:7:11: error LPIP0115: 'latitude' has the value '40.7', which is not a number between 49.8 and 60.9; write a number between 49.8 and 60.9");
    }

    [Fact]
    public void Invalid_web_address_is_rejected()
    {
        using var tree = new ContentTree();
        tree.Edit("organisations/test-university.yml", "type: university", "type: university\nurl: www.example.ac.uk");
        AssertOnly(tree, "content/organisations/test-university.yml:3:6: error LPIP0110: 'url' has the value 'www.example.ac.uk', which is not a web address starting with https:// or http://; write a web address starting with https:// or http://");
    }

    [Fact]
    public void Unknown_theme_in_a_vocabulary_reference_suggests_the_nearest()
    {
        using var tree = new ContentTree();
        tree.Edit("case-studies/leeds-panel.md", "themes: [skills]", "themes: [skils]");
        AssertOnly(tree, "content/case-studies/leeds-panel.md:7:10: error LPIP0201: unknown theme 'skils'; did you mean 'skills'?");
    }

    [Fact]
    public void All_problems_in_all_files_are_reported_in_one_run()
    {
        using var tree = new ContentTree();
        tree.Edit("places/leeds.yml", "gss: E08000035", "gss: nope");
        tree.Edit("case-studies/leeds-panel.md", "themes: [skills]", "themes: [skils]");
        tree.Edit("partnerships/test-lpip.yml", "phase: phase-2", "phase: phase-9");
        var codes = tree.Validate().Diagnostics.Select(d => (d.Location.Path, d.Code)).ToList();
        Assert.Contains(("content/places/leeds.yml", "LPIP0107"), codes);
        Assert.Contains(("content/case-studies/leeds-panel.md", "LPIP0201"), codes);
        Assert.Contains(("content/partnerships/test-lpip.yml", "LPIP0104"), codes);
    }

    [Fact]
    public void Unexpected_file_is_a_warning_that_names_the_right_folders()
    {
        using var tree = new ContentTree();
        tree.Write("case-studies/notes.txt", "hello");
        AssertOnly(tree, "content/case-studies/notes.txt:1:1: warning LPIP0008: this file is not part of the content model and is ignored; files in case-studies/ must end with .md and sit directly in the folder");
    }

    [Fact]
    public void Page_cannot_take_the_address_of_a_site_section()
    {
        using var tree = new ContentTree();
        tree.Write("pages/search.md", "---\ntitle: Search\nsummary: Search.\n---\nText.\n");
        AssertOnly(tree, "content/pages/search.md:1:1: error LPIP0209: a page cannot be called 'search': /search/ is already a section of the site; rename the file");
    }

    [Fact]
    public void Image_from_another_website_is_refused_in_front_matter()
    {
        using var tree = new ContentTree();
        tree.Edit("case-studies/leeds-panel.md", "evidence_level: not-assessed", "evidence_level: not-assessed\nimage:\n  src: https://example.org/panel.png\n  alt: A panel meeting");
        AssertOnly(tree, "content/case-studies/leeds-panel.md:14:8: error LPIP0124: 'src' points at another website; the site loads nothing from other websites, to protect readers' privacy; save the file (with permission) under content/assets/ and write assets/…");
    }

    [Fact]
    public void Image_from_another_website_is_refused_in_markdown()
    {
        using var tree = new ContentTree();
        tree.Edit("case-studies/leeds-panel.md", "Text.", "Text.\n\n![A panel](https://example.org/panel.png)");
        AssertOnly(tree, "content/case-studies/leeds-panel.md:20:1: error LPIP0124: the image is on another website; the site loads nothing from other websites, to protect readers' privacy; save the image (with permission) under content/assets/ and write ![description](assets/…), or link to it instead");
    }

    [Fact]
    public void Svg_asset_with_script_is_refused_at_the_script()
    {
        using var tree = new ContentTree();
        tree.Write("assets/images/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <rect width=\"4\" height=\"4\"/>\n  <script>alert(1)</script>\n</svg>\n");
        AssertOnly(tree, "content/assets/images/map.svg:3:3: error LPIP0211: the SVG image contains '<script', which could run code on the Hub's site; export the drawing again as a plain SVG (no scripts, links or embedded HTML), or use PNG");
    }

    [Fact]
    public void Svg_asset_with_an_event_handler_is_refused_and_a_plain_drawing_is_accepted()
    {
        using var tree = new ContentTree();
        tree.Write("assets/images/plain.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>A square</title><rect width=\"4\" height=\"4\"/></svg>\n");
        Assert.Empty(tree.Messages());
        tree.Write("assets/images/plain.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"4\" height=\"4\"/></svg>\n");
        Assert.Contains(tree.Messages(), m => m.StartsWith("content/assets/images/plain.svg:1:40: error LPIP0211: the SVG image contains 'onload='", StringComparison.Ordinal));
    }
}

