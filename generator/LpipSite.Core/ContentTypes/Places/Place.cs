namespace LpipSite.Core.Model;

// The model record lives with its content type and keeps the Model namespace that every stage reads.

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
