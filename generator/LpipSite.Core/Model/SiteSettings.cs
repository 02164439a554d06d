namespace LpipSite.Core.Model;

public sealed record SiteSettings
{
    public required string Title { get; init; }

    /// <summary>Absolute, ends with '/'.</summary>
    public required Uri BaseUrl { get; init; }

    public required string Description { get; init; }
    /// <summary>The language tag of this edition of the site (<c>en-GB</c>, or <c>cy</c> in the Welsh edition).</summary>
    public string Language { get; init; } = "en-GB";

    /// <summary>Every language the site is published in, the default (the source files' language) first.</summary>
    public IReadOnlyList<Languages.SiteLanguage> Languages { get; init; } = [new("en", "en-GB", IsDefault: true)];

    /// <summary>The language of this edition of the site.</summary>
    public Languages.SiteLanguage Edition => Languages.FirstOrDefault(l => l.Tag == Language) ?? Languages[0];

    /// <summary>True when the site is published in more than one language.</summary>
    public bool IsMultilingual => Languages.Count > 1;
    public string Licence { get; init; } = "CC-BY-4.0";
    public string? OrganisationId { get; init; }
    public IReadOnlyList<MenuItem> Menu { get; init; } = [];
    public DateOnly? AccessibilityReviewed { get; init; }

    /// <summary>Repository web address, for "Suggest a change" links (an extension of the content model).</summary>
    public string? Repository { get; init; }

    public string? ContactEmail { get; init; }

    /// <summary>The preview picture of pages that have no lead photo when they are shared.</summary>
    public ImageRef? Image { get; init; }

    /// <summary>The absolute URL for a site path such as <c>/case-studies/x/</c>.</summary>
    public string AbsoluteUrl(string sitePath) => new Uri(BaseUrl, sitePath.TrimStart('/')).AbsoluteUri;
}
