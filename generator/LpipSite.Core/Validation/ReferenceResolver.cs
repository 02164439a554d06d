using LpipSite.Core.Diagnostics;
using LpipSite.Core.Validation.Schema;

namespace LpipSite.Core.Validation;

/// <summary>
/// Knows every id of every kind and resolves references to them; a place may also be named by its
/// GSS code. Unknown references get the nearest known id as a suggestion.
/// </summary>
public sealed class ReferenceResolver
{
    private readonly Dictionary<RefKind, HashSet<string>> _ids = [];
    private readonly Dictionary<string, string> _placeByGss = new(StringComparer.Ordinal);

    public ReferenceResolver(IReadOnlyDictionary<RefKind, IEnumerable<string>> ids, IReadOnlyDictionary<string, string> placeByGss)
    {
        foreach (var kind in Enum.GetValues<RefKind>())
        {
            _ids[kind] = new HashSet<string>(ids.GetValueOrDefault(kind, []), StringComparer.Ordinal);
        }

        foreach (var (gss, id) in placeByGss)
        {
            _placeByGss[gss] = id;
        }
    }

    public bool Exists(RefKind kind, string id) => RefKinds.Each(kind).Any(k => _ids[k].Contains(id));

    public IReadOnlySet<string> IdsOf(RefKind kind) =>
        RefKinds.Each(kind).Skip(1).Any() ? RefKinds.Each(kind).SelectMany(k => _ids[k]).ToHashSet(StringComparer.Ordinal) : _ids[kind];

    /// <summary>The canonical id, or null when the reference is unknown.</summary>
    public string? Resolve(RefKind kind, string raw)
    {
        if (Exists(kind, raw))
        {
            return raw;
        }

        return kind.HasFlag(RefKind.Place) && _placeByGss.TryGetValue(raw.ToUpperInvariant(), out var id) ? id : null;
    }

    public string Resolve(BoundRef reference) =>
        Resolve(reference.Kind, reference.Raw) ?? throw new InvalidOperationException("unresolved reference " + reference.Raw);

    public void Check(BoundRef reference, DiagnosticBag diagnostics)
    {
        if (Resolve(reference.Kind, reference.Raw) is not null)
        {
            return;
        }

        var ids = IdsOf(reference.Kind);
        var candidates = reference.Kind.HasFlag(RefKind.Place) ? ids.Concat(_placeByGss.Keys) : ids;
        var noun = RefKinds.Noun(reference.Kind);
        diagnostics.Error(reference.At, DiagnosticCodes.UnknownReference, $"unknown {noun} '{reference.Raw}'",
            Suggestions.DidYouMean(reference.Raw, candidates)
                ?? (ids.Count == 0 ? $"there are no {noun}s yet" : $"use the id of an existing {noun} (its file name without extension)"));
    }
}
