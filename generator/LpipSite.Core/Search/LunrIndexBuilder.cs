using System.Buffers;
using System.Runtime.CompilerServices;
using LpipSite.Core.Caching;

namespace LpipSite.Core.Search;

/// <summary>
/// Builds a search index that <c>lunr.Index.load</c> in lunr.js 2.3.9 accepts and that serialises
/// byte for byte like <c>JSON.stringify</c> of an index lunr.js builds from the same documents with the
/// defaults of <c>lunr(fn)</c> (<c>b = 0.75</c>, <c>k1 = 1.2</c>) and the <see cref="SearchLanguage"/>'s
/// pipeline: by default <see cref="SearchLanguage.English"/>, lunr's own (trimmer, stop word filter and
/// stemmer); with <see cref="SearchLanguage.Welsh"/>, the functions of lunr-cy.js as build and search pipeline.
/// </summary>
/// <remarks>
/// Configure fields first, then add documents in order, then call <see cref="Build"/> once. Duplicate refs
/// are accepted and treated as lunr treats them: the last copy supplies the vector and boost, postings of
/// earlier copies remain, and every <see cref="Add"/> counts towards the document total used by idf.
/// Not thread-safe; the built <see cref="LunrIndex"/> is immutable.
/// </remarks>
public sealed class LunrIndexBuilder
{
    // lunr sums field lengths in a plain object, where these names hit Object.prototype and give NaN scores.
    private static readonly HashSet<string> PrototypeNames = new(StringComparer.Ordinal)
    {
        "constructor", "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__",
        "__lookupSetter__", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString",
        "toString", "valueOf",
    };

    private readonly List<LunrField> _declaredFields = [];
    private LunrField[]? _fields;
    private double _b = 0.75;
    private IReadOnlyList<string> _metadataWhitelist = [];
    private bool _built;

