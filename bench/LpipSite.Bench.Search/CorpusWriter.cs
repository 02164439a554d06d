using System.Text;

namespace LpipSite.Bench.Search;

/// <summary>
/// Deterministic case-study-like documents (~700 words: title, summary, tags, body) written as tester input
/// with field boosts. Words follow a Zipf-like distribution over common English (stop words included) and a
/// synthetic vocabulary, so stemming, stop words and term numbering see realistic variety.
/// </summary>
internal static class CorpusWriter
{
    private static readonly string[] Common =
    [
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be", "by", "on",
        "not", "this", "are", "or", "from", "at", "which", "an", "have", "has", "their", "were", "will", "been",
        "community", "council", "housing", "partnership", "evaluation", "wellbeing", "transport", "policy",
        "research", "university", "local", "public", "services", "residents", "data", "analysis", "health",
        "planning", "development", "support", "working", "programme", "impact", "place", "people", "project",
        "education", "training", "method", "workshop", "interviews", "survey", "results", "findings",
        "Wales", "Cardiff", "Swansea", "Newport", "Wrexham", "region", "neighbourhood", "regeneration",
        "climate", "energy", "net-zero", "co-production", "decision-making", "evidence", "outcomes",
        "running", "developed", "improving", "engagement", "participatory", "organisations", "officials",
    ];

    private static readonly string[] Syllables =
    [
        "ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu", "na", "pe", "qui", "ro", "su", "ta", "ve",
        "wy", "xo", "ze", "tion", "ing", "ness", "ment", "al", "er", "ed", "ly", "ity", "ous", "ive", "ize",
    ];

    public static void Write(string path, int documents, int seed = 42)
    {
        var random = new Random(seed);
        string[] vocabulary = BuildVocabulary(random, 30_000);
        double[] cumulative = ZipfCumulative(vocabulary.Length, 1.07);

        string Word()
        {
            if (random.NextDouble() < 0.45) return Common[Zipf(random, Common.Length)];
            int i = Array.BinarySearch(cumulative, random.NextDouble());
            return vocabulary[i < 0 ? ~i : i];
        }

        string Sentence(int words)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < words; i++)
            {
                if (i > 0) sb.Append(' ');
                string w = Word();
                if (i == 0) w = char.ToUpperInvariant(w[0]) + w[1..];
                sb.Append(w);
            }

            return sb.Append(random.Next(8) == 0 ? ", and" : ".").ToString();
        }

        string Text(int words)
        {
            var sb = new StringBuilder();
            while (words > 0)
            {
                int n = Math.Min(words, random.Next(8, 24));
                if (sb.Length > 0) sb.Append(random.Next(10) == 0 ? "\n\n" : " ");
                sb.Append(Sentence(n));
                words -= n;
            }

            return sb.ToString();
        }

        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("{\"ref\":\"id\",\"fields\":[{\"name\":\"title\",\"boost\":10},{\"name\":\"summary\",\"boost\":3},{\"name\":\"tags\",\"boost\":5},{\"name\":\"body\"}],\"documents\":[\n");
        for (int d = 0; d < documents; d++)
        {
            if (d > 0) writer.Write(",\n");
            string[] tags = [.. Enumerable.Range(0, random.Next(3, 7)).Select(_ => Common[30 + random.Next(Common.Length - 30)])];
            writer.Write("{\"id\":\"/case-studies/");
            writer.Write(d.ToString("D5", System.Globalization.CultureInfo.InvariantCulture));
            writer.Write("/\",\"title\":");
            WriteString(writer, Sentence(random.Next(5, 11)).TrimEnd('.', ',', ' ', 'd', 'n', 'a'));
            writer.Write(",\"summary\":");
            WriteString(writer, Text(random.Next(35, 55)));
            writer.Write(",\"tags\":[");
            writer.Write(string.Join(",", tags.Select(t => "\"" + t + "\"")));
            writer.Write("],\"body\":");
            WriteString(writer, Text(random.Next(560, 720)));
            writer.Write('}');
        }

        writer.Write("]}\n");
    }

    private static string[] BuildVocabulary(Random random, int size)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < size)
        {
            var sb = new StringBuilder();
            int syllables = random.Next(2, 5);
            for (int s = 0; s < syllables; s++) sb.Append(Syllables[random.Next(Syllables.Length)]);
            words.Add(sb.ToString());
        }

        return [.. words];
    }

    private static double[] ZipfCumulative(int n, double exponent)
    {
        var cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) cumulative[i] = sum += 1 / Math.Pow(i + 1, exponent);
        for (int i = 0; i < n; i++) cumulative[i] /= sum;
        return cumulative;
    }

    private static int Zipf(Random random, int n) => Math.Min(n - 1, (int)(n * Math.Pow(random.NextDouble(), 2.5)));

    private static void WriteString(TextWriter writer, string value)
    {
        writer.Write('"');
        foreach (char c in value)
        {
            if (c == '"' || c == '\\') writer.Write('\\');
            if (c == '\n') writer.Write("\\n");
            else writer.Write(c);
        }

        writer.Write('"');
    }
}
