namespace LpipSite.Core.Tests.Rendering;

/// <summary>A throwaway <c>themes/</c> folder for theme tests; deleted on dispose.</summary>
internal sealed class TempThemes : IDisposable
{
    public TempThemes()
    {
        Root = Path.Combine(Path.GetTempPath(), "lpip-themes-" + Guid.NewGuid().ToString("N"), "themes");
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string theme) => Path.Combine(Root, theme);

    public TempThemes With(string theme, string relativePath, string text)
    {
        var path = Path.Combine(Root, theme, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
