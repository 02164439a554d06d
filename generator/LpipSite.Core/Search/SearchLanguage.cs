using System.Text;
using LpipSite.Core.Search.Welsh;

namespace LpipSite.Core.Search;

/// <summary>
/// The language a search index is built for: how its text becomes index terms (the build pipeline), which
/// pipeline labels the index names for lunr.js to run on queries, and where its search files are published.
/// Callers pick <see cref="English"/> or <see cref="Welsh"/>; the pipeline functions stay inside.
/// </summary>
/// <remarks>
/// English is lunr.js 2.3.9's own pipeline (trimmer, stopWordFilter, stemmer; search pipeline
/// <c>["stemmer"]</c>), so an English index is byte-identical to lunr.js's. Welsh is
/// <see cref="WelshPipeline"/> (trimmer-cy, stopWordFilter-cy, mutations-cy, also as search pipeline), whose
/// JavaScript twin is lunr-cy.js, which must be loaded before such an index (docs/search.md).
/// </remarks>
public abstract class SearchLanguage
{
    private protected SearchLanguage(string code, string pathPrefix, IReadOnlyList<string> pipelineLabels)
    {
        Code = code;
        PathPrefix = pathPrefix;
        PipelineLabels = pipelineLabels;
        PipelineJson = Encoding.UTF8.GetBytes(string.Join(",", pipelineLabels.Select(l => "\"" + l + "\"")));
    }

    /// <summary>lunr.js's own English pipeline; published at the site root.</summary>
    public static SearchLanguage English { get; } = new EnglishLanguage();

    /// <summary>The Welsh pipeline (no stemmer, Welsh stop words, mutations); published under <c>cy/</c>.</summary>
    public static SearchLanguage Welsh { get; } = new WelshLanguage();

    /// <summary>Every language, English first.</summary>
    public static IReadOnlyList<SearchLanguage> All { get; } = [English, Welsh];

    /// <summary>The BCP 47 code, as in <c>&lt;html lang&gt;</c>: <c>en</c>, <c>cy</c>.</summary>
    public string Code { get; }

    /// <summary>What the language's output paths start with: empty for English, <c>cy/</c> for Welsh.</summary>
    public string PathPrefix { get; }

    /// <summary>The labels the index serialises as its search pipeline (lunr.js must have them registered).</summary>
    public IReadOnlyList<string> PipelineLabels { get; }

    /// <summary>The labels as the inside of a JSON array (<c>"stemmer"</c>).</summary>
    internal byte[] PipelineJson { get; }

    /// <summary>The language with this code, or null.</summary>
    /// <summary>
    /// The search language for a site language: Welsh for <c>cy</c>; English otherwise (the only
    /// other pipeline there is: a site in a third language would need its own).
    /// </summary>
    public static SearchLanguage Of(string code) => FromCode(code) ?? English;

    public static SearchLanguage? FromCode(string code) => All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.Ordinal));

    /// <summary>The terms the build pipeline makes of one lowercased token, in order (none if it drops it).</summary>
    public IReadOnlyList<string> Terms(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var terms = new List<string>(2);
        AddTerms(Key(token).ToString(), terms);
        return terms;
    }

    /// <summary>The terms a field value becomes: lunr's tokenizer, then the pipeline on each token.</summary>
    public IReadOnlyList<string> TermsOfText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Tokenizer.Tokenize(LunrValue.FromString(text)).SelectMany(t => Terms(t.Text))];
    }

    public override string ToString() => Code;

    /// <summary>
    /// The part of a lowercased token that decides its terms: tokens with equal keys get equal terms, so
    /// the builder analyses each key once. Slicing (not copying) keeps the builder's lookup allocation-free.
    /// </summary>
    internal abstract ReadOnlySpan<char> Key(ReadOnlySpan<char> token);

    /// <summary>Appends the terms of a <see cref="Key"/>, in pipeline order.</summary>
    internal abstract void AddTerms(string key, List<string> terms);

    /// <summary>lunr.js 2.3.9's default: the key is the trimmed token; a stop word gives none, anything else its stem.</summary>
    private sealed class EnglishLanguage() : SearchLanguage("en", string.Empty, Pipeline.SearchPipelineLabels)
    {
        internal override ReadOnlySpan<char> Key(ReadOnlySpan<char> token) => Trimmer.Trim(token);

        internal override void AddTerms(string key, List<string> terms)
        {
            if (!StopWordFilter.IsStopWord(key)) terms.Add(PorterStemmer.Stem(key));
        }
    }

    /// <summary>
    /// The Welsh pipeline; the key is the whole token, because its trimmer also rewrites apostrophes. The
    /// mutation expander makes several terms of one token, each a term occurrence of its own, as in lunr.
    /// </summary>
    private sealed class WelshLanguage() : SearchLanguage("cy", "cy/", WelshPipeline.Labels)
    {
        internal override ReadOnlySpan<char> Key(ReadOnlySpan<char> token) => token;

        internal override void AddTerms(string key, List<string> terms) => terms.AddRange(WelshPipeline.Run(key));
    }
}
