using LpipSite.Core.Rendering.Text;

namespace LpipSite.Core.ContentTypes.CaseStudies;

/// <summary>The text keys of this type's pages, in the theme's table; the build checks the theme has each one.</summary>
internal static class CaseStudyTextKeys
{
    [UsedFor("the case study listing, its filter pages and case study pages")]
    internal static class Page
    {
        public const string Intro = "case_studies.intro";
        public const string All = "case_studies.all";
        [Args("name")] public const string FacetTitle = "case_studies.facet_title";
        [Args("theme")] public const string FacetThemeIntro = "case_studies.facet_theme";
        [Args("place")] public const string FacetPlaceIntro = "case_studies.facet_place";
        [Args("method")] public const string FacetMethodIntro = "case_studies.facet_method";
        [Args("partnership")] public const string FacetPartnershipIntro = "case_studies.facet_partnership";
        public const string FacetTheme = "case_studies.facets.theme";
        public const string FacetNation = "case_studies.facets.nation";
        public const string FacetRegion = "case_studies.facets.region";
        public const string FacetMethod = "case_studies.facets.method";
        public const string FacetPartnership = "case_studies.facets.partnership";
    }
}
