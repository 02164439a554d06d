using LpipSite.Core.Loading;

namespace LpipSite.Core.Validation;

/// <summary>A content file whose front matter has been checked against its schema.</summary>
public sealed record BoundDocument(SourceDocument Source, BoundValue Value)
{
    public string Id => Source.Id;

    public ContentKind Kind => Source.Kind;

    public BoundObject? Object => Value as BoundObject;
}
