namespace LpipSite.Core.Validation.Schema;

/// <summary>A field is required when another field of the same object has one of these values.</summary>
public sealed record Condition(string Field, IReadOnlyList<string> Values)
{
    public override string ToString() => $"when {Field} is {string.Join(" or ", Values)}";
}

public sealed record FieldSchema(
    string Name,
    FieldType Type,
    bool Required,
    string Description,
    Condition? RequiredWhen = null,
    Condition? AllowedOnlyWhen = null);

public sealed record ObjectSchema(string Name, IReadOnlyList<FieldSchema> Fields)
{
    public FieldSchema? Find(string name) => Fields.FirstOrDefault(f => f.Name == name);
}

/// <summary>Small helpers so schema definitions read like the content model.</summary>
internal static class Field
{
    public static FieldSchema Req(string name, FieldType type, string description) => new(name, type, true, description);

    public static FieldSchema Opt(string name, FieldType type, string description) => new(name, type, false, description);

    public static ListType ListOf(FieldType item, int min = 0) => new(item, min);

    public static ObjectType Obj(string name, params FieldSchema[] fields) => new(new ObjectSchema(name, fields));
}
