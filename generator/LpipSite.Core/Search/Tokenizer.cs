using System.Runtime.CompilerServices;
using System.Buffers;

namespace LpipSite.Core.Search;

/// <summary>
/// lunr's tokenizer: a scalar value is turned into text, lowercased as JS does, and split on the
/// separator set (whitespace per JS <c>\s</c>, and the hyphen-minus); an array gives one unsplit,
/// lowercased token per element; null gives nothing.
/// </summary>
public static class Tokenizer
{
    /// <summary>The tokens lunr makes from one field value.</summary>
    public static IReadOnlyList<LunrToken> Tokenize(LunrValue? value)
    {
        var tokens = new List<LunrToken>();
        char[]? buffer = null;
        Tokenize(value, ref buffer, (ReadOnlySpan<char> text, int start, int length, int index) =>
            tokens.Add(new LunrToken(text.ToString(), start, length, index)));
        if (buffer is not null) ArrayPool<char>.Shared.Return(buffer);
        return tokens;
    }

    /// <summary>Receives one token; the span is valid only during the call.</summary>
    internal delegate void TokenSink(ReadOnlySpan<char> text, int start, int length, int index);

    /// <summary>The allocation-free form the index builder uses; <paramref name="buffer"/> is reused.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Tokenize(LunrValue? value, ref char[]? buffer, TokenSink sink)
    {
        if (value is null || value.Kind == LunrValueKind.Null) return;

        if (value.Kind == LunrValueKind.Array)
        {
            foreach (LunrValue item in value.Items)
            {
                int n = JsText.ToLowerCase(item.ToElementString(), ref buffer);
                sink(buffer.AsSpan(0, n), -1, -1, -1);
            }

            return;
        }

        int length = JsText.ToLowerCase(value.ToString(), ref buffer);
        ReadOnlySpan<char> text = buffer.AsSpan(0, length);
        int count = 0, start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (!JsText.IsSeparator(text[i])) continue;
            if (i > start) sink(text[start..i], start, i - start, count++);
            start = i + 1;
        }

        if (text.Length > start) sink(text[start..], start, text.Length - start, count);
    }
}
