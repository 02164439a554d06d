namespace LpipSite.Core.Search;

/// <summary>
/// A complete indexing job as the differential tester reads it: ref name, fields with boosts, BM25
/// parameters, metadata whitelist and documents (each with its document boost).
/// </summary>
/// <param name="RefField">The document property holding the ref (lunr's <c>ref()</c>).</param>
/// <param name="Fields">The fields in declaration order.</param>
/// <param name="B">lunr's <c>b</c>, or null for the default.</param>
/// <param name="K1">lunr's <c>k1</c>, or null for the default.</param>
/// <param name="MetadataWhitelist">Token metadata to keep in postings.</param>
/// <param name="Documents">Documents in add order.</param>
public sealed record LunrInput(
    string RefField,
    IReadOnlyList<LunrField> Fields,
    double? B,
    double? K1,
    IReadOnlyList<string> MetadataWhitelist,
    IReadOnlyList<LunrDocument> Documents)
{
    /// <summary>Builds the index exactly as the tester's reference build does.</summary>
    public LunrIndex BuildIndex() => BuildIndex(SearchLanguage.English);

    /// <summary>Builds the index with a language's pipeline (English: lunr.js's own; Welsh: lunr-cy.js's).</summary>
    public LunrIndex BuildIndex(SearchLanguage language)
    {
        var builder = new LunrIndexBuilder(language);
        foreach (LunrField field in Fields) builder.AddField(field.Name, field.Boost);
        if (B is { } b) builder.B = b;
        if (K1 is { } k1) builder.K1 = k1;
        builder.MetadataWhitelist = MetadataWhitelist;
        foreach (LunrDocument document in Documents) builder.Add(document);
        return builder.Build();
    }
}

/// <summary>
/// Invalid indexing input, with a one-line message that names the source and, where known, the line and
/// column (1-based). The CLI prints the message, never a stack trace.
/// </summary>
public sealed class LunrInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LunrInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public LunrInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception (for serialisers and analyzers).</summary>
    public LunrInputException()
    {
    }
}
