using LpipSite.Core.Rendering.Text;

namespace LpipSite.Core.ContentTypes.Training;

/// <summary>The text keys of this type's pages, in the theme's table; the build checks the theme has each one.</summary>
internal static class TrainingTextKeys
{
    [UsedFor("the training listing and training pages")]
    internal static class Page
    {
        public const string Intro = "training_list.intro";
        public const string UpcomingGroup = "training_list.upcoming";
        public const string AllGroup = "training_list.all";
        public const string AllSessionsCalendar = "training_list.calendar";
        [Plural] public const string AddToCalendar = "training.add_to_calendar";
        public const string Transcript = "training.transcript";
    }
}
