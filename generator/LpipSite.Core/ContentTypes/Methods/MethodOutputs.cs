using LpipSite.Core.Model;
using LpipSite.Core.Writing;
using LpipSite.Core.Outputs;
using LpipSite.Core.Rendering.Seo;
using LpipSite.Core.Outputs.Search;
using static LpipSite.Core.Outputs.Search.SearchEntryContext;

namespace LpipSite.Core.ContentTypes.Methods;

/// <summary>What methods give the output producers.</summary>
public sealed partial class MethodType
{
    internal override string? SearchLabelKey => "search.types.method";

    internal override IEnumerable<Func<SearchEntry>> SearchEntries(SearchEntryContext context)
    {
        foreach (var m in context.Model.Methods)
        {
            yield return () => new SearchEntry(m.Url, "method", m.Title, m.Summary,
                context.Label(Vocabularies.MethodFamilies, m.Family),
                Join(m.Stages.Select(s => context.Label(Vocabularies.MethodStages, s)).Prepend(context.Label(Vocabularies.MethodFamilies, m.Family))),
                Join([m.WhenToUse, m.WhenNotToUse ?? string.Empty, context.Text(m.Body)]));
        }
    }

    internal override IEnumerable<Dataset> Datasets(DatasetContext context)
    {
        var methods = context.Model.Methods.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        yield return new("methods", "Methods", "Methods the partnerships use, with when to use them and the case studies that used them.",
            context.Settings.Licence, null, context.Newest,
            [
                DataField.Of<Method>("id", FieldKind.Text, true, "The method's id.", m => m.Id),
                DataField.Of<Method>("url", FieldKind.Url, true, "Its page.", m => context.Abs(m.Url)),
                DataField.Of<Method>("title", FieldKind.Text, true, "Title.", m => m.Title),
                DataField.Of<Method>("summary", FieldKind.Text, true, "Summary.", m => m.Summary),
                DataField.Of<Method>("family", FieldKind.Text, true, "Method family id.", m => m.Family),
                DataField.Of<Method>("stages", FieldKind.TextList, true, "Stage ids.", m => m.Stages),
                DataField.Of<Method>("when_to_use", FieldKind.Text, true, "When to use it.", m => m.WhenToUse),
                DataField.Of<Method>("when_not_to_use", FieldKind.Text, false, "When not to use it.", m => m.WhenNotToUse),
                DataField.Of<Method>("cost", FieldKind.Text, false, "low, medium or high.", m => m.Resources?.Cost),
                DataField.Of<Method>("case_studies", FieldKind.TextList, true, "Ids of published case studies that used it.", m => SiteRelations.Get(context.Relations.CaseStudiesByMethod, m.Id).Where(c => context.IsPublished(c)).Select(c => c.Id).Order(StringComparer.Ordinal)),
            ],
            methods);
    }

    internal override CitationSource? Citation(ContentItem item, SiteModel model, Rendering.Text.Localiser words) => item is Method m
        ? new CitationSource(m.Id, "Method", m.Title, [CiteAuthor.Group(DownloadFiles.PublisherOf(model))], null, DownloadFiles.PublisherOf(model), model.Settings.Title, model.Settings.AbsoluteUrl(m.Url), null, words.Label(Vocabularies.Licences, model.Settings.Licence), m.Summary)
        : null;
}
