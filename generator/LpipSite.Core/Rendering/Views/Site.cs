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

    public required string SearchUrl { get; init; }
    public required LinkView Licence { get; init; }

    /// <summary>Footer links: accessibility statement, contribute, cookies, privacy, contact.</summary>
    public required IReadOnlyList<LinkView> FooterLinks { get; init; }

    public required IReadOnlyList<ItemView> Funders { get; init; }

    public string? Publisher { get; init; }

    public string? FeedUrl { get; init; }
}
