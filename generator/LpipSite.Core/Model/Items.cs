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

    /// <summary>How the item's text stands in a translated edition of the site; null in the site's first language.</summary>
    public ItemTranslation? Translation { get; init; }

    /// <summary>The visible name of the item (title or name).</summary>
    public abstract string DisplayName { get; }

    public abstract string Summary { get; }
}

/// <summary>Markdown body text, with the 1-based line in its file where the body starts.</summary>
public sealed record MarkdownBody(string Text, int FirstLine)
{
    public static readonly MarkdownBody Empty = new(string.Empty, 1);
}

public sealed record Contact(string? Name, string? Email, string? Url);

public sealed record Theme : ContentItem
{
    public required VocabularyTerm Term { get; init; }
    public override string DisplayName => Term.Label;
    public override string Summary => Term.Description;
}

/// <summary>
/// An item's text in a translated edition: in <see cref="TextLanguage"/> (the edition's language
/// when translated, else the site's first language), whether the translation matches the current
/// source, and whether a speaker of the language has reviewed it.
/// </summary>
public sealed record ItemTranslation(string TextLanguage, bool Translated, bool Current, bool Reviewed);
