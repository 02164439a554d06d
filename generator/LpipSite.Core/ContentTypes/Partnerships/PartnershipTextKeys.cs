using LpipSite.Core.Rendering.Text;

namespace LpipSite.Core.ContentTypes.Partnerships;

/// <summary>The text keys of this type's pages, in the theme's table; the build checks the theme has each one.</summary>
internal static class PartnershipTextKeys
{
    [UsedFor("the partnerships index and partnership pages")]
    internal static class Page
    {
        public const string Intro = "partnerships.intro";
        public const string PartnerRole = "partnership.partner_role";
        [Plural, Args("name")] public const string AllCaseStudies = "partnership.all_case_studies";
    }
}
