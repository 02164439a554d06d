using System.Globalization;
using System.Text;

namespace LpipSite.Core.Tests.Search;

/// <summary>
/// Deterministic (seeded) tester inputs that mix the hard cases: non-ASCII case mapping (Welsh, Greek final
/// sigma, dotted capital I, astral letters), emoji and lone surrogates, punctuation-only tokens, numbers in
/// every JS format, hyphens and unusual whitespace, empty/null/missing/array/object fields, index-like and
/// slashed refs, duplicates, boosts, BM25 parameters and metadata whitelists. The JSON is written by hand
/// so that it can hold lone surrogates and numbers such as <c>1.0</c> or <c>1e400</c> verbatim.
/// </summary>
internal static class LunrCorpusGenerator
{
    private static readonly string[] Words =
    [
        "running", "generalization", "hopefulness", "relational", "agreed", "feed", "lying", "yes", "syzygy",
        "sky", "cry", "happy", "the", "and", "a", "is", "of", "Lunr's", "it's", "C#", "$100", "3.14", "1,000",
        "co-operation", "pre-built", "e-mail", "--", "-", "a-b-c", "café", "naïve", "über", "éclair", "Llanfairpwllgwyngyll",
        "ŵyr", "ŷd", "Tŷ", "CYMRU", "Ŵ", "ΟΔΟΣ", "Σίσυφος", "ΣΟΦΟΣ", "ὈΔΥΣΣΕΎΣ", "aΣ.", "aΣʰ", "ʰΣ", "İstanbul",
        "İ", "DİYARBAKIR", "😀", "👩‍💻", "😀x", "\U00010400BC", "日本語", "!!!", "—", "...", "'", "\"quoted\"",
        "(the)", "__proto__", "constructor", "toString", "hasOwnProperty", "_under_score_", "x_y", "\uA7CBA",
        "ǅungla", "Ⓐ", "42", "0", "007", "1e21", "-5", "x\u200by", "y\u0085z", "community", "council", "housing",
        "partnership", "evaluation", "wellbeing", "transport", "ations", "ization", "sses", "ies", "eed", "ing",
        "yelling", "Yes", "ALLY", "fulness", "policy", "policies", "public", "services", "data", "analysis",
        "UPPER", "MiXeD", "hyphen-ated-words", "end.", "(parenthetical)", "[bracket]", "{brace}", "semi;colon",
        "slash/word", "back\\slash", "tab\there", "line\nbreak", "nbsp\u00a0sep", "ls\u2028sep", "ideo\u3000sep",
        "bom\ufeffsep", "<b>bold</b>", "&amp;", "\u0000nul", "\u001fus", "ß", "ǈ", "Ǆ", "ﬁ", "K", "Å",
    ];

    private static readonly string[] Joiners = [" ", " ", " ", " ", "  ", "\t", "\n", "-", ", ", ". ", "; ", "\u00a0", "\r\n", " - "];

    private static readonly string[] NumberTexts =
    [
        "1", "1.0", "2.50", "1e21", "1E-7", "-0", "123456789012345678901234567890", "0.1", "3.14159", "-42",
        "1.7976931348623157e308", "5e-324", "1e400", "0.000001", "1.5e-6", "100", "4294967295", "0.3",
    ];

    private static readonly string[] FieldNames = ["title", "body", "tags", "summary", "2", "10", "0", "x y", "naïve", "ŵ", "é\"q", ""];

    private static readonly string[][] Whitelists =
    [
        [], [], ["position"], ["index"], ["position", "index", "fields"], ["fields", "position", "fields"],
        ["nope", "position"], ["0", "position"],
    ];

