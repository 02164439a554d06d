namespace LpipSite.Core.Model;

/// <summary>A closed list of ids with human labels, in display order.</summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, VocabularyTerm> _byId;

    public Vocabulary(string name, IEnumerable<VocabularyTerm> terms)
    {
        Name = name;
        Terms = terms.ToList();
        _byId = Terms.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    public string Name { get; }

    public IReadOnlyList<VocabularyTerm> Terms { get; }

    public IEnumerable<string> Ids => Terms.Select(t => t.Id);

    public bool Contains(string id) => _byId.ContainsKey(id);

    public VocabularyTerm? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The label for an id; the id itself when unknown (validation reports unknown ids).</summary>
    public string LabelOf(string id) => _byId.TryGetValue(id, out var t) ? t.Label : id;

    internal static Vocabulary Of(string name, params (string Id, string Label, string Description)[] terms) =>
        new(name, terms.Select(t => new VocabularyTerm(t.Id, t.Label, t.Description)));
}
