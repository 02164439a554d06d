using System.Buffers;
using System.Text;

namespace LpipSite.Core.Search;

/// <summary>
/// The JavaScript string semantics that lunr.js relies on when it tokenizes, reproduced exactly.
/// .NET's own helpers differ: <c>ToLowerInvariant</c> leaves U+0130 alone, ignores Final_Sigma and
/// lags a Unicode version behind Node, and <c>\s</c>/<c>\w</c> are Unicode-aware.
/// </summary>
public static class JsText
{
    private static readonly char[] BmpLower = BuildBmpLower();
    private static readonly Dictionary<int, int> AstralLower = BuildAstralLower();

    /// <summary>
    /// True if lunr's tokenizer splits on this UTF-16 code unit: V8's <c>/[\s\-]/</c>, i.e. U+0009–U+000D,
    /// space, hyphen-minus, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF.
    /// </summary>
    public static bool IsSeparator(char c) => c < 128 ? (AsciiClass[c] & SeparatorBit) != 0 : c >= 0xA0 && IsNonAsciiSeparator(c);

    /// <summary>True if the code unit matches JS <c>\w</c> (<c>[A-Za-z0-9_]</c>).</summary>
    public static bool IsWordChar(char c) => c < 128 && (AsciiClass[c] & WordBit) != 0;

    private const byte SeparatorBit = 1;
    private const byte WordBit = 2;

    // Scalar classification beats SearchValues on the short spans of a token.
    private static ReadOnlySpan<byte> AsciiClass =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 2,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    ];

    private static bool IsNonAsciiSeparator(char c) =>
        c is '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F'
            or '\u3000' or '\uFEFF';

    /// <summary>JS <c>String.prototype.toLowerCase</c>: locale-independent, full Unicode mapping.</summary>
    public static string ToLowerCase(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        char[]? rented = null;
        int length = ToLowerCase(value, ref rented);
        string result = value.AsSpan().SequenceEqual(rented.AsSpan(0, length)) ? value : new string(rented!, 0, length);
        ArrayPool<char>.Shared.Return(rented!);
        return result;
    }

    /// <summary>
    /// Lowercases <paramref name="source"/> into <paramref name="buffer"/> (rented from the shared pool and
    /// grown as needed; the caller returns it) and gives the lowercased length. The result can be longer than
    /// the source: U+0130 becomes two code units.
    /// </summary>
    internal static int ToLowerCase(ReadOnlySpan<char> source, ref char[]? buffer)
    {
        int needed = source.Length + 16;
        if (buffer is null || buffer.Length < needed)
        {
            if (buffer is not null) ArrayPool<char>.Shared.Return(buffer);
            buffer = ArrayPool<char>.Shared.Rent(needed);
        }

        // Vectorised ASCII prefix; most text is ASCII, and this stops at the first other code unit.
        Ascii.ToLower(source, buffer, out int done);
        if (done == source.Length) return done;

        int o = done;
        for (int i = done; i < source.Length; i++)
        {
            if (buffer.Length < o + 3)
            {
                char[] bigger = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, o).CopyTo(bigger);
                ArrayPool<char>.Shared.Return(buffer);
                buffer = bigger;
            }

            char c = source[i];
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, source[i + 1]);
                if (AstralLower.TryGetValue(cp, out int lower)) cp = lower;
                o += new Rune(cp).EncodeToUtf16(buffer.AsSpan(o));
                i++;
            }
            else if (c == '\u0130')
            {
                // The one unconditional lowercase mapping that changes length (SpecialCasing.txt).
                buffer[o++] = 'i';
                buffer[o++] = '\u0307';
            }
            else if (c == '\u03A3')
            {
                buffer[o++] = IsFinalSigma(source, i) ? '\u03C2' : '\u03C3';
            }
            else
            {
                buffer[o++] = BmpLower[c];
            }
        }

        return o;
    }

    /// <summary>
    /// Unicode Final_Sigma as ICU evaluates it: a cased letter before (skipping case-ignorable code points)
    /// and none after. ICU skips a code point that is case-ignorable even when it is also cased.
    /// </summary>
    private static bool IsFinalSigma(ReadOnlySpan<char> s, int sigma)
    {
        int i = sigma;
        bool casedBefore = false;
        while (i > 0)
        {
            int cp = s[i - 1];
            i--;
            if (char.IsLowSurrogate((char)cp) && i > 0 && char.IsHighSurrogate(s[i - 1]))
            {
                cp = char.ConvertToUtf32(s[i - 1], (char)cp);
                i--;
            }

            if (InRanges(JsCaseData.CaseIgnorableRanges, cp)) continue;
            casedBefore = InRanges(JsCaseData.CasedRanges, cp);
            break;
        }

        if (!casedBefore) return false;

        i = sigma + 1;
        while (i < s.Length)
        {
            int cp = s[i];
            i++;
            if (char.IsHighSurrogate((char)cp) && i < s.Length && char.IsLowSurrogate(s[i]))
            {
                cp = char.ConvertToUtf32((char)cp, s[i]);
                i++;
            }

            if (InRanges(JsCaseData.CaseIgnorableRanges, cp)) continue;
            return !InRanges(JsCaseData.CasedRanges, cp);
        }

        return true;
    }

    /// <summary>Binary search in a sorted list of inclusive [start, end] pairs.</summary>
    private static bool InRanges(ReadOnlySpan<int> ranges, int cp)
    {
        int lo = 0, hi = (ranges.Length / 2) - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) hi = mid - 1;
            else if (cp > ranges[(2 * mid) + 1]) lo = mid + 1;
            else return true;
        }

        return false;
    }

    private static char[] BuildBmpLower()
    {
        var table = new char[65536];
        for (int c = 0; c < table.Length; c++) table[c] = (char)c;
        ReadOnlySpan<int> pairs = JsCaseData.LowercasePairs;
        for (int i = 0; i < pairs.Length; i += 2)
        {
            if (pairs[i] <= 0xFFFF && pairs[i + 1] <= 0xFFFF) table[pairs[i]] = (char)pairs[i + 1];
        }

        return table;
    }

    private static Dictionary<int, int> BuildAstralLower()
    {
        var map = new Dictionary<int, int>();
        ReadOnlySpan<int> pairs = JsCaseData.LowercasePairs;
        for (int i = 0; i < pairs.Length; i += 2)
        {
            // A BMP letter whose lowercase is astral (none today) would also need this path.
            if (pairs[i] > 0xFFFF) map[pairs[i]] = pairs[i + 1];
        }

        return map;
    }
}
