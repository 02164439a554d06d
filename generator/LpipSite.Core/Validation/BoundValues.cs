using LpipSite.Core.Diagnostics;
using LpipSite.Core.Validation.Schema;

namespace LpipSite.Core.Validation;

/// <summary>A field value that passed its type check, with where it was written.</summary>
public abstract record BoundValue(SourceLocation At);

public sealed record BoundText(SourceLocation At, string Value) : BoundValue(At);

public sealed record BoundDate(SourceLocation At, DateOnly Value) : BoundValue(At);

public sealed record BoundDateTime(SourceLocation At, DateTime Value, bool HasTime) : BoundValue(At);

public sealed record BoundBool(SourceLocation At, bool Value) : BoundValue(At);

public sealed record BoundNumber(SourceLocation At, double Value) : BoundValue(At);

public sealed record BoundList(SourceLocation At, IReadOnlyList<BoundValue> Items) : BoundValue(At);

/// <summary>A reference to another item, resolved after every file is read.</summary>
public sealed record BoundRef(SourceLocation At, RefKind Kind, string Raw) : BoundValue(At);

public sealed record BoundObject(SourceLocation At, IReadOnlyDictionary<string, BoundValue> Fields) : BoundValue(At)
{
    public BoundValue? this[string name] => Fields.GetValueOrDefault(name);

    public string? Text(string name) => (this[name] as BoundText)?.Value;

    public string TextOrEmpty(string name) => Text(name) ?? string.Empty;

    public DateOnly? Date(string name) => (this[name] as BoundDate)?.Value;

    public bool Bool(string name) => this[name] is BoundBool { Value: true };

    public double? Number(string name) => (this[name] as BoundNumber)?.Value;

    public BoundObject? Object(string name) => this[name] as BoundObject;

    public BoundRef? Ref(string name) => this[name] as BoundRef;

    public IReadOnlyList<BoundValue> List(string name) => (this[name] as BoundList)?.Items ?? [];

    public IEnumerable<string> Texts(string name) => List(name).OfType<BoundText>().Select(t => t.Value);

    public IEnumerable<BoundRef> Refs(string name) => List(name).OfType<BoundRef>();

    public IEnumerable<BoundObject> Objects(string name) => List(name).OfType<BoundObject>();

    public SourceLocation LocationOf(string name) => this[name]?.At ?? At;
}
