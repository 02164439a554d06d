using LpipSite.Core.Diagnostics;

namespace LpipSite.Core.Loading;

/// <summary>A YAML node that remembers where it started, so every diagnostic can point at it.</summary>
public abstract record YamlNode(SourceLocation At)
{
    public abstract string KindName { get; }
}

/// <summary>A scalar; <see cref="Quoted"/> is true for '…' and "…" and block scalars.</summary>
public sealed record YamlScalar(SourceLocation At, string Value, bool Quoted) : YamlNode(At)
{
    public override string KindName => "a single value";

    /// <summary>YAML's plain <c>null</c>, <c>~</c> or nothing at all.</summary>
    public bool IsNull => !Quoted && Value is "" or "~" or "null" or "Null" or "NULL";
}

public sealed record YamlSequence(SourceLocation At, IReadOnlyList<YamlNode> Items) : YamlNode(At)
{
    public override string KindName => "a list";
}

public sealed record YamlMapping(SourceLocation At, IReadOnlyList<YamlEntry> Entries) : YamlNode(At)
{
    public override string KindName => "a set of fields";

    public YamlEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key.Value == key);
}

public sealed record YamlEntry(YamlScalar Key, YamlNode Value);
