using System.Diagnostics;
using System.Text;
using LpipSite.Site.Tests.Support;

namespace LpipSite.Site.Tests;

/// <summary>
/// Hostile and broken files, through the real command: 'lpip check' and 'lpip build' exit with 1
/// within seconds, print the located diagnostic, never a stack trace, and leave the previous
/// _site/ exactly as it was.
/// </summary>
public class HostileInputTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static TheoryData<string, string> Inputs => new()
    {
        { "alias bomb", "content/organisations/hostile.yml:2:8: error LPIP0013: YAML aliases (*a) are not supported; write the value out in full" },
        { "20,000 nesting levels", "content/organisations/hostile.yml:1:39: error LPIP0014: the YAML is nested more than 32 levels deep; flatten the structure" },
        { "invalid UTF-8", "content/organisations/hostile.yml:2:11: error LPIP0002: the file is not valid UTF-8 (byte 0xC3 at offset 21); save the file as UTF-8 in your editor" },
        { "symlink out of content", "content/organisations/secret.yml:1:1: error LPIP0007: this is a link to a file outside the content folder, which is not allowed; copy the file into the content folder instead of linking to it" },
        { "50 MB file", "content/pages/huge.md:1:1: error LPIP0003: the file is 50 MB; content files may be at most 2 MB; split it up, or put large material in assets/ and link to it" },
        { "unclosed front matter", "content/pages/unclosed.md:1:1: error LPIP0006: the front matter block that starts on line 1 is never closed; add a line containing only '---' after the last field" },
        { "empty file", "content/pages/empty.md:1:1: error LPIP0004: the file is empty; fill in the required fields, or delete the file" },
        { "tab indentation", "content/organisations/hostile.yml:2:1: error LPIP0011: a tab character is used for indentation; YAML only allows spaces; replace the tab with spaces" },
        { "duplicate keys", "content/organisations/hostile.yml:3:1: error LPIP0012: the field 'name' appears twice (first on line 1); keep only one of them" },
    };

    private static void Plant(SiteTree site, string input)
    {
        switch (input)
        {
            case "alias bomb":
                var lines = new List<string> { "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]" };
                for (var i = 0; i < 9; i++)
                {
                    var name = (char)('b' + i);
                    var previous = (char)('a' + i);
                    lines.Add($"{name}: &{name} [*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous}]");
                }

                site.Write("organisations/hostile.yml", string.Join("\n", lines) + "\nname: Hostile\ntype: other\n");
                break;
            case "20,000 nesting levels":
                site.Write("organisations/hostile.yml", "name: " + new string('[', 20_000) + new string(']', 20_000) + "\ntype: other\n");
                break;
            case "invalid UTF-8":
                File.WriteAllBytes(Path.Combine(site.Content, "organisations", "hostile.yml"), [.. "name: Test\ntype: univ"u8, 0xC3, 0x28, .. "ersity\n"u8]);
                break;
            case "symlink out of content":
                var outside = Path.Combine(site.Root, "secret.yml");
                File.WriteAllText(outside, "name: Secret\ntype: other\n");
                File.CreateSymbolicLink(Path.Combine(site.Content, "organisations", "secret.yml"), outside);
                break;
            case "50 MB file":
                using (var stream = File.Create(Path.Combine(site.Content, "pages", "huge.md")))
                {
                    stream.SetLength(50L * 1024 * 1024);
                }

                break;
            case "unclosed front matter":
                site.Write("pages/unclosed.md", "---\ntitle: Unclosed\nsummary: Never closed.\n\nBody text\n");
                break;
            case "empty file":
                site.Write("pages/empty.md", string.Empty);
                break;
            case "tab indentation":
                site.Write("organisations/hostile.yml", "name: Hostile\n\ttype: other\n");
                break;
            case "duplicate keys":
                site.Write("organisations/hostile.yml", "name: Hostile\ntype: other\nname: Other\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(input), input, null);
        }
    }

    private static void AssertRejected(LpipRun run, TimeSpan elapsed, string expected, string verb)
    {
        var output = run.Stdout + run.Stderr;
        Assert.True(run.ExitCode == 1, $"{verb} exited with {run.ExitCode}:\n{output}");
        Assert.True(elapsed < Limit, $"{verb} took {elapsed}");
        Assert.True(output.Split('\n').Any(l => l.StartsWith(expected, StringComparison.Ordinal)), $"{verb}: expected a line starting\n{expected}\nin:\n{output}");
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", output, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(output) < 64 * 1024, $"{verb} printed {output.Length} characters");
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Check_and_build_reject_the_input_with_a_located_diagnostic_and_keep_the_previous_site(string input, string expected)
    {
        using var site = SiteTree.FromFixture("minimal");
        var first = site.Build();
        Assert.True(first.ExitCode == 0, first.Stderr);
        var before = SiteTree.Fingerprint(site.Output);

        Plant(site, input);

        var watch = Stopwatch.StartNew();
        var check = site.Check();
        AssertRejected(check, watch.Elapsed, expected, "check");

        watch.Restart();
        var build = site.Build();
        AssertRejected(build, watch.Elapsed, expected, "build");

        Assert.Equal(before, SiteTree.Fingerprint(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Check_in_json_reports_the_hostile_input_too(string input, string expected)
    {
        using var site = SiteTree.FromFixture("minimal");
        Plant(site, input);
        var run = site.Check("--format", "json");
        Assert.Equal(1, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var path = expected[..expected.IndexOf(':', StringComparison.Ordinal)];
        Assert.Contains(json.RootElement.EnumerateArray(), d => d.GetProperty("path").GetString() == path && d.GetProperty("severity").GetString() == "error");
    }
}
