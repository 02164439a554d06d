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

    /// <summary>Places as schema.org Place/AdministrativeArea, with the GSS code and centre when known.</summary>
    public static JsonArray Places(SiteSettings settings, IEnumerable<Place> places)
    {
        var array = new JsonArray();
        foreach (var p in places)
        {
            var node = new JsonObject
            {
                ["@type"] = p.Type == "nation" ? "Country" : p.Type is "region" or "county" or "custom-area" ? "Place" : "AdministrativeArea",
                ["@id"] = settings.AbsoluteUrl(p.Url) + "#main",
                ["name"] = p.Name,
                ["url"] = settings.AbsoluteUrl(p.Url),
            };
            if (p.Gss is not null)
            {
                node["identifier"] = p.Gss;
            }

            if (p.Latitude is { } lat && p.Longitude is { } lon)
            {
                node["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = lat, ["longitude"] = lon };
            }

            array.Add(node);
        }

        return array;
    }

    public static JsonObject Organization(Organisation? organisation, string fallbackName)
    {
        var node = new JsonObject { ["@type"] = "Organization", ["name"] = organisation?.Name ?? fallbackName };
        if (organisation?.Website is { } website && Markdown.UrlPolicy.IsExternal(website))
        {
            node["url"] = website;
        }

        if (organisation?.Ror is { Length: > 0 } ror)
        {
            node["identifier"] = ror;
        }

        return node;
    }

    public static JsonArray Organizations(IEnumerable<string> ids, IReadOnlyDictionary<string, Organisation> byId)
    {
        var array = new JsonArray();
        foreach (var id in ids)
        {
            array.Add(Organization(byId.GetValueOrDefault(id), id));
        }

        return array;
    }

    /// <summary>Training sessions as CourseInstance: UK local times, online or on site.</summary>
    public static JsonArray CourseInstances(IEnumerable<EventSession> sessions)
    {
        var array = new JsonArray();
        foreach (var e in sessions)
        {
            var node = new JsonObject
            {
                ["@type"] = "CourseInstance",
                ["courseMode"] = e.Online ? string.IsNullOrWhiteSpace(e.Location) || e.Location.Equals("Online", StringComparison.OrdinalIgnoreCase) ? "online" : "blended" : "onsite",
                ["startDate"] = e.HasTime ? DisplayFormat.IsoDateTime(e.Start) : DisplayFormat.IsoDate(DateOnly.FromDateTime(e.Start)),
            };
            if (e.End is { } end)
            {
                node["endDate"] = e.HasTime ? DisplayFormat.IsoDateTime(end) : DisplayFormat.IsoDate(DateOnly.FromDateTime(end));
            }

            if (!string.IsNullOrWhiteSpace(e.Location) && !e.Location.Equals("Online", StringComparison.OrdinalIgnoreCase))
            {
                node["location"] = new JsonObject { ["@type"] = "Place", ["name"] = e.Location };
            }

            array.Add(node);
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
