using LpipSite.Core.Model;
using LpipSite.Core.Writing;
using LpipSite.Core.Outputs;
using LpipSite.Core.Rendering.Seo;
using LpipSite.Core.Outputs.Search;
using static LpipSite.Core.Outputs.Search.SearchEntryContext;

namespace LpipSite.Core.ContentTypes.Places;

/// <summary>What places give the output producers.</summary>
public sealed partial class PlaceType
{
    internal override string? SearchLabelKey => "search.types.place";

    internal override IEnumerable<Func<SearchEntry>> SearchEntries(SearchEntryContext context)
    {
        foreach (var p in context.Model.Places)
        {
            yield return () => new SearchEntry(p.Url, "place", p.Name, p.Summary,
                Join([context.Label(Vocabularies.PlaceTypes, p.Type), context.Label(Vocabularies.Nations, p.Nation)], " · "),
                Join([Join(p.AltNames.Select(a => a.Name)), p.Gss ?? string.Empty, context.Label(Vocabularies.Nations, p.Nation)]),
                Join(p.Indicators.Select(i => i.Label)))
            {
                Facets = SearchFacets.Of((SearchFacets.Nation, [p.Nation])),
            };
        }
    }

    internal override IEnumerable<Dataset> Datasets(DatasetContext context)
    {
        var places = context.Model.Places.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var indicators = places.SelectMany(p => p.Indicators.Select(i => (Place: p, Indicator: i))).ToList();
        yield return new("places", "Places", "The places where the partnerships work, with their GSS codes, nations, regions, parents and approximate centres.",
            context.Settings.Licence, null, places.Select(p => p.LastReviewed).OfType<DateOnly>().DefaultIfEmpty(context.Newest).Max(),
            [
                DataField.Of<Place>("id", FieldKind.Text, true, "The place's id.", p => p.Id),
                DataField.Of<Place>("url", FieldKind.Url, true, "Its page.", p => context.Abs(p.Url)),
                DataField.Of<Place>("name", FieldKind.Text, true, "Official English name.", p => p.Name),
                DataField.Of<Place>("alt_names", FieldKind.TextList, true, "Names in Welsh, Scottish Gaelic or Irish, as name@lang.", p => p.AltNames.Select(a => a.Name + "@" + a.Lang)),
                DataField.Of<Place>("type", FieldKind.Text, true, "Place type id (nation, region, local-authority-district, custom-area and so on).", p => p.Type),
                DataField.Of<Place>("gss", FieldKind.Text, false, "ONS GSS code (none for custom areas).", p => p.Gss),
                DataField.Of<Place>("nation", FieldKind.Text, true, "Nation id.", p => p.Nation),
                DataField.Of<Place>("region", FieldKind.Text, false, "Id of the region (places in England).", p => p.RegionId),
                DataField.Of<Place>("parent", FieldKind.Text, false, "Id of the place this one sits inside.", p => p.ParentId),
                DataField.Of<Place>("constituents", FieldKind.TextList, true, "For custom areas, the ids of the places that make them up.", p => p.ConstituentIds),
                DataField.Of<Place>("latitude", FieldKind.Number, false, "Approximate centre, WGS84 decimal degrees.", p => p.Latitude),
                DataField.Of<Place>("longitude", FieldKind.Number, false, "Approximate centre, WGS84 decimal degrees.", p => p.Longitude),
                DataField.Of<Place>("summary", FieldKind.Text, true, "Summary.", p => p.Summary),
                DataField.Of<Place>("case_study_count", FieldKind.Integer, true, "Published case studies in this place or a place inside it.", p => SiteRelations.Get(context.Relations.CaseStudiesByPlace, p.Id).Count(c => context.IsPublished(c))),
                DataField.Of<Place>("last_reviewed", FieldKind.Date, false, "When the entry was last reviewed.", p => p.LastReviewed),
            ],
            places);

        yield return new("place-indicators", "Place indicators", "Official statistics shown on place pages: one row per figure, with its period and source.",
            "OGL-3.0", "Source: Office for National Statistics licensed under the Open Government Licence v.3.0, except where a row names another source and licence.",
            places.Select(p => p.LastReviewed).OfType<DateOnly>().DefaultIfEmpty(context.Newest).Max(),
            [
                DataField.Of<(Place Place, Indicator Indicator)>("place", FieldKind.Text, true, "Place id.", x => x.Place.Id),
                DataField.Of<(Place Place, Indicator Indicator)>("place_url", FieldKind.Url, true, "The place's page.", x => context.Abs(x.Place.Url)),
                DataField.Of<(Place Place, Indicator Indicator)>("gss", FieldKind.Text, false, "The place's GSS code.", x => x.Place.Gss),
                DataField.Of<(Place Place, Indicator Indicator)>("label", FieldKind.Text, true, "What is measured.", x => x.Indicator.Label),
                DataField.Of<(Place Place, Indicator Indicator)>("value", FieldKind.Text, true, "The value as given in the source, without units.", x => x.Indicator.Value),
                DataField.Of<(Place Place, Indicator Indicator)>("unit", FieldKind.Text, false, "Unit, such as people or %.", x => x.Indicator.Unit),
                DataField.Of<(Place Place, Indicator Indicator)>("period", FieldKind.Text, false, "The period the figure covers.", x => x.Indicator.Period),
                DataField.Of<(Place Place, Indicator Indicator)>("source_publisher", FieldKind.Text, true, "Who published the figure.", x => x.Indicator.Source.Publisher),
                DataField.Of<(Place Place, Indicator Indicator)>("source_dataset", FieldKind.Text, false, "The source dataset.", x => x.Indicator.Source.Dataset),
                DataField.Of<(Place Place, Indicator Indicator)>("source_url", FieldKind.Url, false, "Where the figure comes from.", x => x.Indicator.Source.Url),
                DataField.Of<(Place Place, Indicator Indicator)>("licence", FieldKind.Text, false, "Licence id of the source.", x => x.Indicator.Source.Licence),
            ],
            indicators.Cast<object>().ToList());
    }

    internal override IEnumerable<DateOnly> ContentDates(SiteModel model) =>
        model.Places.Select(p => p.LastReviewed).OfType<DateOnly>();
}
