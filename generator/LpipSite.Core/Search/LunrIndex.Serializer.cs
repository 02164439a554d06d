using System.Runtime.CompilerServices;
namespace LpipSite.Core.Search;

public sealed partial class LunrIndex
{
    private enum MetadataKind
    {
        Position,
        Index,
        Fields,
        Unknown,
    }

    /// <summary>A whitelisted key; a key listed twice makes lunr push every value twice.</summary>
    private sealed record MetadataKey(byte[] Encoded, MetadataKind Kind, int Multiplicity);

    private static MetadataKey[] PlanMetadataKeys(IReadOnlyList<string> whitelist)
    {
        var multiplicity = new Dictionary<string, int>(StringComparer.Ordinal);
        var insertionOrder = new List<string>();
        foreach (string key in whitelist)
        {
            if (multiplicity.TryGetValue(key, out int n)) multiplicity[key] = n + 1;
            else
            {
                multiplicity[key] = 1;
                insertionOrder.Add(key);
            }
        }

        return
        [
            .. JsPropertyOrder.Order(insertionOrder).Select(key => new MetadataKey(
                JsonTextWriter.EncodeStringContent(key),
                key switch
                {
                    "position" => MetadataKind.Position,
                    "index" => MetadataKind.Index,
                    "fields" => MetadataKind.Fields,
                    _ => MetadataKind.Unknown, // not in token metadata: lunr pushes undefined (null)
                },
                multiplicity[key])),
        ];
    }

    /// <summary>lunr reads boosts as <c>boost || 1</c>.</summary>
    private static double EffectiveBoost(double boost) => boost == 0 || double.IsNaN(boost) ? 1 : boost;

    /// <summary>One serialisation pass with its own scratch space, so WriteTo can run concurrently.</summary>
    private sealed class Serializer(LunrIndex index, JsonTextWriter w)
    {
        private readonly LunrIndexData _d = index._d;
        private readonly int _fieldCount = index._fieldCount;
        private readonly bool _simplePostings = !index._d.HasDuplicateRefs && index._refsEnumerateInAddOrder && index._metadataKeys.Length == 0;

        // Scratch for one posting field: entries are bucket positions, groups are distinct refs.
        private int[] _entryGroup = [];
        private int[] _entryOccurrenceStart = [];
        private int[] _entryOccurrenceEnd = [];
        private int[] _groupRef = [];
        private int[] _groupOrder = [];
        private int[] _groupEntryStart = [];
        private int[] _groupEntries = [];
        private readonly int[] _refStamp = new int[index._d.Refs.Length];
        private readonly int[] _refGroup = new int[index._d.Refs.Length];
        private int _stamp;

        public void Write()
        {
            w.Raw("{\"version\":\"2.3.9\",\"fields\":["u8);
            for (int f = 0; f < _fieldCount; f++)
            {
                if (f > 0) w.Raw((byte)',');
                WriteQuoted(index._encodedFields[f]);
            }

            w.Raw("],\"fieldVectors\":["u8);
            WriteFieldVectors();
            w.Raw("],\"invertedIndex\":["u8);
            WriteInvertedIndex();
            w.Raw("],\"pipeline\":["u8);
            w.Raw(_d.Language.PipelineJson);
            w.Raw("]}"u8);
        }

        private void WriteQuoted(byte[] encoded)
        {
            w.Raw((byte)'"');
            w.Raw(encoded);
            w.Raw((byte)'"');
        }

