using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Templates;
using LpipSite.Core.Rendering.Views;

namespace LpipSite.Core.Rendering.Seo;

/// <summary>
/// schema.org data for search engines, serialised deterministically: properties in the order they
/// are added, no indentation, and every character that could end a script element escaped.
/// </summary>
internal static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    public static HtmlString Serialise(IReadOnlyList<JsonObject> nodes)
    {
        if (nodes.Count == 0)
        {
            return HtmlString.Empty;
        }

        var graph = new JsonArray();
        foreach (var node in nodes)
        {
            graph.Add(node);
        }

        var root = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@graph"] = graph,
        };
        return new HtmlString(root.ToJsonString(Options));
    }

    public static JsonObject BreadcrumbList(IReadOnlyList<BreadcrumbView> crumbs, SiteSettings settings, string currentUrl)
    {
        var items = new JsonArray();
        for (var i = 0; i < crumbs.Count; i++)
        {
            items.Add(new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = crumbs[i].Text,
                ["item"] = settings.AbsoluteUrl(crumbs[i].Url ?? currentUrl),
            });
        }

        return new JsonObject { ["@type"] = "BreadcrumbList", ["itemListElement"] = items };
    }

    public static JsonObject WebSite(SiteSettings settings, string? publisher)
    {
        var site = new JsonObject
        {
            ["@type"] = "WebSite",
            ["@id"] = settings.AbsoluteUrl("/") + "#website",
            ["name"] = settings.Title,
            ["url"] = settings.AbsoluteUrl("/"),
            ["description"] = settings.Description,
            ["inLanguage"] = settings.Language,
            ["potentialAction"] = new JsonObject
            {
                ["@type"] = "SearchAction",
                ["target"] = settings.AbsoluteUrl("/search/") + "?q={search_term_string}",
                ["query-input"] = "required name=search_term_string",
            },
        };
        if (publisher is not null)
        {
            site["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher };
        }

        return site;
    }

    public static JsonObject CreativeWork(
        string type,
        SiteSettings settings,
        string url,
        string headline,
        string description,
        DateOnly? published,
        DateOnly? modified,
        IEnumerable<Person> authors,
        string? licenceUrl,
        string? publisher)
    {
        var node = new JsonObject
        {
            ["@type"] = type,
            ["@id"] = settings.AbsoluteUrl(url) + "#main",
            ["headline"] = headline,
            ["name"] = headline,
            ["description"] = description,
            ["url"] = settings.AbsoluteUrl(url),
            ["inLanguage"] = settings.Language,
        };
        if (published is { } p)
        {
            node["datePublished"] = DisplayFormat.IsoDate(p);
        }

        if ((modified ?? published) is { } m)
        {
            node["dateModified"] = DisplayFormat.IsoDate(m);
        }

        var people = new JsonArray();
        foreach (var author in authors)
        {
            var person = new JsonObject { ["@type"] = "Person", ["name"] = author.Name };
            if (author.OrcidUrl is not null)
            {
                person["sameAs"] = author.OrcidUrl.AbsoluteUri;
            }

            people.Add(person);
        }

        if (people.Count > 0)
        {
            node["author"] = people;
        }

        if (licenceUrl is not null)
        {
            node["license"] = licenceUrl;
        }

        if (publisher is not null)
        {
            node["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher };
        }

        return node;
    }

    public static JsonArray Names(IEnumerable<string> names)
    {
        var array = new JsonArray();
        foreach (var name in names)
        {
            array.Add(name);
        }

        return array;
    }

    public static JsonObject Node(string type, SiteSettings settings, string url, string name, string description) => new()
    {
        ["@type"] = type,
        ["@id"] = settings.AbsoluteUrl(url) + "#main",
        ["name"] = name,
        ["description"] = description,
        ["url"] = settings.AbsoluteUrl(url),
    };
}
