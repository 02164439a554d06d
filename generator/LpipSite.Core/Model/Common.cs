namespace LpipSite.Core.Model;

/// <summary>Where an item came from, for "Suggest a change" links and diagnostics.</summary>
public sealed record SourceFile(string RelativePath);

public sealed record Person(string Name, string? Orcid, string? AffiliationId, string? AffiliationText, string? Role)
{
    public Uri? OrcidUrl => Orcid is null ? null : new Uri("https://orcid.org/" + Orcid);
}

/// <summary>An image; <see cref="Src"/> is either a site-relative path under <c>/assets/</c> or an absolute URL.</summary>
public sealed record ImageRef(string Src, string Alt, bool Decorative, string? Credit, string? Licence = null);

public sealed record Link(string Title, string Url);

public sealed record TypedLink(string Title, string Url, string? Type);

public sealed record MenuItem(string Label, string Url);

public sealed record VocabularyTerm(string Id, string Label, string Description);

/// <summary>A dated session: a training event or a news event. Times are UK local times.</summary>
public sealed record EventSession(
    DateTime Start,
    DateTime? End,
    bool HasTime,
    string? Location,
    bool Online,
    string? BookingUrl);

/// <summary>Whether an item is published now, a draft, or scheduled for later.</summary>
public enum PublishState
{
    Published,
    Draft,
    Scheduled,
}

public sealed record Publication(bool Draft, DateOnly? PublishAt)
{
    public static readonly Publication Live = new(false, null);

    public PublishState StateOn(DateOnly today) =>
        Draft ? PublishState.Draft
        : PublishAt is { } at && at > today ? PublishState.Scheduled
        : PublishState.Published;
}
