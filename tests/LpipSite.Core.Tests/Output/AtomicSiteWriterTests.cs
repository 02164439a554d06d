using System.Diagnostics;
using System.Globalization;
using System.Text;
using LpipSite.Core.Writing;

namespace LpipSite.Core.Tests.Output;

/// <summary>
/// The site writer swaps a complete new site into place, and with a manifest hard-links the files
/// that did not change from the previous site instead of writing them again.
/// </summary>
public sealed class AtomicSiteWriterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "lpip-tests", "writer-" + Guid.NewGuid().ToString("N"));

    public AtomicSiteWriterTests() => Directory.CreateDirectory(_root);

    private string Site => Path.Combine(_root, "_site");

    private string Manifest => Path.Combine(_root, "cache", "site-manifest.tsv");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static OutputFile[] Files(params (string Path, string Text)[] files) =>
        [.. files.Select(f => OutputFile.Text(f.Path, f.Text))];

    private static readonly OutputFile[] Original = Files(
        ("index.html", "<h1>Home</h1>"),
        ("about/index.html", "<h1>About</h1>"),
        ("assets/site.css", "body { color: black; }"),
        ("search/index.json", "{\"docs\":[]}"));

    private static Dictionary<string, string> Read(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(File.ReadAllBytes(f)), StringComparer.Ordinal);

    private static Dictionary<string, string> Expected(IEnumerable<OutputFile> files) =>
        files.ToDictionary(f => f.Path, f => Convert.ToHexString(f.Content.Span), StringComparer.Ordinal);

    private SiteWriteStats WriteWithManifest(IReadOnlyList<OutputFile> files, string? output = null)
    {
        var writer = new AtomicSiteWriter(output ?? Site, Manifest);
        writer.Write(files);
        return writer.LastWrite;
    }

    /// <summary>The file's inode number from <c>stat</c>, or null on Windows.</summary>
    private static string? Inode(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var start = new ProcessStartInfo("stat", OperatingSystem.IsMacOS() ? ["-f", "%i", path] : ["-c", "%i", path])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var inode = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        Assert.Matches("^[0-9]+$", inode);
        return inode;
    }

    [Fact]
    public void Without_a_manifest_every_file_is_written()
    {
        var writer = new AtomicSiteWriter(Site);
        writer.Write(Original);
        writer.Write(Original);
        Assert.Equal(new SiteWriteStats(Original.Length, 0), writer.LastWrite);
        Assert.Equal(Expected(Original), Read(Site));
    }

    [Fact]
    public void Second_write_of_an_unchanged_site_links_every_file_and_matches_a_clean_write()
    {
        Assert.Equal(new SiteWriteStats(Original.Length, 0), WriteWithManifest(Original));
        Assert.Equal(new SiteWriteStats(0, Original.Length), WriteWithManifest(Original));

        var clean = Path.Combine(_root, "clean");
        new AtomicSiteWriter(clean).Write(Original);
        Assert.Equal(Read(clean), Read(Site));

        // And again: the manifest written after a linking build is just as good.
        Assert.Equal(new SiteWriteStats(0, Original.Length), WriteWithManifest(Original));
        Assert.Equal(Read(clean), Read(Site));
    }

    [Fact]
    public void Changed_files_are_written_removed_files_are_gone_and_new_files_appear()
    {
        WriteWithManifest(Original);
        var next = Files(
            ("index.html", "<h1>Home, retitled</h1>"),
            ("about/index.html", "<h1>About</h1>"),
            ("assets/site.css", "body { color: black; }"),
            ("news/index.html", "<h1>News</h1>"));

        Assert.Equal(new SiteWriteStats(2, 2), WriteWithManifest(next));
        Assert.Equal(Expected(next), Read(Site));
        Assert.False(Directory.Exists(Path.Combine(Site, "search")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root, ".*"));
    }

    [Fact]
    public void Unchanged_files_are_hard_links_to_the_previous_files_and_changed_files_are_new()
    {
        WriteWithManifest(Original);
        var kept = Path.Combine(Site, "about", "index.html");
        var changed = Path.Combine(Site, "index.html");
        var keptInode = Inode(kept);
        var changedInode = Inode(changed);
        var keptTime = File.GetLastWriteTimeUtc(kept);
        var changedTime = File.GetLastWriteTimeUtc(changed);
        Thread.Sleep(50);

        var next = Original.Select(f => f.Path == "index.html" ? OutputFile.Text("index.html", "<h1>Home, retitled</h1>") : f).ToArray();
        Assert.Equal(new SiteWriteStats(1, Original.Length - 1), WriteWithManifest(next));

        // While the old file still existed, a newly created file could not get its inode, so an equal
        // inode means the same file (a hard link), and an unchanged last-write time confirms it.
        Assert.Equal(keptTime, File.GetLastWriteTimeUtc(kept));
        Assert.NotEqual(changedTime, File.GetLastWriteTimeUtc(changed));
        if (keptInode is not null)
        {
            Assert.Equal(keptInode, Inode(kept));
            Assert.NotEqual(changedInode, Inode(changed));
        }

        Assert.Equal(Expected(next), Read(Site));
    }

    [Fact]
    public void A_file_edited_by_hand_in_the_output_folder_is_rewritten()
    {
        WriteWithManifest(Original);
        var edited = Path.Combine(Site, "assets", "site.css");
        Thread.Sleep(50);
        File.WriteAllText(edited, "body { color: white; }"); // same length, different bytes
        Assert.Equal(new SiteWriteStats(1, Original.Length - 1), WriteWithManifest(Original));
        Assert.Equal(Expected(Original), Read(Site));
    }

    [Fact]
    public void A_file_whose_last_write_time_alone_changed_is_rewritten()
    {
        WriteWithManifest(Original);
        var touched = Path.Combine(Site, "index.html");
        File.SetLastWriteTimeUtc(touched, File.GetLastWriteTimeUtc(touched).AddSeconds(-10));
        Assert.Equal(new SiteWriteStats(1, Original.Length - 1), WriteWithManifest(Original));
        Assert.Equal(Expected(Original), Read(Site));
    }

    [Fact]
    public void A_missing_manifest_gives_a_full_correct_write()
    {
        new AtomicSiteWriter(Site).Write(Original);
        Assert.False(File.Exists(Manifest));
        Assert.Equal(new SiteWriteStats(Original.Length, 0), WriteWithManifest(Original));
        Assert.Equal(Expected(Original), Read(Site));
        Assert.True(File.Exists(Manifest));
    }

    [Fact]
    public void A_manifest_for_another_output_folder_gives_a_full_correct_write()
    {
        var other = Path.Combine(_root, "other");
        WriteWithManifest(Original, other);
        new AtomicSiteWriter(Site).Write(Original);
        Assert.Equal(new SiteWriteStats(Original.Length, 0), WriteWithManifest(Original));
        Assert.Equal(Expected(Original), Read(Site));
        Assert.StartsWith("lpip-site-manifest\t1\t" + Site + "\n", File.ReadAllText(Manifest), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("")]
    [InlineData("other-version")]
    [InlineData("bad-hash")]
    [InlineData("truncated-line")]
    public void A_corrupt_or_foreign_version_manifest_gives_a_full_correct_write(string damage)
    {
        WriteWithManifest(Original);
        var lines = File.ReadAllLines(Manifest);
        var text = damage switch
        {
            "garbage" => "\u0000\u0001 not a manifest \uFFFD\n" + string.Join('\n', lines.Skip(1)),
            "" => "",
            "other-version" => lines[0].Replace("\t1\t", "\t2\t", StringComparison.Ordinal) + "\n" + string.Join('\n', lines.Skip(1)),
            "bad-hash" => lines[0] + "\n" + "zz" + lines[1][2..] + "\n" + string.Join('\n', lines.Skip(2)),
            "truncated-line" => lines[0] + "\n" + lines[1][..20] + "\n" + string.Join('\n', lines.Skip(2)),
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        };
        File.WriteAllText(Manifest, text, Encoding.UTF8);

        Assert.Equal(new SiteWriteStats(Original.Length, 0), WriteWithManifest(Original));
        Assert.Equal(Expected(Original), Read(Site));
        Assert.Equal(new SiteWriteStats(0, Original.Length), WriteWithManifest(Original));
    }

    [Fact]
    public void A_failed_write_leaves_the_previous_site_and_its_manifest_intact()
    {
        WriteWithManifest(Original);
        var manifestBefore = File.ReadAllBytes(Manifest);
        var bad = Files(("index.html", "<h1>New home</h1>"), ("about/index.html", "<h1>About</h1>"), ("../escape.txt", "out"));

        var error = Assert.ThrowsAny<Exception>(() => WriteWithManifest(bad));
        Assert.Contains("outside the output folder", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(Expected(Original), Read(Site));
        Assert.Equal(manifestBefore, File.ReadAllBytes(Manifest));
        Assert.False(File.Exists(Path.Combine(_root, "escape.txt")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root, ".*"));

        // The kept manifest still describes the kept site, so the next write links from it.
        Assert.Equal(new SiteWriteStats(0, Original.Length), WriteWithManifest(Original));
    }

    [Fact]
    public void The_manifest_records_path_hash_length_and_last_write_time_of_each_file()
    {
        WriteWithManifest(Original);
        var lines = File.ReadAllLines(Manifest);
        Assert.Equal(Original.Length + 1, lines.Length);
        foreach (var file in Original)
        {
            var line = Assert.Single(lines, l => l.EndsWith("\t" + file.Path, StringComparison.Ordinal));
            var fields = line.Split('\t');
            Assert.Equal(System.IO.Hashing.XxHash128.HashToUInt128(file.Content.Span).ToString("x32", CultureInfo.InvariantCulture), fields[0]);
            Assert.Equal(file.Content.Length.ToString(CultureInfo.InvariantCulture), fields[1]);
            Assert.Equal(File.GetLastWriteTimeUtc(Path.Combine(Site, file.Path)).Ticks.ToString(CultureInfo.InvariantCulture), fields[2]);
        }
    }
}
