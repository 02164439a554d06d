using LpipSite.Core.ContentTypes;
using System.Text;
using System.Xml;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Templates;

namespace LpipSite.Core.Outputs;

/// <summary>A page for the sitemap: its site path and when it last changed, if known.</summary>
/// <summary>A page for the sitemap, with its address in each language (none for a site in one language).</summary>
internal sealed record SitemapEntry(string Url, DateOnly? LastModified, IReadOnlyList<Rendering.Views.AlternateView> Alternates);

/// <summary>sitemap.xml, robots.txt and the Atom feed: written with fixed settings so output never varies.</summary>
internal static class SiteFiles
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    public const int FeedSize = 20;

    private static XmlWriterSettings XmlSettings => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public static byte[] Sitemap(SiteSettings settings, IEnumerable<SitemapEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlSettings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNs);
            if (entries.Any(e => e.Alternates.Count > 0))
            {
                xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            }

            foreach (var entry in entries.OrderBy(e => e.Url, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", SitemapNs);
                xml.WriteElementString("loc", SitemapNs, settings.AbsoluteUrl(entry.Url));
                if (entry.LastModified is { } lastModified)
                {
                    xml.WriteElementString("lastmod", SitemapNs, DisplayFormat.IsoDate(lastModified));
                }

                foreach (var alternate in entry.Alternates)
                {
                    xml.WriteStartElement("xhtml", "link", XhtmlNs);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", alternate.Hreflang);
                    xml.WriteAttributeString("href", alternate.Url);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    public static string Robots(SiteSettings settings, bool preview) =>
        preview
            ? "# A preview build with unpublished pages: not for indexing.\nUser-agent: *\nDisallow: /\n"
            : $"User-agent: *\nAllow: /\n\nSitemap: {settings.AbsoluteUrl("/sitemap.xml")}\n";

    /// <summary>
    /// The newest published case studies and news, newest first. Entry ids are the pages' absolute
    /// URLs (stable as long as the base URL is); the feed's updated time is the newest entry's date,
    /// never the clock.
    /// </summary>
    public static byte[] Feed(SiteModel model, string? publisher, Rendering.Text.Localiser text)
    {
        var settings = model.Settings;
        var entries = ContentTypeRegistry.All.SelectMany(t => t.FeedEntries(model, text))
            .OrderByDescending(e => e.Updated).ThenByDescending(e => e.Published).ThenBy(e => e.Url, StringComparer.Ordinal)
            .Take(FeedSize)
            .ToList();
        var updated = entries.Count > 0 ? entries.Max(e => e.Updated) : model.Today;

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlSettings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNs);
            xml.WriteAttributeString("xml", "lang", null, settings.Language);
            xml.WriteElementString("title", AtomNs, settings.Title);
            xml.WriteElementString("subtitle", AtomNs, settings.Description);
            xml.WriteElementString("id", AtomNs, settings.AbsoluteUrl("/feed.xml"));
            Link(xml, settings.AbsoluteUrl("/feed.xml"), "self", "application/atom+xml");
            Link(xml, settings.AbsoluteUrl("/"), "alternate", "text/html");
            xml.WriteElementString("updated", AtomNs, Timestamp(updated));
            xml.WriteStartElement("author", AtomNs);
            xml.WriteElementString("name", AtomNs, publisher ?? settings.Title);
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", AtomNs);
                xml.WriteElementString("title", AtomNs, entry.Title);
                xml.WriteElementString("id", AtomNs, settings.AbsoluteUrl(entry.Url));
                Link(xml, settings.AbsoluteUrl(entry.Url), "alternate", "text/html");
                xml.WriteElementString("published", AtomNs, Timestamp(entry.Published));
                xml.WriteElementString("updated", AtomNs, Timestamp(entry.Updated));
                foreach (var author in entry.Authors)
                {
                    xml.WriteStartElement("author", AtomNs);
                    xml.WriteElementString("name", AtomNs, author);
                    xml.WriteEndElement();
                }

                xml.WriteStartElement("category", AtomNs);
                xml.WriteAttributeString("term", entry.Category);
                xml.WriteEndElement();
                xml.WriteStartElement("summary", AtomNs);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(entry.Summary);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static string Timestamp(DateOnly date) => DisplayFormat.IsoDate(date) + "T00:00:00Z";

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", AtomNs);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}

/// <summary>One entry of the Atom feed, as a content type gives it.</summary>
internal sealed record FeedEntry(string Title, string Url, string Summary, DateOnly Published, DateOnly Updated, string Category, IReadOnlyList<string> Authors);
