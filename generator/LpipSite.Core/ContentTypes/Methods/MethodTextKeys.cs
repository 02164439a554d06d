using LpipSite.Core.Rendering.Text;

namespace LpipSite.Core.ContentTypes.Methods;

/// <summary>The text keys of this type's pages, in the theme's table; the build checks the theme has each one.</summary>
internal static class MethodTextKeys
{
    [UsedFor("the methods index and method pages")]
    internal static class Page
    {
        public const string Intro = "methods.intro";
        public const string Unused = "method.unused";
        [Args("case_studies", "places", "partnerships")] public const string UsedSummary = "method.used_summary";
        [Args("method")] public const string PlacesTable = "method.places_table";
        public const string PlacesTableLink = "method.places_table_link";
        public const string ExplorerLink = "methods.explorer_link";
    }
}
