namespace LpipSite.Core.Model;

// The model record lives with its content type and keeps the Model namespace that every stage reads.

public sealed record Organisation : ContentItem
{
    public required string Name { get; init; }
    public required string Type { get; init; }
    public string? Website { get; init; }
    public string? Ror { get; init; }
    public override string DisplayName => Name;

    /// <summary>Organisations have no page, so no summary; readers see their type's label (from the theme's text table) where a page names it.</summary>
    public override string Summary => string.Empty;
}
