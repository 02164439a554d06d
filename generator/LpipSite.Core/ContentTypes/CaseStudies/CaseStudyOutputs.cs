using LpipSite.Core.Model;
using LpipSite.Core.Writing;
using LpipSite.Core.Outputs;
using LpipSite.Core.Rendering.Seo;
using LpipSite.Core.Outputs.Search;
using static LpipSite.Core.Outputs.Search.SearchEntryContext;

namespace LpipSite.Core.ContentTypes.CaseStudies;

/// <summary>What case studies give the output producers.</summary>
public sealed partial class CaseStudyType
{
    internal override string? SearchLabelKey => "search.types.case_study";

    internal override IEnumerable<Func<SearchEntry>> SearchEntries(SearchEntryContext context)
    {
        foreach (var c in context.Model.CaseStudies)
        {
            yield return () => new SearchEntry(c.Url, "case-study", c.Title, c.Summary,
                Join([Join(c.PlaceIds.Select(id => context.Relations.PlacesById.GetValueOrDefault(id)?.Name).OfType<string>(), ", "), context.Date(c.Date)], " · "),
                Join([context.Themes(c.ThemeIds), Join(c.TopicIds.Select(context.Model.Topics.LabelOf)), context.Places(c.PlaceIds), context.Methods(c.MethodIds),
                    context.Relations.PartnershipsById.GetValueOrDefault(c.PartnershipId)?.Name ?? string.Empty]),
                Join([context.Text(c.Body), Join(c.Outcomes.Select(o => o.Description)), c.Transferability.Conditions, c.Transferability.Adaptations ?? string.Empty]))
            {
                Facets = SearchFacets.Of((SearchFacets.Theme, c.ThemeIds), (SearchFacets.Nation, context.NationsOf(c.PlaceIds)), (SearchFacets.Method, c.MethodIds),
                    (SearchFacets.Evidence, [c.EvidenceLevel]), (SearchFacets.Partnership, [c.PartnershipId])),
                Date = c.Date,
            };
        }
    }

    internal override IEnumerable<Dataset> Datasets(DatasetContext context)
    {
        var caseStudies = context.Model.CaseStudies.Where(context.IsPublished).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        yield return new("case-studies", "Case studies", "Every published case study of local policy innovation: where, who, which themes and methods, the evidence level and how well it transfers.",
            context.Settings.Licence, null, caseStudies.Count > 0 ? caseStudies.Max(c => c.Updated ?? c.Date) : context.Newest,
            [
                DataField.Of<CaseStudy>("id", FieldKind.Text, true, "The case study's id.", c => c.Id),
                DataField.Of<CaseStudy>("url", FieldKind.Url, true, "Its page.", c => context.Abs(c.Url)),
                DataField.Of<CaseStudy>("title", FieldKind.Text, true, "Title.", c => c.Title),
                DataField.Of<CaseStudy>("summary", FieldKind.Text, true, "Summary (plain text, at most 300 characters).", c => c.Summary),
                DataField.Of<CaseStudy>("date", FieldKind.Date, true, "Date first published on this site.", c => c.Date),
                DataField.Of<CaseStudy>("updated", FieldKind.Date, false, "Date last updated, if updated.", c => c.Updated),
                DataField.Of<CaseStudy>("partnership", FieldKind.Text, true, "The partnership's id (see the partnerships dataset).", c => c.PartnershipId),
                DataField.Of<CaseStudy>("partnership_url", FieldKind.Url, false, "The partnership's page.", c => context.PartnershipUrl(c.PartnershipId)),
                DataField.Of<CaseStudy>("places", FieldKind.TextList, true, "Place ids (see the places dataset).", c => c.PlaceIds),
                DataField.Of<CaseStudy>("place_urls", FieldKind.UrlList, true, "The places' pages, in the same order.", c => context.PlaceUrls(c.PlaceIds)),
                DataField.Of<CaseStudy>("themes", FieldKind.TextList, true, "Theme ids.", c => c.ThemeIds),
                DataField.Of<CaseStudy>("topics", FieldKind.TextList, true, "Topic ids.", c => c.TopicIds),
                DataField.Of<CaseStudy>("methods", FieldKind.TextList, true, "Method ids (see the methods dataset).", c => c.MethodIds),
                DataField.Of<CaseStudy>("method_urls", FieldKind.UrlList, true, "The methods' pages, in the same order.", c => context.MethodUrls(c.MethodIds)),
                DataField.Of<CaseStudy>("partners", FieldKind.TextList, true, "Partner organisation ids (see the organisations dataset).", c => c.PartnerIds),
                DataField.Of<CaseStudy>("authors", FieldKind.Objects, true, "Authors, in order.", c => c.Authors, DatasetContext.People),
                DataField.Of<CaseStudy>("evidence_level", FieldKind.Text, true, "Evidence level id (not-assessed, nesta-1 to nesta-5, sms-1 to sms-5).", c => c.EvidenceLevel),
                DataField.Of<CaseStudy>("transfer_assessment", FieldKind.Text, false, "How well it transfers: untested, promising or replicated.", c => c.Transferability.Assessment),
                DataField.Of<CaseStudy>("tried_in", FieldKind.TextList, true, "Ids of places where the approach has since been tried.", c => c.Transferability.TriedInPlaceIds),
                DataField.Of<CaseStudy>("status", FieldKind.Text, false, "ongoing or completed.", c => c.Status),
                DataField.Of<CaseStudy>("doi", FieldKind.Text, false, "DOI, when one is given.", c => c.Doi),
                DataField.Of<CaseStudy>("licence", FieldKind.Text, true, "Licence id of the case study text.", c => c.Licence),
                DataField.Of<CaseStudy>("citation_bibtex", FieldKind.Url, true, "Citation in BibTeX.", c => context.Abs(c.Url + "cite.bib")),
            ],
            caseStudies);
    }

    internal override IEnumerable<FeedEntry> FeedEntries(SiteModel model, Rendering.Text.Localiser text) =>
        model.CaseStudies.Where(c => c.Publication.StateOn(model.Today) == PublishState.Published)
            .Select(c => new FeedEntry(c.Title, c.Url, c.Summary, c.Date, c.Updated ?? c.Date, text.Text(Rendering.Text.GeneratorTextKeys.Feed.CaseStudy), c.Authors.Select(a => a.Name).ToList()));

    internal override CitationSource? Citation(ContentItem item, SiteModel model, Rendering.Text.Localiser words) => item is CaseStudy c
        ? new CitationSource(c.Id, "Case study", c.Title, c.Authors.Select(CiteAuthor.Of).ToList(), c.Date, DownloadFiles.PublisherOf(model), model.Settings.Title, model.Settings.AbsoluteUrl(c.Url), c.Doi, words.Label(Vocabularies.Licences, c.Licence), c.Summary)
        : null;

    internal override IEnumerable<DateOnly> ContentDates(SiteModel model) =>
        model.CaseStudies.Where(c => OpenDataCatalog.IsPublished(c, model)).Select(c => c.Updated ?? c.Date);
}
