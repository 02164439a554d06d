using LpipSite.Core.Model;
using LpipSite.Core.Writing;
using LpipSite.Core.Outputs;
using LpipSite.Core.Rendering.Seo;
using LpipSite.Core.Outputs.Search;
using static LpipSite.Core.Outputs.Search.SearchEntryContext;

namespace LpipSite.Core.ContentTypes.Partnerships;

/// <summary>What partnerships give the output producers.</summary>
public sealed partial class PartnershipType
{
    internal override string? SearchLabelKey => "search.types.partnership";

    internal override IEnumerable<Func<SearchEntry>> SearchEntries(SearchEntryContext context)
    {
        foreach (var p in context.Model.Partnerships)
        {
            yield return () => new SearchEntry(p.Url, "partnership", p.Name, p.Summary,
                Join([context.Label(Vocabularies.Phases, p.Phase), context.Label(Vocabularies.Nations, p.Nation)], " · "),
                Join([p.ShortName ?? string.Empty, context.Themes(p.ThemeIds), context.Places(p.PlaceIds)]),
                Join(p.LocalThemes))
            {
                Facets = SearchFacets.Of((SearchFacets.Theme, p.ThemeIds), (SearchFacets.Nation, context.NationsOf(p.PlaceIds).Prepend(p.Nation)), (SearchFacets.Partnership, [p.Id])),
            };
        }
    }

    internal override IEnumerable<Dataset> Datasets(DatasetContext context)
    {
        var partnerships = context.Model.Partnerships.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        yield return new("partnerships", "Partnerships", "The Local Policy Innovation Partnerships and the Hub: nation, phase, status, lead organisation, partners, places, themes and dates.",
            context.Settings.Licence, null, context.Newest,
            [
                DataField.Of<Partnership>("id", FieldKind.Text, true, "The partnership's id.", p => p.Id),
                DataField.Of<Partnership>("url", FieldKind.Url, true, "Its page.", p => context.Abs(p.Url)),
                DataField.Of<Partnership>("name", FieldKind.Text, true, "Full name.", p => p.Name),
                DataField.Of<Partnership>("short_name", FieldKind.Text, false, "Short name.", p => p.ShortName),
                DataField.Of<Partnership>("summary", FieldKind.Text, true, "Summary.", p => p.Summary),
                DataField.Of<Partnership>("nation", FieldKind.Text, true, "Nation id (uk-wide for the Hub).", p => p.Nation),
                DataField.Of<Partnership>("phase", FieldKind.Text, true, "phase-1, phase-2 or hub.", p => p.Phase),
                DataField.Of<Partnership>("status", FieldKind.Text, true, "active or completed.", p => p.Status),
                DataField.Of<Partnership>("lead_organisation", FieldKind.Text, true, "Lead organisation id (see the organisations dataset).", p => p.LeadOrganisationId),
                DataField.Of<Partnership>("partners", FieldKind.TextList, true, "Partner organisation ids.", p => p.Partners.Select(x => x.OrganisationId)),
                DataField.Of<Partnership>("places", FieldKind.TextList, true, "Place ids.", p => p.PlaceIds),
                DataField.Of<Partnership>("place_urls", FieldKind.UrlList, true, "The places' pages, in the same order.", p => context.PlaceUrls(p.PlaceIds)),
                DataField.Of<Partnership>("themes", FieldKind.TextList, true, "Theme ids.", p => p.ThemeIds),
                DataField.Of<Partnership>("funders", FieldKind.TextList, true, "Funder organisation ids.", p => p.FunderIds),
                DataField.Of<Partnership>("grants", FieldKind.TextList, true, "Grant references.", p => p.Grants.Select(g => g.Reference)),
                DataField.Of<Partnership>("start", FieldKind.Date, true, "Start date (approximate where the summary says so).", p => p.Start),
                DataField.Of<Partnership>("end", FieldKind.Date, true, "End date.", p => p.End),
                DataField.Of<Partnership>("website", FieldKind.Url, false, "Website.", p => p.Website),
            ],
            partnerships);
    }
}
