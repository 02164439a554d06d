namespace LpipSite.Core.Writing;

/// <summary>Where a built site goes: a folder on disk, or memory for the preview server and tests.</summary>
public interface ISiteWriter
{
    void Write(IReadOnlyList<OutputFile> files);
}

/// <summary>Keeps the site in memory, keyed by path.</summary>
public sealed class MemorySiteWriter : ISiteWriter
{
    public IReadOnlyDictionary<string, ReadOnlyMemory<byte>> Files { get; private set; } =
        new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);

    public void Write(IReadOnlyList<OutputFile> files) =>
        Files = files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
}
