using LpipSite.Core.Languages;

namespace LpipSite.Core.Tests.Languages;

public class LanguageLinksTests
{
    private static readonly SiteLanguage English = new("en", "en-GB", IsDefault: true);
    private static readonly SiteLanguage Welsh = new("cy", "cy", IsDefault: false);
    private static readonly LanguageLinks Links = new(Welsh, new Uri("https://example.org/"), [English, Welsh]);

    [Theory]
    [InlineData("<a href=\"/about/\">About</a>", "<a href=\"/cy/about/\">About</a>")]
    [InlineData("<a href=\"/\">Home</a>", "<a href=\"/cy/\">Home</a>")]
    [InlineData("<a href=\"/about/#team\">Team</a>", "<a href=\"/cy/about/#team\">Team</a>")]
    [InlineData("<form action=\"/search/\" data-index=\"/search/index.json\">", "<form action=\"/cy/search/\" data-index=\"/cy/search/index.json\">")]
    [InlineData("<link rel=\"canonical\" href=\"https://example.org/about/\">", "<link rel=\"canonical\" href=\"https://example.org/cy/about/\">")]
    [InlineData("<a href='/news/'>News</a>", "<a href='/cy/news/'>News</a>")]
    public void Links_to_pages_and_files_of_the_site_gain_the_prefix(string html, string expected) =>
        Assert.Equal(expected, Links.LocaliseHtml(html));

    [Theory]
    [InlineData("<link rel=\"stylesheet\" href=\"/assets/css/site.1234abcd.css\">")]
    [InlineData("<img src=\"/assets/images/x.jpg\" alt=\"\">")]
    [InlineData("<a href=\"https://other.example/about/\">Elsewhere</a>")]
    [InlineData("<a href=\"//cdn.example/x\">x</a>")]
    [InlineData("<a href=\"/cy/about/\">Already Welsh</a>")]
    [InlineData("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/about/\">")]
    [InlineData("<a href=\"/about/\" hreflang=\"en\" lang=\"en-GB\">English</a>")]
    [InlineData("<a href=\"#main\">Skip</a>")]
    [InlineData("<p>Ask for \"/about/\" in text</p>")]
    [InlineData("<a href=\"mailto:hub@example.org\">Email</a>")]
    [InlineData("<svg><circle cx=\"1\" r=\"6\"/><path d=\"M0 0\"/></svg>")]
    [InlineData("<img src=\"/assets/x.png\" alt=\"\"/>")]
    public void Shared_files_other_sites_and_links_that_name_their_language_are_left_alone(string html) =>
        Assert.Equal(html, Links.LocaliseHtml(html));

    [Fact]
    public void Absolute_addresses_in_text_and_json_ld_are_localised()
    {
        var html = "<p>Cite as https://example.org/case-studies/x/.</p><script type=\"application/ld+json\">{\"url\":\"https://example.org/case-studies/x/\",\"isPartOf\":\"/\"}</script>";
        Assert.Equal(
            "<p>Cite as https://example.org/cy/case-studies/x/.</p><script type=\"application/ld+json\">{\"url\":\"https://example.org/cy/case-studies/x/\",\"isPartOf\":\"/cy/\"}</script>",
            Links.LocaliseHtml(html));
    }

    [Fact]
    public void Text_files_have_their_quoted_and_absolute_site_addresses_localised()
    {
        var feed = "<id>https://example.org/feed.xml</id><link href=\"https://example.org/news/a/\" /><link href=\"https://example.org/assets/x.png\" />";
        Assert.Equal(
            "<id>https://example.org/cy/feed.xml</id><link href=\"https://example.org/cy/news/a/\" /><link href=\"https://example.org/assets/x.png\" />",
            Links.LocaliseText(feed));
    }

    [Fact]
    public void A_lookalike_host_is_not_the_site()
    {
        const string html = "<a href=\"https://example.org.evil.test/about/\">x</a>";
        Assert.Equal(html, Links.LocaliseHtml(html));
    }
}