        /// <summary>One vector per fieldRef, in order of first creation: refs by first add, fields in order.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void WriteFieldVectors()
        {
            bool first = true;
            for (int r = 0; r < _d.Refs.Length; r++)
            {
                double docBoost = EffectiveBoost(_d.BoostOfRef[r]);
                int add = _d.LastAddOfRef[r];
                for (int f = 0; f < _fieldCount; f++)
                {
                    if (!first) w.Raw((byte)',');
                    first = false;
                    w.Raw("[\""u8);
                    w.Raw(index._encodedFields[f]);
                    w.Raw((byte)'/');
                    w.Raw(index._encodedRefs[r]);
                    w.Raw("\",["u8);

                    int instance = (add * _fieldCount) + f;
                    double length = _d.InstanceLength[instance];
                    double average = index._averageLength[f];
                    double fieldBoost = EffectiveBoost(_d.Fields[f].Boost);
                    int start = _d.InstancePairStart[instance], end = _d.InstancePairStart[instance + 1];
                    for (int p = start; p < end; p++)
                    {
                        int term = _d.PairTerm[p];
                        double tf = _d.PairTf[p];
                        if (p > start) w.Raw((byte)',');
                        w.Integer(term);
                        w.Raw((byte)',');

                        double thousandths = index.ScoreThousandths(term, tf, length, average, fieldBoost, docBoost);
                        if (Math.Abs(thousandths) < 1e15) w.Thousandths((long)thousandths);
                        else w.Number(thousandths / 1000);
                    }

                    w.Raw("]]"u8);
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void WriteInvertedIndex()
        {
            int[] sorted = index._sortedTerms;
            for (int i = 0; i < sorted.Length; i++)
            {
                int term = sorted[i];
                if (i > 0) w.Raw((byte)',');
                w.Raw((byte)'[');
                w.String(_d.Terms[term]);
                w.Raw(",{"u8);
                for (int f = 0; f < index._indexLikeFieldCount; f++)
                {
                    WritePostingField(term, f);
                    w.Raw((byte)',');
                }

                w.Raw("\"_index\":"u8);
                w.Integer(term);
                for (int f = index._indexLikeFieldCount; f < _fieldCount; f++)
                {
                    w.Raw((byte)',');
                    WritePostingField(term, f);
                }

                w.Raw("}]"u8);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void WritePostingField(int term, int field)
        {
            WriteQuoted(index._encodedFields[field]);
            w.Raw(":{"u8);
            int key = (term * _fieldCount) + field;
            int start = index._bucketStart[key], end = index._bucketStart[key + 1];
            if (_simplePostings)
            {
                for (int e = start; e < end; e++)
                {
                    if (e > start) w.Raw((byte)',');
                    WriteQuoted(index._encodedRefs[index.RefOfInstance(index._bucketInstance[e])]);
                    w.Raw(":{}"u8);
                }
            }
            else if (end > start)
            {
                WriteGeneralPostingField(key, start, end - start);
            }

            w.Raw((byte)'}');
        }

        /// <summary>Handles duplicate refs, index-like refs (which JS enumerates first) and metadata.</summary>
        private void WriteGeneralPostingField(int key, int start, int count)
        {
            EnsureScratch(count);
            int groups = 0;
            _stamp++;
            for (int j = 0; j < count; j++)
            {
                int r = index.RefOfInstance(index._bucketInstance[start + j]);
                if (_refStamp[r] != _stamp)
                {
                    _refStamp[r] = _stamp;
                    _refGroup[r] = groups;
                    _groupRef[groups++] = r;
                }

                _entryGroup[j] = _refGroup[r];
            }

            if (index._occurrencesByBucket is { } occurrences)
            {
                int position = index._occurrenceBucketStart![key], last = index._occurrenceBucketStart[key + 1];
                for (int j = 0; j < count; j++)
                {
                    int instance = index._bucketInstance[start + j];
                    _entryOccurrenceStart[j] = position;
                    while (position < last && occurrences[position].Instance == instance) position++;
                    _entryOccurrenceEnd[j] = position;
                }
            }

            // Entries of each group, in bucket (add) order.
            Array.Clear(_groupEntryStart, 0, groups + 1);
            for (int j = 0; j < count; j++) _groupEntryStart[_entryGroup[j] + 1]++;
            for (int g = 0; g < groups; g++) _groupEntryStart[g + 1] += _groupEntryStart[g];
            Span<int> fill = _groupEntryStart.AsSpan(0, groups).ToArray();
            for (int j = 0; j < count; j++) _groupEntries[fill[_entryGroup[j]]++] = j;

            // JS key order: array-index refs ascending, then the rest in insertion order.
            int o = 0;
            for (int g = 0; g < groups; g++)
            {
                if (index._refIsIndexLike[_groupRef[g]]) _groupOrder[o++] = g;
            }

            int indexLike = o;
            for (int g = 0; g < groups; g++)
            {
                if (!index._refIsIndexLike[_groupRef[g]]) _groupOrder[o++] = g;
            }

            if (indexLike > 1)
            {
                uint[] values = index._refIndexValue;
                int[] groupRef = _groupRef;
                _groupOrder.AsSpan(0, indexLike).Sort((a, b) => values[groupRef[a]].CompareTo(values[groupRef[b]]));
            }

            for (int i = 0; i < groups; i++)
            {
                int g = _groupOrder[i];
                if (i > 0) w.Raw((byte)',');
                WriteQuoted(index._encodedRefs[_groupRef[g]]);
                w.Raw((byte)':');
                WriteMetadata(_groupEntries.AsSpan(_groupEntryStart[g], _groupEntryStart[g + 1] - _groupEntryStart[g]));
            }
        }

        private void WriteMetadata(ReadOnlySpan<int> entries)
        {
            MetadataKey[] keys = index._metadataKeys;
            if (keys.Length == 0)
            {
                w.Raw("{}"u8);
                return;
            }

            TokenOccurrence[] occurrences = index._occurrencesByBucket!;
            w.Raw((byte)'{');
            for (int k = 0; k < keys.Length; k++)
            {
                if (k > 0) w.Raw((byte)',');
                WriteQuoted(keys[k].Encoded);
                w.Raw(":["u8);
                bool first = true;
                foreach (int j in entries)
                {
                    for (int o = _entryOccurrenceStart[j]; o < _entryOccurrenceEnd[j]; o++)
                    {
                        for (int m = 0; m < keys[k].Multiplicity; m++)
                        {
                            if (!first) w.Raw((byte)',');
                            first = false;
                            WriteMetadataValue(keys[k].Kind, occurrences[o]);
                        }
                    }
                }

                w.Raw((byte)']');
            }

            w.Raw((byte)'}');
        }

        private void WriteMetadataValue(MetadataKind kind, in TokenOccurrence occurrence)
        {
            // Array elements carry only {fields}: their position and index are undefined, written as null.
            switch (kind)
            {
                case MetadataKind.Position when occurrence.Start >= 0:
                    w.Raw((byte)'[');
                    w.Integer(occurrence.Start);
                    w.Raw((byte)',');
                    w.Integer(occurrence.Length);
                    w.Raw((byte)']');
                    break;
                case MetadataKind.Index when occurrence.Start >= 0:
                    w.Integer(occurrence.Index);
                    break;
                case MetadataKind.Fields:
                    w.Raw("[\""u8);
                    w.Raw(index._encodedFields[occurrence.Instance % _fieldCount]);
                    w.Raw("\"]"u8);
                    break;
                default:
                    w.Raw("null"u8);
                    break;
            }
        }

        private void EnsureScratch(int count)
        {
            if (_entryGroup.Length >= count) return;
            int size = Math.Max(count, _entryGroup.Length * 2);
            _entryGroup = new int[size];
            _entryOccurrenceStart = new int[size];
            _entryOccurrenceEnd = new int[size];
            _groupRef = new int[size];
            _groupOrder = new int[size];
            _groupEntryStart = new int[size + 1];
            _groupEntries = new int[size];
        }
    }
}
