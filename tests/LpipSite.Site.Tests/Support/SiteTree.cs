using System.Security.Cryptography;
using LpipSite.Testing;

namespace LpipSite.Site.Tests.Support;

/// <summary>A throwaway folder with a content tree to build, and helpers to compare built sites.</summary>
public sealed class SiteTree : IDisposable
{
    public SiteTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "lpip-site-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public string Output => Path.Combine(Root, "_site");

    /// <summary>Copies a fixture site from tests/fixtures/sites/NAME, or the shipped content for "shipped".</summary>
    public static SiteTree FromFixture(string name)
    {
        var tree = new SiteTree();
        var source = name == "shipped" ? RepositoryRoot.Content : Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "sites", name, "content");
        CopyDirectory(source, tree.Content);
        return tree;
    }

    public void Write(string relative, string text)
    {
        var full = Path.Combine(Content, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public LpipRun Build(params string[] extra) =>
        Lpip.Run(Root, ["build", "--content", Content, "--theme", RepositoryRoot.DefaultTheme, "--output", Output, "--today", "2026-11-25", .. extra]);

    /// <summary>Runs 'lpip check' on this tree with the default theme, as of the fixed test date.</summary>
    public LpipRun Check(params string[] extra) =>
        Lpip.Run(Root, ["check", "--content", Content, "--theme", RepositoryRoot.DefaultTheme, "--today", "2026-11-25", .. extra]);

    /// <summary>Runs 'lpip new' on this tree, as of the fixed test date.</summary>
    public LpipRun New(params string[] args) =>
        Lpip.Run(Root, ["new", .. args, "--content", Content, "--today", "2026-11-25"]);

    public string ReadContent(string relative) => File.ReadAllText(Path.Combine(Content, relative));

    public string ReadOutput(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public bool OutputExists(string relative) => File.Exists(Path.Combine(Output, relative));

    /// <summary>Every file under a folder with its SHA-256, for byte-for-byte comparison of two builds.</summary>
    public static IReadOnlyDictionary<string, string> Fingerprint(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(
                f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
                f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))),
                StringComparer.Ordinal);

    public static void CopyDirectory(string from, string to, string? skip = null) => LpipSite.Testing.Folders.Copy(from, to, skip);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
