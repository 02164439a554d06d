namespace LpipSite.Core.Validation;

/// <summary>"Did you mean …?" by edit distance (optimal string alignment), case-insensitive.</summary>
public static class Suggestions
{
    public static string? Nearest(string wrong, IEnumerable<string> candidates)
    {
        var lower = wrong.ToLowerInvariant();
        var limit = Math.Max(2, wrong.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            // Cheap length filter first: distance is at least the difference in length.
            if (Math.Abs(candidate.Length - wrong.Length) > limit)
            {
                continue;
            }

            var d = Distance(lower, candidate.ToLowerInvariant(), limit);
            if (d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    public static string? DidYouMean(string wrong, IEnumerable<string> candidates) =>
        Nearest(wrong, candidates) is { } s ? $"did you mean '{s}'?" : null;

    internal static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return int.MaxValue;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
