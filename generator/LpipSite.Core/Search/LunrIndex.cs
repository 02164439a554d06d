using System.Runtime.CompilerServices;
using System.Text;

namespace LpipSite.Core.Search;

/// <summary>What the builder hands over; arrays may be longer than the counts in use.</summary>
internal sealed class LunrIndexData
{
    public required SearchLanguage Language { get; init; }
    public required LunrField[] Fields { get; init; }
    public required double B { get; init; }
    public required double K1 { get; init; }
    public required IReadOnlyList<string> MetadataWhitelist { get; init; }
    public required string[] Refs { get; init; }
    public required int[] LastAddOfRef { get; init; }
    public required int[] RefOfAdd { get; init; }
    public required double[] BoostOfRef { get; init; }
    public required bool HasDuplicateRefs { get; init; }
    public required int AddCount { get; init; }
    public required string[] Terms { get; init; }
    public required int[] InstanceLength { get; init; }
    public required int[] InstancePairStart { get; init; }
    public required int[] PairTerm { get; init; }
    public required int[] PairTf { get; init; }
    public required int PairCount { get; init; }
    public required TokenOccurrence[]? Occurrences { get; init; }
    public required int OccurrenceCount { get; init; }
}

/// <summary>
/// A built lunr 2.3.9 index: immutable, and serialisable any number of times (also concurrently) with
/// <see cref="WriteTo"/>, which streams exactly the bytes of <c>JSON.stringify(idx)</c>.
/// </summary>
public sealed partial class LunrIndex
{
    private readonly LunrIndexData _d;
    private readonly int _fieldCount;
    private readonly double[] _idf;
    private readonly double[] _averageLength;
    private readonly int[] _sortedTerms;

    // Postings: bucket (term * fieldCount + field) lists the instances containing the term, in add order.
    private readonly int[] _bucketStart;
    private readonly int[] _bucketInstance;

    // Occurrences (when metadata is whitelisted), bucketed the same way, in add order then token order.
    private readonly int[]? _occurrenceBucketStart;
    private readonly TokenOccurrence[]? _occurrencesByBucket;

    private readonly byte[][] _encodedRefs;
    private readonly byte[][] _encodedFields;
    private readonly bool[] _refIsIndexLike;
    private readonly uint[] _refIndexValue;
    private readonly bool _refsEnumerateInAddOrder;
    private readonly int _indexLikeFieldCount;
    private readonly MetadataKey[] _metadataKeys;

    internal LunrIndex(LunrIndexData data)
    {
        _d = data;
        _fieldCount = data.Fields.Length;
        int termCount = data.Terms.Length;
        int buckets = termCount * _fieldCount;

        (_bucketStart, _bucketInstance) = BucketPairs(data, buckets);
        if (data.Occurrences is not null)
        {
            (_occurrenceBucketStart, _occurrencesByBucket) = BucketOccurrences(data, buckets);
        }

        _idf = ComputeIdf(termCount);
        _averageLength = ComputeAverageLengths();

        _sortedTerms = new int[termCount];
        for (int t = 0; t < termCount; t++) _sortedTerms[t] = t;
        string[] terms = data.Terms;
        Array.Sort(_sortedTerms, (a, b) => string.CompareOrdinal(terms[a], terms[b])); // JS sort(): UTF-16 units

        _encodedRefs = [.. data.Refs.Select(r => JsonTextWriter.EncodeStringContent(r))];
        _encodedFields = [.. data.Fields.Select(f => JsonTextWriter.EncodeStringContent(f.Name))];
        _refIsIndexLike = new bool[data.Refs.Length];
        _refIndexValue = new uint[data.Refs.Length];
        // JS enumerates array-index keys ascending, then the rest in insertion (add) order. When index-like
        // refs come first and ascend in add order (the site's "0", "1", …), any posting in add order is
        // already in JS order.
        _refsEnumerateInAddOrder = true;
        for (int r = 0; r < data.Refs.Length; r++)
        {
            _refIsIndexLike[r] = JsPropertyOrder.TryGetArrayIndex(data.Refs[r], out _refIndexValue[r]);
            if (r > 0 && _refIsIndexLike[r] && (!_refIsIndexLike[r - 1] || _refIndexValue[r] <= _refIndexValue[r - 1]))
            {
                _refsEnumerateInAddOrder = false;
            }
        }

        // Fields are already in JS order, so index-like names lead; "_index" goes right after them.
        while (_indexLikeFieldCount < _fieldCount && JsPropertyOrder.TryGetArrayIndex(data.Fields[_indexLikeFieldCount].Name, out _))
        {
            _indexLikeFieldCount++;
        }

        _metadataKeys = PlanMetadataKeys(data.MetadataWhitelist);
    }

    /// <summary>The language whose pipeline built the index; its labels are the serialised search pipeline.</summary>
    public SearchLanguage Language => _d.Language;

