using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;
using LpipSite.Core.Validation;

namespace LpipSite.Core.Tests.Support;

/// <summary>
/// A small valid content tree written to a temporary folder; tests replace or add single files to
/// show one rule at a time. Paths in diagnostics start with "content/".
/// </summary>
public sealed class ContentTree : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public ContentTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "lpip-tests", Guid.NewGuid().ToString("N"));
        ContentRoot = Path.Combine(Root, "content");
        foreach (var (path, text) in ValidFiles)
        {
            Write(path, text);
        }
    }

    public string Root { get; }

    public string ContentRoot { get; }

    public static IReadOnlyDictionary<string, string> ValidFiles { get; } = new Dictionary<string, string>
    {
        ["site.yml"] = """
            title: Test Hub
            base_url: https://example.org/
            description: A test site.
            organisation: test-university
            accessibility_reviewed: 2026-06-01
            """,
        ["taxonomies/themes.yml"] = """
            - id: skills
              label: Skills
              description: Skills for work.
            - id: innovation
              label: Innovation
              description: New ideas.
            """,
        ["taxonomies/topics.yml"] = """
            - id: net-zero
              label: Net zero
              description: Cutting emissions.
            """,
        ["organisations/test-university.yml"] = """
            name: Test University
            type: university
            """,
        ["partnerships/test-lpip.yml"] = """
            name: Test LPIP
            summary: A test partnership.
            nation: england
            phase: phase-2
            status: active
            lead_organisation: test-university
            places: [leeds]
            themes: [skills]
            start: 2024-02-13
            end: 2027-02-12
            """,
        ["places/england.yml"] = """
            name: England
            type: nation
            gss: E92000001
            nation: england
            summary: England.
            """,
        ["places/yorkshire-and-the-humber.yml"] = """
            name: Yorkshire and The Humber
            type: region
            gss: E12000003
            parent: england
            nation: england
            summary: An English region.
            """,
        ["places/leeds.yml"] = """
            name: Leeds
            type: local-authority-district
            gss: E08000035
            parent: yorkshire-and-the-humber
            region: yorkshire-and-the-humber
            nation: england
            summary: A city in West Yorkshire.
            """,
        ["methods/community-panel.md"] = """
            ---
            title: Community panel
            summary: Residents advise on research.
            family: engagement
            when_to_use: When residents should shape the work.
            ---
            How to run a panel.
            """,
        ["case-studies/leeds-panel.md"] = """
            ---
            title: A panel in Leeds
            summary: Residents advised the partnership.
            date: 2025-03-31
            partnership: test-lpip
            places: [leeds]
            themes: [skills]
            methods: [community-panel]
            authors:
              - name: Ada Lovelace
                orcid: 0000-0002-1825-0097
            evidence_level: not-assessed
            transferability:
              conditions: Trust between residents and the council.
            ---
            ## Challenge

            Text.
            """,
        ["pages/about.md"] = """
            ---
            title: About
            summary: About the Hub.
            ---
            About text.
            """,
    };

    public ContentTree Write(string relativePath, string text)
    {
        var full = Path.Combine(ContentRoot, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.ReplaceLineEndings("\n"));
        return this;
    }

    public ContentTree WriteBytes(string relativePath, byte[] bytes)
    {
        var full = Path.Combine(ContentRoot, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public ContentTree Delete(string relativePath)
    {
        File.Delete(Path.Combine(ContentRoot, relativePath));
        return this;
    }

    /// <summary>Replaces one line of a shipped valid file, e.g. Edit("places/leeds.yml", "gss: E08000035", "gss: E08000O35").</summary>
    public ContentTree Edit(string relativePath, string find, string replace)
    {
        var full = Path.Combine(ContentRoot, relativePath);
        var text = File.ReadAllText(full);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(full, text.Replace(find, replace, StringComparison.Ordinal));
        return this;
    }

    public (ValidatedContent Content, IReadOnlyList<Diagnostic> Diagnostics) Validate()
    {
        var bag = new DiagnosticBag();
        var loaded = ContentLoader.Load(ContentRoot, bag);
        var validated = ContentValidator.Validate(loaded, bag, Today);
        return (validated, bag.Sorted());
    }

    /// <summary>The formatted diagnostics, one string each.</summary>
    public IReadOnlyList<string> Messages() => Validate().Diagnostics.Select(d => d.Format()).ToList();

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
