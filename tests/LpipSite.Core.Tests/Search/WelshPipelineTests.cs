using System.Diagnostics;
using System.Text.Json;
using LpipSite.Core.Search;
using LpipSite.Core.Search.Welsh;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Search;

/// <summary>
/// Runs every case of tests/fixtures/welsh-search/cases.json through the C# Welsh pipeline, and has Node run
/// the same table through lunr-cy.js (tests/tools/lunr-cy.test.js), so both sides answer alike.
/// </summary>
public class WelshPipelineTests
{
    private static readonly JsonElement Cases = JsonDocument.Parse(
        File.ReadAllBytes(RepositoryRoot.PathOf("tests", "fixtures", "welsh-search", "cases.json"))).RootElement;

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    public static TheoryData<string, string[]> ExpandCases()
    {
        var data = new TheoryData<string, string[]>();
        foreach (JsonElement c in Cases.GetProperty("expand").EnumerateArray())
            data.Add(c.GetProperty("token").GetString()!, Strings(c.GetProperty("radicals")));
        return data;
    }

    public static TheoryData<string> UnchangedCases() => [.. Strings(Cases.GetProperty("unchanged"))];

    public static TheoryData<string, string> TrimCases()
    {
        var data = new TheoryData<string, string>();
        foreach (JsonElement c in Cases.GetProperty("trim").EnumerateArray())
            data.Add(c.GetProperty("token").GetString()!, c.GetProperty("trimmed").GetString()!);
        return data;
    }

    public static TheoryData<string> StopWordCases() => [.. Strings(Cases.GetProperty("stopWords"))];

    public static TheoryData<string> NotStopWordCases() => [.. Strings(Cases.GetProperty("notStopWords")).Where(w => w.Length > 0)];

    public static TheoryData<string, string[]> PipelineCases()
    {
        var data = new TheoryData<string, string[]>();
        foreach (JsonElement c in Cases.GetProperty("pipeline").EnumerateArray())
            data.Add(c.GetProperty("text").GetString()!, Strings(c.GetProperty("terms")));
        return data;
    }

    [Theory]
    [MemberData(nameof(ExpandCases))]
    public void Mutated_token_expands_to_itself_then_each_radical_in_the_tables_order(string token, string[] radicals) =>
        Assert.Equal([token, .. radicals], WelshMutations.Expand(token));

    [Theory]
    [MemberData(nameof(UnchangedCases))]
    public void Radical_or_unmutatable_token_expands_to_itself_only(string token) =>
        Assert.Equal([token], WelshMutations.Expand(token));

    [Theory]
    [MemberData(nameof(TrimCases))]
    public void Welsh_trimmer_keeps_Unicode_letters_marks_and_numbers_at_the_edges(string token, string trimmed) =>
        Assert.Equal(trimmed, WelshTrimmer.Trim(token));

    [Theory]
    [MemberData(nameof(StopWordCases))]
    public void Welsh_stop_word_is_dropped(string word) => Assert.True(WelshStopWordFilter.Drops(word));

    [Theory]
    [MemberData(nameof(NotStopWordCases))]
    public void Content_word_English_stop_word_or_prototype_name_is_kept(string word) => Assert.False(WelshStopWordFilter.Drops(word));

    [Fact]
    public void Empty_token_is_dropped_and_the_stop_list_is_exactly_the_tables()
    {
        Assert.True(WelshStopWordFilter.Drops(""));
        Assert.Equal(Strings(Cases.GetProperty("stopWords")).Order(StringComparer.Ordinal), WelshStopWordFilter.Words.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PipelineCases))]
    public void Whole_pipeline_turns_field_text_into_the_tables_terms(string text, string[] terms) =>
        Assert.Equal(terms, WelshPipeline.Terms(text));

    [Theory]
    [MemberData(nameof(PipelineCases))]
    public void Welsh_search_language_turns_field_text_into_the_tables_terms(string text, string[] terms) =>
        Assert.Equal(terms, SearchLanguage.Welsh.TermsOfText(text));

    [Fact]
    public void Pipeline_labels_are_the_ones_lunr_cy_js_registers()
    {
        Assert.Equal(["trimmer-cy", "stopWordFilter-cy", "mutations-cy"], WelshPipeline.Labels);
        Assert.Equal(WelshPipeline.Labels, SearchLanguage.Welsh.PipelineLabels);
    }

    [Fact]
    public void JavaScript_pipeline_in_lunr_cy_js_passes_the_same_case_table()
    {
        (int exit, string output) = WelshNode.Run("--test", RepositoryRoot.PathOf("tests", "tools", "lunr-cy.test.js"));
        Assert.True(exit == 0, $"node --test lunr-cy.test.js exit {exit}:\n{output}");
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_page_script_uses_the_Welsh_pipeline_on_a_Welsh_form_and_is_unchanged_on_an_English_one()
    {
        (int exit, string output) = WelshNode.Run("--test", RepositoryRoot.PathOf("tests", "tools", "search-page.test.js"));
        Assert.True(exit == 0, $"node --test search-page.test.js exit {exit}:\n{output}");
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
    }
}

/// <summary>Runs node with lunr.js 2.3.9 from the theme's node_modules on NODE_PATH.</summary>
internal static class WelshNode
{
    public static (int ExitCode, string Output) Run(params string[] arguments)
    {
        NodeLunr.EnsureInstalled();
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["NODE_PATH"] = NodeLunr.NodeModules;
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("node timed out: " + string.Join(' ', arguments));
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