    /// <summary>The fields, in the order lunr serialises them.</summary>
    public IReadOnlyList<LunrField> Fields => _d.Fields;

    /// <summary>The number of documents added (duplicates included), which idf uses.</summary>
    public int DocumentCount => _d.AddCount;

    /// <summary>The number of distinct document refs.</summary>
    public int RefCount => _d.Refs.Length;

    /// <summary>The number of distinct terms in the inverted index.</summary>
    public int TermCount => _d.Terms.Length;

    /// <summary>Serialises the index to the stream as UTF-8 JSON without a byte order mark.</summary>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new JsonTextWriter(stream);
        new Serializer(this, writer).Write();
    }

    /// <summary>The serialised index as UTF-8 bytes.</summary>
    public byte[] ToUtf8Bytes()
    {
        using var memory = new MemoryStream();
        WriteTo(memory);
        return memory.ToArray();
    }

    /// <summary>The serialised index as a string.</summary>
    public string ToJson() => Encoding.UTF8.GetString(ToUtf8Bytes());

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int[] Start, int[] Instance) BucketPairs(LunrIndexData d, int buckets)
    {
        int fieldCount = d.Fields.Length;
        int instances = d.AddCount * fieldCount;
        var start = new int[buckets + 1];
        for (int i = 0; i < instances; i++)
        {
            int f = i % fieldCount;
            for (int p = d.InstancePairStart[i]; p < d.InstancePairStart[i + 1]; p++) start[(d.PairTerm[p] * fieldCount) + f + 1]++;
        }

        for (int k = 0; k < buckets; k++) start[k + 1] += start[k];
        var cursor = start.AsSpan(0, buckets).ToArray();
        var instance = new int[d.PairCount];
        for (int i = 0; i < instances; i++)
        {
            int f = i % fieldCount;
            for (int p = d.InstancePairStart[i]; p < d.InstancePairStart[i + 1]; p++) instance[cursor[(d.PairTerm[p] * fieldCount) + f]++] = i;
        }

        return (start, instance);
    }

    private static (int[] Start, TokenOccurrence[] Sorted) BucketOccurrences(LunrIndexData d, int buckets)
    {
        int fieldCount = d.Fields.Length;
        var start = new int[buckets + 1];
        TokenOccurrence[] occurrences = d.Occurrences!;
        for (int o = 0; o < d.OccurrenceCount; o++)
        {
            start[(occurrences[o].Term * fieldCount) + (occurrences[o].Instance % fieldCount) + 1]++;
        }

        for (int k = 0; k < buckets; k++) start[k + 1] += start[k];
        var cursor = start.AsSpan(0, buckets).ToArray();
        var sorted = new TokenOccurrence[d.OccurrenceCount];
        for (int o = 0; o < d.OccurrenceCount; o++)
        {
            sorted[cursor[(occurrences[o].Term * fieldCount) + (occurrences[o].Instance % fieldCount)]++] = occurrences[o];
        }

        return (start, sorted);
    }

    /// <summary>
    /// lunr's idf: ln(1 + |(N − dwt + 0.5) / (dwt + 0.5)|), where dwt counts docRefs per field and sums
    /// over fields (a document with the term in two fields counts twice) and N counts add() calls.
    /// </summary>
    private double[] ComputeIdf(int termCount)
    {
        var idf = new double[termCount];
        int[]? seen = _d.HasDuplicateRefs ? new int[_d.Refs.Length] : null;
        int stamp = 0;
        for (int t = 0; t < termCount; t++)
        {
            int withTerm;
            if (seen is null)
            {
                withTerm = _bucketStart[(t + 1) * _fieldCount] - _bucketStart[t * _fieldCount];
            }
            else
            {
                withTerm = 0;
                for (int f = 0; f < _fieldCount; f++)
                {
                    stamp++;
                    int key = (t * _fieldCount) + f;
                    for (int e = _bucketStart[key]; e < _bucketStart[key + 1]; e++)
                    {
                        int r = RefOfInstance(_bucketInstance[e]);
                        if (seen[r] != stamp)
                        {
                            seen[r] = stamp;
                            withTerm++;
                        }
                    }
                }
            }

            double x = ((double)(_d.AddCount - withTerm) + 0.5) / (withTerm + 0.5);
            idf[t] = Math.Log(1 + Math.Abs(x));
        }

        return idf;
    }

    /// <summary>Per field: the sum of the (last) lengths of each docRef's field, divided by the docRef count.</summary>
    private double[] ComputeAverageLengths()
    {
        var average = new double[_fieldCount];
        for (int f = 0; f < _fieldCount; f++)
        {
            long sum = 0;
            foreach (int add in _d.LastAddOfRef) sum += _d.InstanceLength[(add * _fieldCount) + f];
            average[f] = (double)sum / _d.Refs.Length;
        }

        return average;
    }

    private int RefOfInstance(int instance) => _d.RefOfAdd[instance / _fieldCount];
}
