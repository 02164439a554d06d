using LpipSite.Core.Rendering.Text;

namespace LpipSite.Core.ContentTypes.Places;

/// <summary>The text keys of this type's pages, in the theme's table; the build checks the theme has each one.</summary>
internal static class PlaceTextKeys
{
    [UsedFor("the places index and place pages")]
    internal static class Page
    {
        public const string Intro = "places.intro";
        [Plural, Args("name")] public const string AllCaseStudies = "place.all_case_studies";
        [Args("name")] public const string TriedHereTable = "place.tried_here_table";
        public const string TriedHereSource = "place.tried_here_source";
        public const string LanguageWelsh = "language.cy";
        public const string LanguageScottishGaelic = "language.gd";
        public const string LanguageIrish = "language.ga";
        public const string LanguageCornish = "language.kw";
        public const string LanguageScots = "language.sco";
        public const string LanguageEnglish = "language.en";
    }
}
