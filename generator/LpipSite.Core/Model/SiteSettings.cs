namespace LpipSite.Core.Model;

public sealed record SiteSettings
{
    public required string Title { get; init; }

    /// <summary>Absolute, ends with '/'.</summary>
    public required Uri BaseUrl { get; init; }

    public required string Description { get; init; }
    public string Language { get; init; } = "en-GB";
    public string Licence { get; init; } = "CC-BY-4.0";
    public string? OrganisationId { get; init; }
    public IReadOnlyList<MenuItem> Menu { get; init; } = [];
    public DateOnly? AccessibilityReviewed { get; init; }

    /// <summary>Repository web address, for "Suggest a change" links (an extension of the content model).</summary>
    public string? Repository { get; init; }

    public string? ContactEmail { get; init; }

    /// <summary>The absolute URL for a site path such as <c>/case-studies/x/</c>.</summary>
    public string AbsoluteUrl(string sitePath) => new Uri(BaseUrl, sitePath.TrimStart('/')).AbsoluteUri;
}
