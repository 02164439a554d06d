using System.Buffers;

namespace LpipSite.Core.Search;

/// <summary>
/// lunr's <c>stemmer</c> (Martin Porter's 1980 algorithm as written in his JavaScript version), including
/// its quirks, without regular expressions. Each test below states the regex it replaces. Terms:
/// <c>c = [^aeiou]</c> (so <c>y</c>, digits, punctuation and non-ASCII count as consonants),
/// <c>v = [aeiouy]</c>, consonant run <c>C = c[^aeiouy]*</c>, vowel run <c>V = v[aeiou]*</c>.
/// Every "ends with X" rule is <c>^(.+?)X$</c>: at least one code unit before X, and JS <c>.</c> excludes
/// the line terminators \n \r U+2028 U+2029, so a stem containing one never matches.
/// </summary>
public static class PorterStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2 =
    [
        ("ational", "ate"), ("ization", "ize"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"),
        ("tional", "tion"), ("biliti", "ble"),
        ("alism", "al"), ("ousli", "ous"), ("entli", "ent"), ("ation", "ate"), ("aliti", "al"), ("iviti", "ive"),
        ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("alli", "al"), ("ator", "ate"), ("logi", "log"),
        ("bli", "ble"), ("eli", "e"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3 =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"),
        ("ical", "ic"), ("ness", ""),
        ("ful", ""),
    ];

    private static readonly string[] Step4 =
    [
        "ement",
        "ance", "ence", "able", "ible", "ment",
        "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize",
        "al", "er", "ic", "ou",
    ];

    private static readonly SearchValues<char> LineTerminators = SearchValues.Create("\n\r\u2028\u2029");

    /// <summary>Stems one term exactly as lunr.js 2.3.9 does.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3) return word;
        char[] rented = ArrayPool<char>.Shared.Rent(word.Length);
        word.CopyTo(rented);
        int length = Stem(rented.AsSpan(0, word.Length));
        string result = length == word.Length && rented.AsSpan(0, length).SequenceEqual(word)
            ? word
            : new string(rented, 0, length);
        ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>Stems in place (a stem is never longer than its word) and returns the new length.</summary>
    public static int Stem(Span<char> word)
    {
        int n = word.Length;
        if (n < 3) return n;

        bool initialY = word[0] == 'y';
        if (initialY) word[0] = 'Y'; // an initial y is a consonant
        bool anyTerminator = word.IndexOfAny(LineTerminators) >= 0;

        // The stem before a suffix may be matched by ^(.+?) only if it has no line terminator.
        bool Clean(Span<char> w, int stemLength) =>
            !anyTerminator || w[..stemLength].IndexOfAny(LineTerminators) < 0;

        // Step 1a: (ss|i)es → ss|i, else a final s after a non-s is dropped.
        if (n >= 5 && word[..n].EndsWith("sses") && Clean(word, n - 4)) n -= 2;
        else if (n >= 4 && word[..n].EndsWith("ies") && Clean(word, n - 3)) n -= 2;
        else if (word[n - 1] == 's' && word[n - 2] != 's' && Clean(word, n - 2)) n -= 1;

        // Step 1b
        if (n >= 4 && word[..n].EndsWith("eed") && Clean(word, n - 3))
        {
            if (HasVcPairs(word[..(n - 3)], 1)) n -= 1;
        }
        else
        {
            int stem = -1;
            if (n >= 3 && word[..n].EndsWith("ed") && Clean(word, n - 2)) stem = n - 2;
            else if (n >= 4 && word[..n].EndsWith("ing") && Clean(word, n - 3)) stem = n - 3;

            if (stem > 0 && word[..stem].IndexOfAny("aeiouy") >= 0)
            {
                n = stem;
                ReadOnlySpan<char> w = word[..n];
                if (w.EndsWith("at") || w.EndsWith("bl") || w.EndsWith("iz"))
                {
                    word[n++] = 'e';
                }
                else if (n >= 2 && w[n - 1] == w[n - 2] && "aeiouylsz".IndexOf(w[n - 1]) < 0)
                {
                    n -= 1;
                }
                else if (IsShortSyllable(w))
                {
                    word[n++] = 'e';
                }
            }
        }

        // Step 1c: ^(.+?[^aeiou])y$ → i. Unlike classic Porter, no vowel is needed in the stem.
        if (n >= 3 && word[n - 1] == 'y' && !IsVowel(word[n - 2]) && Clean(word, n - 2)) word[n - 1] = 'i';

        // Steps 2 and 3: the longest listed suffix with a non-empty stem; replaced if m>0.
        n = ReplaceSuffix(word, n, Step2, anyTerminator);
        n = ReplaceSuffix(word, n, Step3, anyTerminator);

        // Step 4: remove a listed suffix if m>1; only if none ends the word, (s|t)ion → s|t when m>1.
        int suffix4 = LongestSuffix(word[..n], Step4);
        if (suffix4 > 0 && Clean(word, n - suffix4))
        {
            if (HasVcPairs(word[..(n - suffix4)], 2)) n -= suffix4;
        }
        else if (n >= 5 && word[..n].EndsWith("ion") && (word[n - 4] == 's' || word[n - 4] == 't')
                 && Clean(word, n - 4))
        {
            if (HasVcPairs(word[..(n - 3)], 2)) n -= 3;
        }

        // Step 5a: a final e goes if m>1, or if m=1 and the stem is not *o.
        if (n >= 2 && word[n - 1] == 'e' && Clean(word, n - 1))
        {
            Span<char> stem = word[..(n - 1)];
            if (HasVcPairs(stem, 2) || (IsMeasureOne(stem) && !IsShortSyllable(stem))) n -= 1;
        }

        // Step 5b: ll → l if m>1 for the whole word.
        if (n >= 2 && word[n - 1] == 'l' && word[n - 2] == 'l' && HasVcPairs(word[..n], 2)) n -= 1;

        if (initialY) word[0] = 'y';
        return n;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsVowelOrY(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static int ReplaceSuffix(Span<char> word, int n, (string Suffix, string Replacement)[] rules, bool anyTerminator)
    {
        for (int r = 0; r < rules.Length; r++)
        {
            string suffix = rules[r].Suffix;
            if (n <= suffix.Length || !word[..n].EndsWith(suffix)) continue;
            int stem = n - suffix.Length;
            if (anyTerminator && word[..stem].IndexOfAny(LineTerminators) >= 0) return n;
            if (!HasVcPairs(word[..stem], 1)) return n;
            rules[r].Replacement.CopyTo(word[stem..]);
            return stem + rules[r].Replacement.Length;
        }

        return n;
    }

    private static int LongestSuffix(ReadOnlySpan<char> word, string[] suffixes)
    {
        foreach (string suffix in suffixes)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix)) return suffix.Length;
        }

        return 0;
    }

    /// <summary>
    /// <c>^(C)?VC</c> (pairs = 1, "m&gt;0") or <c>^(C)?VCVC</c> (pairs = 2, "m&gt;1") as a prefix match.
    /// Each run is forced: a vowel run cannot stop before a [aeiou] and a consonant run cannot stop before
    /// a [aeiouy], so one left-to-right scan from the first [aeiouy] decides.
    /// </summary>
    private static bool HasVcPairs(ReadOnlySpan<char> s, int pairs)
    {
        int i = s.IndexOfAny("aeiouy");
        if (i < 0) return false;
        while (true)
        {
            int j = i + 1;
            while (j < s.Length && IsVowel(s[j])) j++;
            if (j >= s.Length) return false; // no consonant after the vowel run
            if (--pairs == 0) return true;
            i = j + 1;
            while (i < s.Length && !IsVowelOrY(s[i])) i++;
            if (i >= s.Length) return false;
        }
    }

    /// <summary>
    /// <c>^(C)?VC(V)?$</c> ("m=1"), a whole-string match. When the string starts with y, the regex may read
    /// that y either as the vowel or as the start of the consonant run, so both readings are tried.
    /// </summary>
    private static bool IsMeasureOne(ReadOnlySpan<char> s)
    {
        int first = s.IndexOfAny("aeiouy");
        if (first < 0) return false;
        if (MeasureOneFrom(s, first)) return true;
        if (first == 0 && s[0] == 'y')
        {
            int next = s[1..].IndexOfAny("aeiouy");
            return next >= 0 && MeasureOneFrom(s, next + 1);
        }

        return false;
    }

    private static bool MeasureOneFrom(ReadOnlySpan<char> s, int vowel)
    {
        int j = vowel + 1;
        while (j < s.Length && IsVowel(s[j])) j++;
        if (j >= s.Length) return false;
        int t = j + 1;
        while (t < s.Length && !IsVowelOrY(s[t])) t++;
        if (t >= s.Length) return true;
        for (t++; t < s.Length; t++)
        {
            if (!IsVowel(s[t])) return false;
        }

        return true;
    }

    /// <summary><c>^C v [^aeiouwxy]$</c>: the whole string is consonant run, vowel, final consonant.</summary>
    private static bool IsShortSyllable(ReadOnlySpan<char> s)
    {
        int n = s.Length;
        if (n < 3 || IsVowel(s[0]) || !IsVowelOrY(s[n - 2])) return false;
        if (s[n - 1] is 'a' or 'e' or 'i' or 'o' or 'u' or 'w' or 'x' or 'y') return false;
        for (int i = 1; i < n - 2; i++)
        {
            if (IsVowelOrY(s[i])) return false;
        }

        return true;
    }
}
