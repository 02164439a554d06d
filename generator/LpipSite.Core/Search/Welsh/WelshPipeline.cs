namespace LpipSite.Core.Search.Welsh;

/// <summary>
/// The Welsh pipeline: <c>trimmer-cy</c>, then <c>stopWordFilter-cy</c>, then <c>mutations-cy</c>, with no
/// stemmer. The same three run at build time and, serialised as the index's <c>pipeline</c>, at query time
/// in the browser (themes/default/assets/js/lunr-cy.js registers them under the same labels).
/// </summary>
/// <remarks>
/// lunr.js 2.3.9 runs a pipeline one function at a time over the whole token list; a function's result is
/// dropped if it is null, undefined or <c>''</c>, spliced in element by element if it is an array, and kept
/// otherwise. Trimmer and stop-word filter return at most one token and ignore the token's neighbours, so
/// running all three functions token by token, in token order, yields exactly lunr's list: each token's
/// expansions, in expander order, where the token stood. Every element counts as a term occurrence (field
/// length and term frequency), as it does in lunr's <c>Builder.add</c>.
/// </remarks>
public static class WelshPipeline
{
    /// <summary>The labels serialised as the index's search pipeline, in order.</summary>
    public static IReadOnlyList<string> Labels { get; } = [WelshTrimmer.Label, WelshStopWordFilter.Label, WelshMutations.Label];

    /// <summary>The terms one lowercased token becomes (none if it is a stop word or trims to nothing).</summary>
    public static IReadOnlyList<string> Run(string token)
    {
        string trimmed = WelshTrimmer.Trim(token);
        return WelshStopWordFilter.Drops(trimmed) ? [] : WelshMutations.Expand(trimmed);
    }

    /// <summary>The terms a field value becomes: lunr's tokenizer, then <see cref="Run"/> on each token.</summary>
    public static IReadOnlyList<string> Terms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Tokenizer.Tokenize(LunrValue.FromString(text)).SelectMany(t => Run(t.Text))];
    }
}