    private readonly Dictionary<string, int> _refIds = new(StringComparer.Ordinal);
    private readonly List<string> _refs = [];
    private readonly List<int> _lastAddOfRef = [];
    private readonly List<double> _boostOfRef = [];
    private readonly List<int> _refOfAdd = [];
    private bool _hasDuplicateRefs;
    private int _addCount;

    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];

    private readonly SearchLanguage _language;

    // Token key (the trimmed token, in English) → its terms, so the pipeline runs once per distinct key: a
    // term id; Dropped for a stop word; or, for a token the pipeline expands into several terms (Welsh
    // mutations), ExpansionBase - i for the term ids _expansions[i], in pipeline order.
    private const int Dropped = -1;
    private const int ExpansionBase = -2;
    private readonly Dictionary<string, int> _tokenTerms = new(StringComparer.Ordinal);
    private readonly List<int[]> _expansions = [];
    private readonly List<string> _pipelineTerms = [];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _tokenTermsBySpan;

    // One "instance" per (add, field): instance = addIndex * fieldCount + fieldIndex.
    private int[] _instanceLength = new int[256];
    private int[] _instancePairStart = new int[257];

    // Distinct (term, tf) pairs of every instance, sorted by term id within the instance.
    private int[] _pairTerm = new int[4096];
    private int[] _pairTf = new int[4096];
    private int _pairCount;

    private bool _recordOccurrences;
    private TokenOccurrence[] _occurrences = [];
    private int _occurrenceCount;

    // Scratch state of the field being indexed.
    private int[] _tf = new int[1024];
    private int[] _touched = new int[256];
    private int _touchedCount;
    private int _currentInstance;
    private int _currentLength;
    private char[]? _lowerBuffer;
    private readonly Tokenizer.TokenSink _sink;

    // Reuse of per-document analyses across builds (null: analyse every document).
    private EvictingCache<LunrDocumentKey, LunrDocumentAnalysis>? _analysisCache;
    private string[] _fieldNames = [];
    private readonly List<string> _recordedTerms = [];
    private readonly List<int> _recordedCounts = [];
    private readonly List<int> _recordedLengths = [];
    private readonly List<int> _recordedStarts = [];

    /// <summary>Creates a builder with lunr's defaults, the English pipeline and no fields.</summary>
    public LunrIndexBuilder()
        : this(SearchLanguage.English)
    {
    }

    /// <summary>Creates a builder with lunr's defaults, the language's pipeline and no fields.</summary>
    public LunrIndexBuilder(SearchLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        _language = language;
        _tokenTermsBySpan = _tokenTerms.GetAlternateLookup<ReadOnlySpan<char>>();
        _sink = OnToken;
    }

    /// <summary>The language whose pipeline analyses the text and whose search pipeline the index names.</summary>
    public SearchLanguage Language => _language;

    /// <summary>BM25 field-length normalisation, clamped to [0, 1] as lunr clamps it. Default 0.75.</summary>
    public double B
    {
        get => _b;
        set => _b = value < 0 ? 0 : value > 1 ? 1 : value;
    }

    /// <summary>BM25 term-frequency saturation (not clamped). Default 1.2.</summary>
    public double K1 { get; set; } = 1.2;

    /// <summary>
    /// Token metadata stored in postings, in this order: <c>position</c>, <c>index</c>, <c>fields</c>
    /// (any other key stores null per occurrence, as in lunr). Default none. Set before adding documents.
    /// </summary>
    public IReadOnlyList<string> MetadataWhitelist
    {
        get => _metadataWhitelist;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            EnsureConfigurable();
            _metadataWhitelist = [.. value];
        }
    }

    /// <summary>
    /// Reuses the analysis of a document whose field values an earlier build already analysed. Ignored when
    /// metadata is whitelisted (token positions are not cached). Set before adding documents.
    /// </summary>
    internal EvictingCache<LunrDocumentKey, LunrDocumentAnalysis>? AnalysisCache
    {
        get => _analysisCache;
        set
        {
            EnsureConfigurable();
            _analysisCache = value;
        }
    }

    /// <summary>The number of <see cref="Add"/> calls so far.</summary>
    public int DocumentCount => _addCount;

    /// <summary>
    /// Declares a field. A later declaration of the same name replaces its boost but keeps its place.
    /// Boost 0 and NaN count as 1, as in lunr.
    /// </summary>
    /// <exception cref="ArgumentException">The name cannot work in a lunr index.</exception>
    public void AddField(string name, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(name);
        EnsureConfigurable();
        if (FieldNameProblem(name) is { } problem) throw new ArgumentException(problem, nameof(name));

        int existing = _declaredFields.FindIndex(f => f.Name == name);
        if (existing >= 0) _declaredFields[existing] = new LunrField(name, boost);
        else _declaredFields.Add(new LunrField(name, boost));
    }

    /// <summary>Why lunr.js cannot use <paramref name="name"/> as a field name, or null if it can.</summary>
    public static string? FieldNameProblem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains('/', StringComparison.Ordinal)) return $"Field '{name}' contains illegal character '/'.";
        if (name == "_index") return "A field cannot be named '_index': it would overwrite the term number in every posting.";
        if (PrototypeNames.Contains(name)) return $"A field cannot be named '{name}': lunr.js 2.3.9 computes NaN scores for it.";
        return null;
    }

    /// <summary>Indexes one document (in lunr's <c>add</c> order, which numbers the terms).</summary>
    public void Add(LunrDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(document.Ref, nameof(document));
        ArgumentNullException.ThrowIfNull(document.Fields, nameof(document));
        if (_built) throw new InvalidOperationException("The index has already been built.");
        LunrField[] fields = _fields ??= FreezeFields();

        if (_refIds.TryGetValue(document.Ref, out int refId))
        {
            _hasDuplicateRefs = true;
            _lastAddOfRef[refId] = _addCount;
            _boostOfRef[refId] = document.Boost;
        }
        else
        {
            refId = _refs.Count;
            _refIds.Add(document.Ref, refId);
            _refs.Add(document.Ref);
            _lastAddOfRef.Add(_addCount);
            _boostOfRef.Add(document.Boost);
        }

        _refOfAdd.Add(refId);
        EnsureInstanceCapacity((_addCount + 1) * fields.Length);
        LunrDocumentKey? key = _analysisCache is null || _recordOccurrences ? null : AnalysisKey(document, fields);
        if (key is not null && _analysisCache!.TryGet(key, out LunrDocumentAnalysis? cached))
        {
            Replay(cached, fields.Length);
        }
        else
        {
            Analyse(document, fields, record: key is not null);
            if (key is not null) _analysisCache!.Put(key, RecordedAnalysis(fields.Length));
        }

        _addCount++;
    }

    private void Analyse(LunrDocument document, LunrField[] fields, bool record)
    {
        for (int f = 0; f < fields.Length; f++)
        {
            _currentInstance = (_addCount * fields.Length) + f;
            _currentLength = 0;
            _touchedCount = 0;
            document.Fields.TryGetValue(fields[f].Name, out LunrValue? value);
            Tokenizer.Tokenize(value, ref _lowerBuffer, _sink);
            if (record) RecordInstance(f);
            FinishInstance();
        }
    }

    /// <summary>The cache key, or null when a value is an array (its tokens are not one string's).</summary>
    private LunrDocumentKey? AnalysisKey(LunrDocument document, LunrField[] fields)
    {
        var values = new string?[fields.Length];
        for (int f = 0; f < fields.Length; f++)
        {
            if (!document.Fields.TryGetValue(fields[f].Name, out LunrValue? value) || value is null || value.Kind == LunrValueKind.Null) continue;
            if (value.Kind == LunrValueKind.Array) return null;
            values[f] = value.ToString(); // the tokenizer sees only this text for any scalar
        }

        return new LunrDocumentKey(_language, _fieldNames, values);
    }

    /// <summary>Keeps the instance's terms in order of first occurrence, before FinishInstance sorts them.</summary>
    private void RecordInstance(int field)
    {
        if (field == 0)
        {
            _recordedTerms.Clear();
            _recordedCounts.Clear();
            _recordedLengths.Clear();
            _recordedStarts.Clear();
        }

        _recordedLengths.Add(_currentLength);
        _recordedStarts.Add(_recordedTerms.Count);
        foreach (int term in _touched.AsSpan(0, _touchedCount))
        {
            _recordedTerms.Add(_terms[term]);
            _recordedCounts.Add(_tf[term]);
        }
    }

    private LunrDocumentAnalysis RecordedAnalysis(int fieldCount)
    {
        var starts = new int[fieldCount + 1];
        for (int f = 0; f < fieldCount; f++) starts[f] = _recordedStarts[f];
        starts[fieldCount] = _recordedTerms.Count;
        return new LunrDocumentAnalysis([.. _recordedLengths], starts, [.. _recordedTerms], [.. _recordedCounts]);
    }

    /// <summary>
    /// Adds a cached analysis as if the document were analysed now: terms new to this index are numbered
    /// in the order a fresh analysis would meet them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Replay(LunrDocumentAnalysis analysis, int fieldCount)
    {
        for (int f = 0; f < fieldCount; f++)
        {
            _currentInstance = (_addCount * fieldCount) + f;
            _currentLength = analysis.FieldLength[f];
            _touchedCount = 0;
            int end = analysis.FieldTermStart[f + 1];
            if (_touched.Length < end - analysis.FieldTermStart[f]) Array.Resize(ref _touched, Math.Max(_touched.Length * 2, end - analysis.FieldTermStart[f]));
            for (int t = analysis.FieldTermStart[f]; t < end; t++)
            {
                int term = TermIdOf(analysis.Terms[t]);
                if (term >= _tf.Length) Array.Resize(ref _tf, Math.Max(_tf.Length * 2, term + 1));
                _tf[term] = analysis.Counts[t];
                _touched[_touchedCount++] = term;
            }

            FinishInstance();
        }
    }

    /// <summary>Computes idf, averages and postings; the builder cannot be used afterwards.</summary>
    public LunrIndex Build()
    {
        if (_built) throw new InvalidOperationException("The index has already been built.");
        _built = true;
        LunrField[] fields = _fields ??= FreezeFields();
        if (_lowerBuffer is not null)
        {
            ArrayPool<char>.Shared.Return(_lowerBuffer);
            _lowerBuffer = null;
        }

        return new LunrIndex(new LunrIndexData
        {
            Language = _language,
            Fields = fields,
            B = _b,
            K1 = K1,
            MetadataWhitelist = _metadataWhitelist,
            Refs = [.. _refs],
            LastAddOfRef = [.. _lastAddOfRef],
            RefOfAdd = [.. _refOfAdd],
            BoostOfRef = [.. _boostOfRef],
            HasDuplicateRefs = _hasDuplicateRefs,
            AddCount = _addCount,
            Terms = [.. _terms],
            InstanceLength = _instanceLength,
            InstancePairStart = _instancePairStart,
            PairTerm = _pairTerm,
            PairTf = _pairTf,
            PairCount = _pairCount,
            Occurrences = _recordOccurrences ? _occurrences : null,
            OccurrenceCount = _occurrenceCount,
        });
    }

    private void EnsureConfigurable()
    {
        if (_fields is not null) throw new InvalidOperationException("Fields and metadata must be configured before the first document is added.");
    }

    private LunrField[] FreezeFields()
    {
        _recordOccurrences = _metadataWhitelist.Count > 0;
        var byName = _declaredFields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        LunrField[] fields = [.. JsPropertyOrder.Order(_declaredFields.Select(f => f.Name)).Select(n => byName[n])];
        _fieldNames = [.. fields.Select(f => f.Name)];
        return fields;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void OnToken(ReadOnlySpan<char> token, int start, int length, int index)
    {
        int term = TermOf(token);
        if (term >= 0)
        {
            Count(term, start, length, index);
        }
        else if (term != Dropped)
        {
            // Each form is an occurrence of its own with the token's metadata, as lunr's Builder.add counts
            // the tokens a pipeline function returns in an array.
            foreach (int form in _expansions[ExpansionBase - term]) Count(form, start, length, index);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Count(int term, int start, int length, int index)
    {
        _currentLength++;
        if (term >= _tf.Length) Array.Resize(ref _tf, Math.Max(_tf.Length * 2, term + 1));
        if (_tf[term]++ == 0)
        {
            if (_touchedCount == _touched.Length) Array.Resize(ref _touched, _touched.Length * 2);
            _touched[_touchedCount++] = term;
        }

        if (_recordOccurrences)
        {
            if (_occurrenceCount == _occurrences.Length) Array.Resize(ref _occurrences, Math.Max(1024, _occurrences.Length * 2));
            _occurrences[_occurrenceCount++] = new TokenOccurrence(term, _currentInstance, start, length, index);
        }
    }

    /// <summary>
    /// A term id, <see cref="Dropped"/>, or an expansion (<see cref="ExpansionBase"/> minus its number). New
    /// terms are numbered here, in pipeline order, when their token's key is first met: that is where lunr
    /// first meets them too.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int TermOf(ReadOnlySpan<char> token)
    {
        ReadOnlySpan<char> keySpan = _language.Key(token);
        if (_tokenTermsBySpan.TryGetValue(keySpan, out int term)) return term;

        string key = keySpan.ToString();
        _pipelineTerms.Clear();
        _language.AddTerms(key, _pipelineTerms);
        switch (_pipelineTerms.Count)
        {
            case 0:
                term = Dropped;
                break;
            case 1:
                term = TermIdOf(_pipelineTerms[0]);
                break;
            default:
                var forms = new int[_pipelineTerms.Count];
                for (int i = 0; i < forms.Length; i++) forms[i] = TermIdOf(_pipelineTerms[i]);
                term = ExpansionBase - _expansions.Count;
                _expansions.Add(forms);
                break;
        }

        _tokenTerms.Add(key, term);
        return term;
    }

    /// <summary>The number of a term, numbering it if it is new (lunr numbers terms as it first meets them).</summary>
    private int TermIdOf(string stem)
    {
        if (!_termIds.TryGetValue(stem, out int term))
        {
            term = _terms.Count;
            _terms.Add(stem);
            _termIds.Add(stem, term);
        }

        return term;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FinishInstance()
    {
        int instance = _currentInstance;
        Span<int> touched = _touched.AsSpan(0, _touchedCount);
        touched.Sort(); // vectors are sorted by term index
        if (_pairCount + touched.Length > _pairTerm.Length)
        {
            int size = Math.Max(_pairTerm.Length * 2, _pairCount + touched.Length);
            Array.Resize(ref _pairTerm, size);
            Array.Resize(ref _pairTf, size);
        }

        foreach (int term in touched)
        {
            _pairTerm[_pairCount] = term;
            _pairTf[_pairCount] = _tf[term];
            _pairCount++;
            _tf[term] = 0;
        }

        _instanceLength[instance] = _currentLength;
        _instancePairStart[instance + 1] = _pairCount;
    }

    private void EnsureInstanceCapacity(int instances)
    {
        if (instances <= _instanceLength.Length) return;
        int size = Math.Max(instances, _instanceLength.Length * 2);
        Array.Resize(ref _instanceLength, size);
        Array.Resize(ref _instancePairStart, size + 1);
    }
}

/// <summary>A declared field and its boost.</summary>
/// <param name="Name">The field name (no <c>/</c>).</param>
/// <param name="Boost">Multiplies the field's scores; 0 and NaN count as 1.</param>
public sealed record LunrField(string Name, double Boost = 1);

/// <summary>One token that survived the pipeline, kept only when metadata is whitelisted.</summary>
internal readonly record struct TokenOccurrence(int Term, int Instance, int Start, int Length, int Index);
