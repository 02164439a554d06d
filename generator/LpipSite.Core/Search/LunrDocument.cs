namespace LpipSite.Core.Search;

/// <summary>
/// One document to index: its ref (the key search results return), its field values by field name
/// (a missing field indexes like null), and an optional document boost.
/// </summary>
/// <param name="Ref">The document key, already a string (as JS would make it).</param>
/// <param name="Fields">Field values by field name.</param>
/// <param name="Boost">Multiplies every score of the document; 0 and NaN count as 1, as in lunr.</param>
public sealed record LunrDocument(string Ref, IReadOnlyDictionary<string, LunrValue> Fields, double Boost = 1);
