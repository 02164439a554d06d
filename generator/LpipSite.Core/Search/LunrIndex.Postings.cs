using System.Runtime.CompilerServices;

namespace LpipSite.Core.Search;

/// <summary>One term of an index with, per field, the documents that have it and their field vectors' entries for it.</summary>
/// <param name="Term">The term, as the inverted index spells it.</param>
/// <param name="Index">Its <c>_index</c>: where it sits in every field vector.</param>
/// <param name="Fields">Per field (in the index's field order): the postings, by ascending ref position.</param>
public sealed record LunrTermPostings(string Term, int Index, IReadOnlyList<LunrPosting>[] Fields);

/// <summary>A document (by its position among the refs) and the term's entry in its field vector, in thousandths (lunr stores <c>Math.round(score * 1000) / 1000</c>).</summary>
public readonly record struct LunrPosting(int Ref, long Thousandths);

public sealed partial class LunrIndex
{
    /// <summary>
    /// Whether the refs are "0", "1", … in the order documents were added, with no duplicates and no metadata:
    /// then a posting's documents are exactly its field vectors' entries, and refs can be written as numbers.
    /// </summary>
    public bool HasPositionalRefs
    {
        get
        {
            if (_d.HasDuplicateRefs || _metadataKeys.Length > 0) return false;
            for (int r = 0; r < _d.Refs.Length; r++)
            {
                if (!_refIsIndexLike[r] || _refIndexValue[r] != r) return false;
            }

            return true;
        }
    }

    /// <summary>
    /// Every term in the inverted index's (serialised) order, with its postings and the field vectors'
    /// entries for it: what a sharded copy of the index needs to answer a query exactly as the whole index does.
    /// </summary>
    /// <exception cref="InvalidOperationException">The refs are not positional (<see cref="HasPositionalRefs"/>).</exception>
    public IEnumerable<LunrTermPostings> TermPostings()
    {
        if (!HasPositionalRefs) throw new InvalidOperationException("term postings need refs \"0\", \"1\", … in add order, without duplicates or metadata");
        foreach (int term in _sortedTerms)
        {
            var fields = new IReadOnlyList<LunrPosting>[_fieldCount];
            for (int f = 0; f < _fieldCount; f++)
            {
                int key = (term * _fieldCount) + f;
                int start = _bucketStart[key], end = _bucketStart[key + 1];
                var postings = new LunrPosting[end - start];
                double average = _averageLength[f];
                double fieldBoost = EffectiveBoost(_d.Fields[f].Boost);
                for (int e = start; e < end; e++)
                {
                    int instance = _bucketInstance[e];
                    int r = RefOfInstance(instance);
                    double thousandths = ScoreThousandths(term, PairTfOf(instance, term), _d.InstanceLength[instance], average, fieldBoost, EffectiveBoost(_d.BoostOfRef[r]));
                    postings[e - start] = new LunrPosting(r, checked((long)thousandths));
                }

                fields[f] = postings;
            }

            yield return new LunrTermPostings(_d.Terms[term], term, fields);
        }
    }

    /// <summary>
    /// A field vector's entry for a term, times 1000 and rounded as JS rounds: lunr's Builder.createFieldVectors
    /// in its exact operation order, as IEEE doubles.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double ScoreThousandths(int term, double tf, double length, double average, double fieldBoost, double docBoost)
    {
        double k1 = _d.K1, b = _d.B;
        double score = _idf[term] * ((k1 + 1) * tf) / ((k1 * (1 - b + (b * (length / average)))) + tf);
        score *= fieldBoost;
        score *= docBoost;
        return JsNumber.Round(score * 1000);
    }

    /// <summary>The term's frequency in a field instance: its pairs are sorted by term.</summary>
    private int PairTfOf(int instance, int term)
    {
        int lo = _d.InstancePairStart[instance], hi = _d.InstancePairStart[instance + 1] - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int t = _d.PairTerm[mid];
            if (t == term) return _d.PairTf[mid];
            if (t < term) lo = mid + 1;
            else hi = mid - 1;
        }

        throw new InvalidOperationException($"term {term} has a posting but no entry in its field vector");
    }
}
