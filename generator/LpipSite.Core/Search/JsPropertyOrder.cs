namespace LpipSite.Core.Search;

/// <summary>
/// JS objects enumerate keys that are array indices (canonical <c>"0"</c> … <c>"4294967294"</c>) first,
/// in ascending numeric order, then all other keys in insertion order. lunr's fields and the docRefs
/// inside postings are object keys, so the serialised order follows this rule.
/// </summary>
public static class JsPropertyOrder
{
    /// <summary>True if <paramref name="key"/> is a canonical array index, with its numeric value.</summary>
    public static bool TryGetArrayIndex(ReadOnlySpan<char> key, out uint index)
    {
        index = 0;
        if (key.IsEmpty || key.Length > 10 || (key[0] == '0' && key.Length > 1)) return false;
        ulong value = 0;
        foreach (char c in key)
        {
            if (c is < '0' or > '9') return false;
            value = (value * 10) + (uint)(c - '0');
        }

        if (value > 4294967294UL) return false;
        index = (uint)value;
        return true;
    }

    /// <summary>Keys in JS enumeration order, given their insertion order.</summary>
    public static IReadOnlyList<string> Order(IEnumerable<string> keysInInsertionOrder)
    {
        ArgumentNullException.ThrowIfNull(keysInInsertionOrder);
        var indices = new List<(uint Index, string Key)>();
        var others = new List<string>();
        foreach (string key in keysInInsertionOrder)
        {
            if (TryGetArrayIndex(key, out uint i)) indices.Add((i, key));
            else others.Add(key);
        }

        indices.Sort((a, b) => a.Index.CompareTo(b.Index));
        return [.. indices.Select(p => p.Key), .. others];
    }
}
