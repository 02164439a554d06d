namespace LpipSite.Core.Model;

// The model record lives with its content type and keeps the Model namespace that every stage reads.

public sealed record Organisation : ContentItem
{
    public required string Name { get; init; }
    public required string Type { get; init; }
    public string? Website { get; init; }
    public string? Ror { get; init; }
    public override string DisplayName => Name;
    public override string Summary => Vocabularies.OrganisationTypes.LabelOf(Type);
}
