namespace LpipSite.Core.Model;

/// <summary>
/// A closed list of ids, in display order. A vocabulary of the content (themes, topics) carries its
/// terms' labels and descriptions; a built-in vocabulary (<see cref="Vocabularies"/>) carries only
/// ids, and what readers see for each id is in the theme's text table under
/// <see cref="TextSection"/>: <c>vocabulary.nation.northern_ireland</c> is the label of the nation
/// <c>northern-ireland</c>, and <c>vocabulary.phase.hub_description</c> the description of the phase
/// <c>hub</c> (for a vocabulary whose terms have descriptions).
/// </summary>
public sealed class Vocabulary
{
    /// <summary>What the build reads for descriptions: the suffix of a description's key after its term's.</summary>
    public const string DescriptionSuffix = "_description";

    private readonly Dictionary<string, VocabularyTerm> _byId;
    private readonly Dictionary<string, (string Label, string? Description)>? _keys;

    /// <summary>A vocabulary of the content, with its terms' labels and descriptions.</summary>
    public Vocabulary(string name, IEnumerable<VocabularyTerm> terms)
        : this(name, terms, textSection: null, described: false)
    {
    }

    private Vocabulary(string name, IEnumerable<VocabularyTerm> terms, string? textSection, bool described)
    {
        Name = name;
        Terms = terms.ToList();
        _byId = Terms.ToDictionary(t => t.Id, StringComparer.Ordinal);
        TextSection = textSection;
        HasDescriptions = described;
        if (textSection is not null)
        {
            _keys = Terms.ToDictionary(
                t => t.Id,
                t => (textSection + "." + TermKey(t.Id), described ? textSection + "." + TermKey(t.Id) + DescriptionSuffix : null),
                StringComparer.Ordinal);
            var clash = Terms.GroupBy(t => TermKey(t.Id), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (clash is not null)
            {
                throw new InvalidOperationException($"the {name} ids {string.Join(" and ", clash.Select(t => t.Id))} have the same text key '{clash.Key}'");
            }
        }
    }

    /// <summary>What one of its values is called in messages to contributors ("evidence level").</summary>
    public string Name { get; }

    /// <summary>
    /// For a built-in vocabulary, the section of the theme's text table that holds what readers see
    /// for each term ("vocabulary.nation"); null for a vocabulary of the content, whose terms carry
    /// their own labels.
    /// </summary>
    public string? TextSection { get; }

    /// <summary>Whether each term of a built-in vocabulary has a description in the text table as well as a label.</summary>
    public bool HasDescriptions { get; }

    /// <summary>
    /// The terms in display order. A built-in vocabulary's terms have ids only (their labels and
    /// descriptions are empty here: readers get them from the theme's text table).
    /// </summary>
    public IReadOnlyList<VocabularyTerm> Terms { get; }

    public IEnumerable<string> Ids => Terms.Select(t => t.Id);

    public bool Contains(string id) => _byId.ContainsKey(id);

    public VocabularyTerm? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The label of a content vocabulary's id; the id itself when unknown (validation reports unknown
    /// ids). A built-in vocabulary has no labels here: look them up with <c>Localiser.Label</c>.
    /// </summary>
    public string LabelOf(string id) => TextSection is null
        ? _byId.TryGetValue(id, out var t) ? t.Label : id
        : throw new InvalidOperationException($"the labels of the {Name} vocabulary are in the theme's text table ({TextSection}); look them up with Localiser.Label");

    /// <summary>The text table key of a built-in vocabulary's term label ("vocabulary.nation.uk_wide"); null for an unknown id or a content vocabulary.</summary>
    public string? LabelKey(string id) => _keys is not null && _keys.TryGetValue(id, out var keys) ? keys.Label : null;

    /// <summary>The text table key of a built-in term's description ("vocabulary.phase.hub_description"); null when the vocabulary has none.</summary>
    public string? DescriptionKey(string id) => _keys is not null && _keys.TryGetValue(id, out var keys) ? keys.Description : null;

    /// <summary>
    /// An id as a text table key name: lower case, with each character other than a letter or digit
    /// written as '_' ("northern-ireland" → "northern_ireland", "CC-BY-4.0" → "cc_by_4_0").
    /// </summary>
    public static string TermKey(string id) =>
        string.Create(id.Length, id, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = char.ToLowerInvariant(source[i]);
                span[i] = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : '_';
            }
        });

    /// <summary>A built-in vocabulary: its ids, with what readers see for them in the text table under <paramref name="textSection"/>.</summary>
    internal static Vocabulary BuiltIn(string name, string textSection, bool described, params string[] ids) =>
        new(name, ids.Select(id => new VocabularyTerm(id, string.Empty, string.Empty)), textSection, described);
}
