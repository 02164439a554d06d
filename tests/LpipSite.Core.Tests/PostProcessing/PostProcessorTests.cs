using LpipSite.Core.PostProcessing;

namespace LpipSite.Core.Tests.PostProcessing;

public class PostProcessorTests
{
    private const string Page =
        "<!DOCTYPE html><html lang=\"en-GB\"><head><title>t</title></head><body>" +
        "<nav><a href=\"https://example.org/nav\">Partner</a></nav><main><h1 id=\"t\">T</h1>" +
        "<div class=\"prose\"><h2 id=\"a\">A</h2><p><a href=\"https://example.org/x\">x</a> <a href=\"/places/\">p</a></p><h3 id=\"b\">B</h3><h4 id=\"c\">C</h4></div>" +
        "</main></body></html>\n";

    private static PostProcessPage Info(int headings = 0, bool external = false) =>
        new() { Url = "/x/", Layout = "page", BodyHeadingCount = headings, HasExternalLinks = external };

    [Fact]
    public void Page_with_nothing_to_do_is_returned_untouched_without_parsing()
    {
        var processor = PostProcessor.CreateDefault(collectLinks: false);

        Assert.Same(Page, processor.Process(Page, Info()));
        Assert.False(processor.AppliesTo(Info()));
    }

    [Fact]
    public void Headings_in_contributor_content_get_a_self_link_hidden_from_assistive_technology()
    {
        var html = PostProcessor.CreateDefault(false).Process(Page, Info(headings: 3));

        Assert.Contains("<h2 id=\"a\">A <a class=\"heading-anchor\" href=\"#a\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>", html);
        Assert.Contains("<h3 id=\"b\">B <a class=\"heading-anchor\" href=\"#b\"", html);
        Assert.Contains("<h4 id=\"c\">C</h4>", html);
        Assert.Contains("<h1 id=\"t\">T</h1>", html);
        Assert.EndsWith("</html>\n", html);
    }

    [Fact]
    public void External_links_in_contributor_content_are_marked_and_others_left_alone()
    {
        var html = PostProcessor.CreateDefault(false).Process(Page, Info(external: true));

        Assert.Contains("<a href=\"https://example.org/x\" rel=\"external noopener noreferrer\">x</a>", html);
        Assert.Contains("<a href=\"/places/\">p</a>", html);
        Assert.Contains("<a href=\"https://example.org/nav\">Partner</a>", html);
    }

    [Fact]
    public void Link_collector_lists_every_link_in_document_order()
    {
        var info = Info();
        PostProcessor.CreateDefault(collectLinks: true).Process(Page, info);

        Assert.Equal(["https://example.org/nav", "https://example.org/x", "/places/"], info.Links);
    }

    [Fact]
    public void Transforms_run_in_the_given_order_on_one_document()
    {
        var order = new List<string>();
        var processor = new PostProcessor([new Recording("first", order), new Recording("second", order)]);

        processor.Process(Page, Info());

        Assert.Equal(["first:1", "second:1"], order);
    }

    private sealed class Recording(string name, List<string> log) : IPageTransform
    {
        public string Name => name;

        public bool AppliesTo(PostProcessPage page) => true;

        public void Apply(AngleSharp.Dom.IDocument document, PostProcessPage page)
        {
            // Both transforms see the same document: the marker the first one leaves is there for the second.
            var marks = document.Body!.GetAttribute("data-marks") ?? string.Empty;
            document.Body.SetAttribute("data-marks", marks + "x");
            log.Add($"{name}:{document.QuerySelectorAll("h1").Length}");
            if (name == "second")
            {
                Assert.Equal("xx", document.Body.GetAttribute("data-marks"));
            }
        }
    }
}
