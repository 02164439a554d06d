namespace LpipSite.Core.Search;

/// <summary>
/// A token as lunr's tokenizer emits it. For a string field, <see cref="Start"/> and <see cref="Length"/>
/// are UTF-16 offsets into the lowercased field text (covering the raw token, before trimming) and
/// <see cref="Index"/> counts the tokens emitted before it. Array elements carry no position or index.
/// </summary>
/// <param name="Text">The lowercased token text.</param>
/// <param name="Start">Offset in the lowercased field text, or -1 for an array element.</param>
/// <param name="Length">Length of the raw token, or -1 for an array element.</param>
/// <param name="Index">Position among the field's tokens, or -1 for an array element.</param>
public readonly record struct LunrToken(string Text, int Start, int Length, int Index)
{
    /// <summary>True if the token carries position and index metadata (it came from a scalar value).</summary>
    public bool HasPosition => Start >= 0;
}
