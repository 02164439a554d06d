namespace LpipSite.Core.Search.Welsh;

/// <summary>
/// The Welsh pipeline's mutation expander (label <c>mutations-cy</c>): a token becomes itself followed by every
/// radical (dictionary) form it could be a mutation of, judged only from its first letters. Run on both the
/// index side and the query side, any mutated form then shares a term with every other form of the same word:
/// <c>nghaerdydd</c>, <c>chaerdydd</c> and <c>gaerdydd</c> all add <c>caerdydd</c>. There is no dictionary, so
/// impossible radicals are produced too (<c>fara</c> gives <c>bara</c> and <c>mara</c>); they cost index size
/// and occasional extra matches, never a missed one. Mirrors <c>mutationsCy</c> in lunr-cy.js.
/// </summary>
/// <remarks>
/// The initial is read as a Welsh letter, longest first (ngh, then ng, mh, nh, ph, th, ch, dd, ll, rh, ff):
/// <list type="bullet">
/// <item>nasal: ngh→c, ng→g, mh→p, nh→t, m→b, n→d</item>
/// <item>aspirate: ph→p, th→t, ch→c</item>
/// <item>soft: b→p, d→t, g→c, f→b and m, dd→d, l→ll, r→rh, and a vowel, l or r may have lost a g</item>
/// <item>h-prothesis: h before a vowel is dropped</item>
/// </list>
/// ll, rh and ff are radical only. A token shorter than two code units, or one that is only the mutated
/// initial (<c>dd</c>), is left alone. Vowels are a e i o u w y with circumflex, acute, grave or diaeresis.
/// </remarks>
public static class WelshMutations
{
    /// <summary>The pipeline label shared with lunr-cy.js.</summary>
    public const string Label = "mutations-cy";

    private const string Vowels = "aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ";

    /// <summary>The token itself, then each radical it could come from (no duplicates).</summary>
    public static IReadOnlyList<string> Expand(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var result = new List<string>(3) { token };
        if (token.Length < 2) return result;

        foreach ((string mutated, string[] radicals) in Digraphs)
        {
            if (!token.StartsWith(mutated, StringComparison.Ordinal)) continue;
            // Only the mutated initial ("dd", "ngh") says nothing about a word: leave it alone.
            if (token.Length == mutated.Length) return result;
            foreach (string radical in radicals) Add(result, radical + token[mutated.Length..]);
            return result;
        }

        string rest = token[1..];
        switch (token[0])
        {
            case 'b': Add(result, "p" + rest); break;
            case 'd': Add(result, "t" + rest); break;
            case 'g': Add(result, "c" + rest); break;
            case 'f': Add(result, "b" + rest); Add(result, "m" + rest); break;
            case 'm': Add(result, "b" + rest); break;
            case 'n': Add(result, "d" + rest); break;
            case 'l': Add(result, "ll" + rest); Add(result, "g" + token); break;
            case 'r': Add(result, "rh" + rest); Add(result, "g" + token); break;
            case 'h': if (IsVowel(token[1])) Add(result, rest); break;
            default: if (IsVowel(token[0])) Add(result, "g" + token); break;
        }

        return result;
    }

    // Two- and three-letter initials, longest first; ll, rh and ff are radical only.
    private static readonly (string Mutated, string[] Radicals)[] Digraphs =
    [
        ("ngh", ["c"]), ("ng", ["g"]), ("mh", ["p"]), ("nh", ["t"]), ("ph", ["p"]), ("th", ["t"]), ("ch", ["c"]),
        ("dd", ["d"]), ("ll", []), ("rh", []), ("ff", []),
    ];

    private static void Add(List<string> result, string radical)
    {
        if (!result.Contains(radical, StringComparer.Ordinal)) result.Add(radical);
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);
}
