using System.Globalization;
using System.Text.Json.Nodes;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering;
using LpipSite.Core.Rendering.Pages;
using LpipSite.Core.Outputs;
using LpipSite.Core.Rendering.Seo;
using LpipSite.Core.Rendering.Templates;
using LpipSite.Core.Rendering.Views;
using LpipSite.Core.Routing;
using Keys = LpipSite.Core.Rendering.Text.GeneratorTextKeys;
using LpipSite.Core.ContentTypes.CaseStudies;

namespace LpipSite.Core.ContentTypes.Partnerships;

/// <summary>The partnerships index, grouped by phase, and each partnership's page.</summary>
internal sealed class PartnershipPages(PagePlanning planning) : PageSource(planning)
{
    public override IEnumerable<PageJob> Plan()
    {
        yield return new PageJob(PartnershipType.Instance.ListingUrl, "partnerships", null, true, null, PartnershipsPage);
        foreach (var p in Model.Partnerships)
        {
            yield return Job(p, "partnership", () => PartnershipPage(p));
        }
    }

    public override ReuseView? ReuseFor(PageJob job) => job.Item switch
    {
        Partnership p => new ReuseView { Map = Map("map-partnership", Words.Text(Keys.Map.Partnership, ("name", p.ShortName ?? p.Name)), p.PlaceIds, null) },
        _ => null,
    };

    private PageContent PartnershipPage(Partnership p)
    {
        var facts = new List<SummaryRowView>();
        Row(facts, Words.Text(Keys.Row.ShortName), [Text(p.ShortName)]);
        Row(facts, Words.Text(Keys.Row.Phase), [Text(Words.Label(Vocabularies.Phases, p.Phase))]);
        Row(facts, Words.Text(Keys.Row.Status), [Text(Words.Label(Vocabularies.PartnershipStatuses, p.Status))]);
        Row(facts, Words.Text(Keys.Row.Nation), [Text(Words.Label(Vocabularies.Nations, p.Nation))]);
        Row(facts, Words.Text(Keys.Row.LeadOrganisation), [Views.OrganisationItem(p.LeadOrganisationId)]);
        Row(facts, Words.Text(Keys.Row.Dates), [new ItemView(Words.Text(Keys.Row.DateRange, ("start", Views.Date(p.Start)), ("end", Views.Date(p.End))))]);
        Row(facts, Words.Text(Keys.Row.Website), [ViewBuilder.SafeUrl(p.Website) is { } site ? new ItemView(site, site) : null]);
        Row(facts, Words.Count(Keys.Row.Funders, p.FunderIds.Count), p.FunderIds.Select(id => Views.OrganisationItem(id)));

        var partnerRole = Words.Text(PartnershipTextKeys.Page.PartnerRole);
        var partners = p.Partners
            .GroupBy(x => string.IsNullOrWhiteSpace(x.Role) ? partnerRole : x.Role!, StringComparer.Ordinal)
            .Select(g => new RoleGroupView(g.Key, g.Select(x => Views.OrganisationItem(x.OrganisationId)).ToList()))
            .ToList();
        var contact = ViewBuilder.ContactItems(p.Contact);

        var caseStudies = SiteRelations.Get(Relations.CaseStudiesByPartnership, p.Id);
        var methods = caseStudies.SelectMany(x => x.MethodIds).Distinct(StringComparer.Ordinal)
            .Select(Views.MethodLink).OfType<LinkView>().OrderBy(l => l.Text, StringComparer.Ordinal).ToList();
        var view = new PartnershipView(
            p.Name,
            p.ShortName,
            p.Summary,
            Views.Image(p.Logo),
            facts,
            partners,
            Views.Links(p.PlaceIds, Views.PlaceLink),
            Views.Links(p.ThemeIds, Views.ThemeLink),
            p.LocalThemes,
            p.Grants.Select(g => new ItemView(g.Reference, ViewBuilder.SafeUrl(g.Url))).ToList(),
            contact,
            caseStudies.Take(ShortListSize).Select(Views.CaseStudyCard).ToList(),
            methods,
            SiteRelations.Get(Relations.NewsByPartnership, p.Id).Take(ShortListSize).Select(Views.NewsCard).ToList(),
            caseStudies.Count > ShortListSize
                ? new LinkView(Words.Count(PartnershipTextKeys.Page.AllCaseStudies, caseStudies.Count, ("name", p.ShortName ?? p.Name)), CaseStudyType.PartnershipFacetUrl(p.Id))
                : null)
        {
            Image = Views.Image(p.Image),
        };

        var org = JsonLd.Node("ResearchProject", Settings, p.Url, p.Name, p.Summary);
        org["parentOrganization"] = JsonLd.Organization(Relations.OrganisationsById.GetValueOrDefault(p.LeadOrganisationId), p.LeadOrganisationId);
        org["member"] = JsonLd.Organizations(p.Partners.Select(x => x.OrganisationId).Distinct(StringComparer.Ordinal), Relations.OrganisationsById);
        org["funder"] = JsonLd.Organizations(p.FunderIds, Relations.OrganisationsById);
        org["areaServed"] = JsonLd.Places(Settings, p.PlaceIds.Select(id => Relations.PlacesById.GetValueOrDefault(id)).OfType<Place>());
        org["foundingDate"] = DisplayFormat.IsoDate(p.Start);
        org["dissolutionDate"] = DisplayFormat.IsoDate(p.End);
        if (p.ShortName is not null)
        {
            org["alternateName"] = p.ShortName;
        }

        if (ViewBuilder.SafeUrl(p.Website) is { } website)
        {
            org["sameAs"] = website;
        }

        var meta = Views.Meta(p.Url, "partnership", p.Name, p.Summary, [new BreadcrumbView(Words.Text(Keys.Site.NavPartnerships), PartnershipType.Instance.ListingUrl)], [org], p) with { OgImage = Views.OpenGraphImage(p.Image) };
        return new PageContent(meta, view, null);
    }

    private PageContent PartnershipsPage()
    {
        var intro = Words.Text(PartnershipTextKeys.Page.Intro);
        var title = Words.Text(Keys.Site.NavPartnerships);
        var groups = new[] { "hub", "phase-2", "phase-1" }.Concat(Vocabularies.Phases.Ids).Distinct(StringComparer.Ordinal)
            .Select(id => new GroupView(Words.Label(Vocabularies.Phases, id), "phase-" + id, Words.Description(Vocabularies.Phases, id), Model.Partnerships.Where(p => p.Phase == id).Select(Views.PartnershipCard).ToList()))
            .Where(g => g.Items.Count > 0)
            .ToList();
        var meta = Views.Meta(PartnershipType.Instance.ListingUrl, "partnerships", title, intro, [], [JsonLd.Node("CollectionPage", Settings, PartnershipType.Instance.ListingUrl, title, intro)]);
        return new PageContent(meta, new GroupedListView(intro, groups), null);
    }
}