    public static string Generate(int seed, int documents = -1, int maxWords = 30)
    {
        var random = new Random(seed);
        var g = new Writer(random, escapeNonAscii: random.Next(3) == 0);
        bool arrayForm = random.Next(3) == 0;
        int count = documents >= 0 ? documents : random.Next(1, 26);
        string refName = arrayForm || random.Next(2) == 0 ? "id" : "key";

        var fields = FieldNames.OrderBy(_ => random.Next()).Take(random.Next(1, 5)).ToList();
        List<string> refs = MakeRefs(random, count);

        var sb = g.Output;
        if (!arrayForm)
        {
            sb.Append("{\"ref\":");
            g.String(refName);
            sb.Append(",\"fields\":[");
            for (int i = 0; i < fields.Count; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append("{\"name\":");
                g.String(fields[i]);
                string? boost = Pick(random, [null, null, "0", "1", "2.5", "10", "0.001", "null"]);
                if (boost is not null) sb.Append(",\"boost\":").Append(boost);
                sb.Append('}');
            }

            sb.Append(']');
            string? b = Pick(random, [null, null, "0", "0.3", "1", "1.7", "-0.5"]);
            if (b is not null) sb.Append(",\"b\":").Append(b);
            string? k1 = Pick(random, [null, null, "0", "0.5", "2", "1.2"]);
            if (k1 is not null) sb.Append(",\"k1\":").Append(k1);
            sb.Append(",\"metadataWhitelist\":[");
            string[] whitelist = Whitelists[random.Next(Whitelists.Length)];
            sb.Append(string.Join(",", whitelist.Select(w => "\"" + w + "\""))).Append(']');
            sb.Append(",\"documentBoosts\":{");
            var boosted = refs.Where(r => r.StartsWith('"') && random.Next(4) == 0).Distinct().ToList();
            for (int i = 0; i < boosted.Count; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append(boosted[i]).Append(':').Append(Pick(random, ["0", "2", "0.5", "10", "null", "1.25"]));
            }

            sb.Append("},\"documents\":");
        }

        sb.Append('[');
        for (int d = 0; d < count; d++)
        {
            if (d > 0) sb.Append(",\n");
            sb.Append('{');
            bool first = true;
            void Key(string name)
            {
                if (!first) sb.Append(',');
                first = false;
                g.String(name);
                sb.Append(':');
            }

            if (refs[d] != "MISSING")
            {
                Key(refName);
                sb.Append(refs[d]);
            }

            foreach (string field in fields)
            {
                int kind = random.Next(20);
                if (kind == 0) continue; // missing field
                Key(field);
                g.Value(kind, maxWords);
            }

            if (!arrayForm && random.Next(5) == 0)
            {
                Key("unindexed");
                g.String("not a field");
            }

            sb.Append('}');
        }

        sb.Append(']');
        if (!arrayForm) sb.Append('}');
        return sb.ToString();
    }

    private static List<string> MakeRefs(Random random, int count)
    {
        int style = random.Next(4);
        var refs = new List<string>();
        for (int i = 0; i < count; i++)
        {
            if (i > 0 && random.Next(15) == 0)
            {
                refs.Add(refs[random.Next(refs.Count)]); // duplicate ref
                continue;
            }

            refs.Add(style switch
            {
                0 => $"\"{i + 1}\"",
                1 => (i * 3 % 17).ToString(CultureInfo.InvariantCulture) == "0" ? "\"zero\"" : $"{i * 7 % 23}",
                2 => Pick(random, [$"\"/case-studies/{i}/\"", $"\"doc-{i}\"", $"\"{i}\"", $"\"0{i}\"", "\"4294967295\"", "\"4294967294\"", $"{i}.5", "true", "MISSING", $"\"ŵ{i}\""])!,
                _ => $"\"p{i}\"",
            });
        }

        return refs;
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private sealed class Writer(Random random, bool escapeNonAscii)
    {
        public StringBuilder Output { get; } = new();

        public void Value(int kind, int maxWords)
        {
            switch (kind)
            {
                case 1: Output.Append("null"); break;
                case 2: String(""); break;
                case 3: Output.Append(Pick(random, NumberTexts)); break;
                case 4: Output.Append(random.Next(2) == 0 ? "true" : "false"); break;
                case 5: Output.Append(Pick(random, ["{}", "{\"a\":[1,{\"b\":null}]}"])); break;
                case 6: Output.Append(RandomDouble()); break;
                case 7:
                case 8:
                    Output.Append('[');
                    int items = random.Next(0, 5);
                    for (int i = 0; i < items; i++)
                    {
                        if (i > 0) Output.Append(',');
                        int k = random.Next(12);
                        if (k == 0) Output.Append("[\"nested\",null,[\"Deep\",1]]");
                        else if (k < 7) String(Text(random.Next(1, 4)));
                        else Value(k - 6, 3);
                    }

                    Output.Append(']');
                    break;
                case 9:
                    String(Text(random.Next(0, 3)) + "\ud800" + Text(1) + (random.Next(2) == 0 ? "\udfff" : ""));
                    break;
                default:
                    String(Text(random.Next(0, maxWords + 1)));
                    break;
            }
        }

        private string RandomDouble()
        {
            double value;
            do value = BitConverter.Int64BitsToDouble(random.NextInt64());
            while (!double.IsFinite(value));
            return value.ToString("R", CultureInfo.InvariantCulture);
        }

        private string Text(int words)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < words; i++)
            {
                if (i > 0) sb.Append(Pick(random, Joiners));
                sb.Append(Pick(random, Words));
            }

            return sb.ToString();
        }

        public void String(string value)
        {
            Output.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                bool pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
                if (c == '"' || c == '\\') Output.Append('\\').Append(c);
                else if (c < 0x20 || (char.IsSurrogate(c) && !pair) || (c > 0x7E && escapeNonAscii)) Output.Append($"\\u{(int)c:x4}");
                else if (pair)
                {
                    Output.Append(c).Append(value[i + 1]);
                    i++;
                }
                else Output.Append(c);
            }

            Output.Append('"');
        }
    }
}
