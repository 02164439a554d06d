namespace LpipSite.Core.Rendering.Views;

/// <summary>What every page shows of the site: name, navigation targets and the footer.</summary>
public sealed record SiteView
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string BaseUrl { get; init; }
    public required string Lang { get; init; }

    /// <summary>Open Graph locale, e.g. en_GB.</summary>
    public required string OgLocale { get; init; }

    /// <summary>The Open Graph locales of the site's other languages (og:locale:alternate).</summary>
    public IReadOnlyList<string> OgLocaleAlternates { get; init; } = [];

    /// <summary>The theme table's notice that its own text in this language is not yet reviewed; empty when it has been.</summary>
    public string InterfaceNotice { get; init; } = string.Empty;

    public required string SearchUrl { get; init; }
    public required LinkView Licence { get; init; }

    /// <summary>Footer links: accessibility statement, contribute, cookies, privacy, contact.</summary>
    public required IReadOnlyList<LinkView> FooterLinks { get; init; }

    public required IReadOnlyList<ItemView> Funders { get; init; }

    public string? Publisher { get; init; }

    public string? FeedUrl { get; init; }
}
