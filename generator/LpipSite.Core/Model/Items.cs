namespace LpipSite.Core.Model;

/// <summary>Everything that has its own page. Ids are unique per type; URLs end with '/'.</summary>
public abstract record ContentItem
{
    public required string Id { get; init; }
    public required string Url { get; init; }
    public required SourceFile Source { get; init; }
    public required Publication Publication { get; init; }

    /// <summary>Old site paths (<c>aliases:</c>) that redirect to <see cref="Url"/>.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The visible name of the item (title or name).</summary>
    public abstract string DisplayName { get; }

    public abstract string Summary { get; }
}

/// <summary>Markdown body text, with the 1-based line in its file where the body starts.</summary>
public sealed record MarkdownBody(string Text, int FirstLine)
{
    public static readonly MarkdownBody Empty = new(string.Empty, 1);
}

public sealed record Organisation : ContentItem
{
    public required string Name { get; init; }
    public required string Type { get; init; }
    public string? Website { get; init; }
    public string? Ror { get; init; }
    public override string DisplayName => Name;
    public override string Summary => Vocabularies.OrganisationTypes.LabelOf(Type);
}

public sealed record PartnerRole(string OrganisationId, string? Role);

public sealed record Grant(string Reference, string? Url);

public sealed record Contact(string? Name, string? Email, string? Url);

public sealed record Partnership : ContentItem
{
    public required string Name { get; init; }
    public string? ShortName { get; init; }
    public required string SummaryText { get; init; }
    public required string Nation { get; init; }
    public required string Phase { get; init; }
    public required string Status { get; init; }
    public required string LeadOrganisationId { get; init; }
    public required IReadOnlyList<PartnerRole> Partners { get; init; }
    public required IReadOnlyList<string> PlaceIds { get; init; }
    public required IReadOnlyList<string> ThemeIds { get; init; }
    public required IReadOnlyList<string> LocalThemes { get; init; }
    public required IReadOnlyList<string> FunderIds { get; init; }
    public required IReadOnlyList<Grant> Grants { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    public string? Website { get; init; }
    public Contact? Contact { get; init; }
    public ImageRef? Logo { get; init; }
    public override string DisplayName => Name;
    public override string Summary => SummaryText;
}

public sealed record AltName(string Name, string Lang);

public sealed record IndicatorSource(string Publisher, string? Dataset, string? Url, string? Licence);

public sealed record Indicator(string Label, string Value, string? Unit, string? Period, string? Comparator, IndicatorSource Source);

public sealed record Place : ContentItem
{
    public required string Name { get; init; }
    public required IReadOnlyList<AltName> AltNames { get; init; }
    public required string Type { get; init; }
    public string? Gss { get; init; }
    public required IReadOnlyList<string> ConstituentIds { get; init; }
    public string? ParentId { get; init; }
    public required string Nation { get; init; }
    public string? RegionId { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public required string SummaryText { get; init; }
    public required IReadOnlyList<Indicator> Indicators { get; init; }
    public DateOnly? LastReviewed { get; init; }
    public override string DisplayName => Name;
    public override string Summary => SummaryText;
}

public sealed record Outcome(string Description, string Type);

public sealed record Transferability(string Conditions, string? Adaptations, string? Assessment, IReadOnlyList<string> TriedInPlaceIds);

public sealed record CaseStudy : ContentItem
{
    public required string Title { get; init; }
    public required string SummaryText { get; init; }
    public required DateOnly Date { get; init; }
    public DateOnly? Updated { get; init; }
    public required string PartnershipId { get; init; }
    public required IReadOnlyList<string> PlaceIds { get; init; }
    public required IReadOnlyList<string> ThemeIds { get; init; }
    public required IReadOnlyList<string> TopicIds { get; init; }
    public required IReadOnlyList<string> MethodIds { get; init; }
    public required IReadOnlyList<string> PartnerIds { get; init; }
    public required IReadOnlyList<Person> Authors { get; init; }
    public required string EvidenceLevel { get; init; }
    public required IReadOnlyList<Outcome> Outcomes { get; init; }
    public required Transferability Transferability { get; init; }
    public string? Status { get; init; }
    public string? Doi { get; init; }
    public required IReadOnlyList<TypedLink> Outputs { get; init; }
    public required string Licence { get; init; }
    public ImageRef? Image { get; init; }
    public required MarkdownBody Body { get; init; }
    public override string DisplayName => Title;
    public override string Summary => SummaryText;
}

public sealed record MethodResources(string? Time, string? Cost, string? Skills);

public sealed record Method : ContentItem
{
    public required string Title { get; init; }
    public required string SummaryText { get; init; }
    public required string Family { get; init; }
    public required IReadOnlyList<string> Stages { get; init; }
    public required string WhenToUse { get; init; }
    public string? WhenNotToUse { get; init; }
    public MethodResources? Resources { get; init; }
    public required IReadOnlyList<Link> FurtherReading { get; init; }
    public required MarkdownBody Body { get; init; }
    public override string DisplayName => Title;
    public override string Summary => SummaryText;
}

public sealed record TrainingFile(string Title, string Src, string? Format, long? SizeBytes);

public sealed record TrainingResource : ContentItem
{
    public required string Title { get; init; }
    public required string SummaryText { get; init; }
    public required string Format { get; init; }
    public required IReadOnlyList<string> Audience { get; init; }
    public string? Level { get; init; }
    public required IReadOnlyList<string> LearningOutcomes { get; init; }
    public string? Duration { get; init; }
    public required IReadOnlyList<string> ThemeIds { get; init; }
    public required IReadOnlyList<string> MethodIds { get; init; }
    public required IReadOnlyList<EventSession> Events { get; init; }
    public required IReadOnlyList<TrainingFile> Files { get; init; }
    public string? Transcript { get; init; }
    public required MarkdownBody Body { get; init; }
    public override string DisplayName => Title;
    public override string Summary => SummaryText;
}

public sealed record NewsItem : ContentItem
{
    public required string Title { get; init; }
    public required string SummaryText { get; init; }
    public required DateOnly Date { get; init; }
    public required string Kind { get; init; }
    public required IReadOnlyList<Person> Authors { get; init; }
    public required IReadOnlyList<string> PartnershipIds { get; init; }
    public required IReadOnlyList<string> PlaceIds { get; init; }
    public required IReadOnlyList<string> ThemeIds { get; init; }
    public EventSession? Event { get; init; }
    public DateOnly? Deadline { get; init; }
    public ImageRef? Image { get; init; }
    public required MarkdownBody Body { get; init; }
    public override string DisplayName => Title;
    public override string Summary => SummaryText;
}

public sealed record Page : ContentItem
{
    public required string Title { get; init; }
    public required string SummaryText { get; init; }
    public DateOnly? Updated { get; init; }
    public required MarkdownBody Body { get; init; }
    public override string DisplayName => Title;
    public override string Summary => SummaryText;
}

public sealed record Theme : ContentItem
{
    public required VocabularyTerm Term { get; init; }
    public override string DisplayName => Term.Label;
    public override string Summary => Term.Description;
}
