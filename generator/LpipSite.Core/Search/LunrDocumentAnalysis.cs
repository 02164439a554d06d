namespace LpipSite.Core.Search;

/// <summary>
/// What <see cref="LunrIndexBuilder.Add"/> computes for one document that does not depend on the other
/// documents: per field, its length (tokens kept by the pipeline) and its distinct terms with their
/// counts, in order of first occurrence. That order lets a replay number new terms exactly as a fresh
/// analysis would.
/// </summary>
internal sealed class LunrDocumentAnalysis(int[] fieldLength, int[] fieldTermStart, string[] terms, int[] counts)
{
    /// <summary>Per field: the number of tokens the pipeline kept.</summary>
    public int[] FieldLength { get; } = fieldLength;

    /// <summary>Per field f: its terms are <c>Terms[FieldTermStart[f]..FieldTermStart[f + 1]]</c>.</summary>
    public int[] FieldTermStart { get; } = fieldTermStart;

    public string[] Terms { get; } = terms;

    public int[] Counts { get; } = counts;
}

/// <summary>
/// The language, the field names and the text each field tokenizes from (null for null or missing). Exact:
/// any change in the language, a name or a value makes a different key, so one cache never hands a Welsh
/// analysis to an English build. The ref is left out: analysis does not use it.
/// </summary>
internal sealed class LunrDocumentKey(SearchLanguage language, string[] fieldNames, string?[] values) : IEquatable<LunrDocumentKey>
{
    private readonly SearchLanguage _language = language;
    private readonly string[] _fieldNames = fieldNames;
    private readonly string?[] _values = values;
    private readonly int _hash = HashOf(language, fieldNames, values);

    public bool Equals(LunrDocumentKey? other)
    {
        if (other is null || other._hash != _hash || other._language != _language || other._values.Length != _values.Length) return false;
        for (int i = 0; i < _values.Length; i++)
        {
            if (!string.Equals(_fieldNames[i], other._fieldNames[i], StringComparison.Ordinal)
                || !string.Equals(_values[i], other._values[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as LunrDocumentKey);

    public override int GetHashCode() => _hash;

    private static int HashOf(SearchLanguage language, string[] names, string?[] values)
    {
        var hash = default(HashCode);
        hash.Add(language.Code, StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            hash.Add(names[i], StringComparer.Ordinal);
            hash.Add(values[i] is null);
            hash.Add(values[i] ?? string.Empty, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
