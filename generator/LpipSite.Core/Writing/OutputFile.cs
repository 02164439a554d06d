namespace LpipSite.Core.Writing;

/// <summary>
/// One file of the built site. <see cref="Path"/> is relative to the output root, with forward
/// slashes and no leading slash (<c>case-studies/x/index.html</c>).
/// </summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content)
{
    public static OutputFile Text(string path, string text) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
