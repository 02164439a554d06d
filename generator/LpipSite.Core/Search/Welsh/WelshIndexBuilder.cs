using System.Text;

namespace LpipSite.Core.Search.Welsh;

/// <summary>
/// Builds a lunr.js 2.3.9 index of Welsh text with <see cref="WelshPipeline"/> in place of lunr's English
/// pipeline. Its JSON is byte for byte what <c>JSON.stringify</c> gives for an index that lunr.js builds with
/// the functions of lunr-cy.js as both build and search pipeline; <c>lunr.Index.load</c> accepts it once
/// lunr-cy.js has registered those functions. Scoring and serialisation are <see cref="LunrIndex"/>'s own.
/// </summary>
/// <remarks>
/// Kept apart from <see cref="LunrIndexBuilder"/> so the English index cannot change. Narrower than it on
/// purpose: no metadata whitelist and no duplicate refs (both throw), which the site does not use.
/// </remarks>
public sealed class WelshIndexBuilder
{
    private const string EnglishPipelineTail = ",\"pipeline\":[\"stemmer\"]}";

    private readonly List<LunrField> _declaredFields = [];
    private LunrField[]? _fields;
    private readonly Dictionary<string, int> _refIds = new(StringComparer.Ordinal);
    private readonly List<string> _refs = [];
    private readonly List<double> _boosts = [];
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<int> _instanceLength = [];
    private readonly List<int> _instancePairStart = [0];
    private readonly List<int> _pairTerm = [];
    private readonly List<int> _pairTf = [];
    private bool _built;

    /// <summary>BM25 field-length normalisation (lunr's default, 0.75).</summary>
    public double B { get; init; } = 0.75;

    /// <summary>BM25 term-frequency saturation (lunr's default, 1.2).</summary>
    public double K1 { get; init; } = 1.2;

    /// <summary>Declares a field (before the first document); boost 0 and NaN count as 1, as in lunr.</summary>
    public void AddField(string name, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_fields is not null) throw new InvalidOperationException("Fields must be declared before the first document is added.");
        if (LunrIndexBuilder.FieldNameProblem(name) is { } problem) throw new ArgumentException(problem, nameof(name));
        if (_declaredFields.Exists(f => f.Name == name)) throw new ArgumentException($"Field '{name}' is already declared.", nameof(name));
        _declaredFields.Add(new LunrField(name, boost));
    }

    /// <summary>Indexes one document; terms are numbered in the order lunr meets them.</summary>
    public void Add(LunrDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_built) throw new InvalidOperationException("The index has already been built.");
        if (!_refIds.TryAdd(document.Ref, _refs.Count)) throw new ArgumentException($"Duplicate ref '{document.Ref}'.", nameof(document));
        _refs.Add(document.Ref);
        _boosts.Add(document.Boost);
        _fields ??= FreezeFields();

        foreach (LunrField field in _fields)
        {
            document.Fields.TryGetValue(field.Name, out LunrValue? value);
            var tf = new Dictionary<int, int>();
            int length = 0;
            foreach (LunrToken token in Tokenizer.Tokenize(value))
            {
                foreach (string term in WelshPipeline.Run(token.Text))
                {
                    int id = TermId(term);
                    tf[id] = tf.GetValueOrDefault(id) + 1;
                    length++;
                }
            }

            foreach (int id in tf.Keys.Order())
            {
                _pairTerm.Add(id);
                _pairTf.Add(tf[id]);
            }

            _instanceLength.Add(length);
            _instancePairStart.Add(_pairTerm.Count);
        }
    }

    /// <summary>Scores the index; the builder cannot be used afterwards.</summary>
    public WelshIndex Build()
    {
        if (_built) throw new InvalidOperationException("The index has already been built.");
        _built = true;
        LunrField[] fields = _fields ??= FreezeFields();
        int adds = _refs.Count;
        return new WelshIndex(new LunrIndex(new LunrIndexData
        {
            Fields = fields,
            B = B < 0 ? 0 : B > 1 ? 1 : B,
            K1 = K1,
            MetadataWhitelist = [],
            Refs = [.. _refs],
            LastAddOfRef = [.. Enumerable.Range(0, adds)],
            RefOfAdd = [.. Enumerable.Range(0, adds)],
            BoostOfRef = [.. _boosts],
            HasDuplicateRefs = false,
            AddCount = adds,
            Terms = [.. _terms],
            InstanceLength = [.. _instanceLength],
            InstancePairStart = [.. _instancePairStart],
            PairTerm = [.. _pairTerm],
            PairTf = [.. _pairTf],
            PairCount = _pairTerm.Count,
            Occurrences = null,
            OccurrenceCount = 0,
        }));
    }

    private LunrField[] FreezeFields()
    {
        var byName = _declaredFields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        return [.. JsPropertyOrder.Order(_declaredFields.Select(f => f.Name)).Select(n => byName[n])];
    }

    private int TermId(string term)
    {
        if (!_termIds.TryGetValue(term, out int id))
        {
            id = _terms.Count;
            _terms.Add(term);
            _termIds.Add(term, id);
        }

        return id;
    }

    internal static byte[] WithWelshPipeline(byte[] english)
    {
        byte[] tail = Encoding.UTF8.GetBytes(EnglishPipelineTail);
        if (!english.AsSpan().EndsWith(tail)) throw new InvalidOperationException("The serialised index does not end with the English pipeline.");
        string labels = string.Join(",", WelshPipeline.Labels.Select(l => "\"" + l + "\""));
        return [.. english.AsSpan(0, english.Length - tail.Length), .. Encoding.UTF8.GetBytes(",\"pipeline\":[" + labels + "]}")];
    }
}

/// <summary>A built Welsh index: a <see cref="LunrIndex"/> whose serialised pipeline is the Welsh one.</summary>
public sealed class WelshIndex
{
    internal WelshIndex(LunrIndex index) => Index = index;

    /// <summary>The scored index; its own serialisation names the English pipeline, so write through this class.</summary>
    internal LunrIndex Index { get; }

    /// <summary>The serialised index as UTF-8 bytes (no byte order mark), pipeline <c>["trimmer-cy","stopWordFilter-cy","mutations-cy"]</c>.</summary>
    public byte[] ToUtf8Bytes() => WelshIndexBuilder.WithWelshPipeline(Index.ToUtf8Bytes());

    /// <summary>The serialised index as a string.</summary>
    public string ToJson() => Encoding.UTF8.GetString(ToUtf8Bytes());

    /// <summary>Writes the serialised index to the stream.</summary>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(ToUtf8Bytes());
    }
}
