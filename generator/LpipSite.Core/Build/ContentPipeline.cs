using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Validation;

namespace LpipSite.Core.Build;

/// <summary>The first three stages, shared by build and check: Load → Validate → Model.</summary>
public static class ContentPipeline
{
    /// <summary>Returns the model, or null when the content has errors (they are in the bag).</summary>
    public static SiteModel? LoadModel(BuildOptions options, DiagnosticBag diagnostics, StageTimings timings) =>
        Load(options, diagnostics, timings).Model;

    /// <summary>The validated content (even when it has errors), and the model when it has none.</summary>
    public static (ValidatedContent Content, SiteModel? Model) Load(BuildOptions options, DiagnosticBag diagnostics, StageTimings timings)
    {
        var loaded = timings.Time("load", () => ContentLoader.Load(options.ContentDirectory, diagnostics, options.LoadCache));
        var validated = timings.Time("validate", () => ContentValidator.Validate(loaded, diagnostics, options.Today));
        if (diagnostics.HasErrors)
        {
            return (validated, null);
        }

        return (validated, timings.Time("model", () =>
        {
            SiteContent WithBaseUrl(SiteContent content) =>
                options.BaseUrl is { } baseUrl ? content with { Settings = content.Settings with { BaseUrl = baseUrl } } : content;

            var content = WithBaseUrl(new ItemMapper(validated).Map());
            var translations = content.Settings.Languages.Where(l => !l.IsDefault)
                .Select(language => SiteModelFactory.Create(WithBaseUrl(Languages.TranslatedEditions.Content(validated, language)), options.Today, options.IncludeDrafts))
                .ToList();
            return SiteModelFactory.Create(content, options.Today, options.IncludeDrafts, translations);
        }));
    }
}
