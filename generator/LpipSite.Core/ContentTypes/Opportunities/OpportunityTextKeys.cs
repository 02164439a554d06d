using LpipSite.Core.Rendering.Text;

namespace LpipSite.Core.ContentTypes.Opportunities;

/// <summary>Every key of the theme's text table that the opportunity pages look up; the build checks the theme has each one.</summary>
internal static class OpportunityTextKeys
{
    [UsedFor("the opportunities listing, archive and filter pages")]
    internal static class Listing
    {
        public const string SectionOpportunities = "section.opportunities";
        public const string Intro = "opportunity.intro";
        public const string All = "opportunity.all";
        public const string CurrentLink = "opportunity.current_link";
        [Plural] public const string ArchiveLink = "opportunity.archive_link";
        public const string ArchiveTitle = "opportunity.archive_title";
        public const string ArchiveIntro = "opportunity.archive_intro";
        public const string GroupOpen = "opportunity.group.open";
        public const string GroupUpcoming = "opportunity.group.upcoming";
        public const string GroupClosed = "opportunity.group.closed";
        public const string FacetKind = "opportunity.facet.kind";
        public const string FacetNation = "opportunity.facet.nation";
        public const string FacetTheme = "opportunity.facet.theme";
        [Args("name")] public const string FacetTitle = "opportunity.facet_title";
        [Args("name")] public const string FacetKindIntro = "opportunity.facet_kind_intro";
        [Args("name")] public const string FacetNationIntro = "opportunity.facet_nation_intro";
        [Args("name")] public const string FacetThemeIntro = "opportunity.facet_theme_intro";
        [Plural] public const string CountOpportunities = "count.opportunities";
        [Plural] public const string CountOpenOpportunities = "count.open_opportunities";
        [Plural] public const string CountClosedOpportunities = "count.closed_opportunities";
        public const string CalendarAll = "opportunity.calendar_all";
        public const string CalendarListing = "opportunity.calendar_listing";
    }

    [UsedFor("the open opportunities on the home page")]
    internal static class Home
    {
        public const string HomeHeading = "opportunity.home_heading";
        public const string HomeIntro = "opportunity.home_intro";
    }

    [UsedFor("opportunities' opening and closing dates")]
    internal static class Dates
    {
        [Args("date")] public const string CardOpens = "opportunity.card.opens";
        [Args("date")] public const string CardCloses = "opportunity.card.closes";
        [Args("date")] public const string CardClosed = "opportunity.card.closed";
        [Args("date")] public const string Opens = "opportunity.opens";
        [Args("date", "time")] public const string OpensAt = "opportunity.opens_at";
        [Args("date")] public const string Closes = "opportunity.closes";
        [Args("date", "time")] public const string ClosesAt = "opportunity.closes_at";
        [Args("date")] public const string ClosedOn = "opportunity.closed_on";
        [Args("date", "time")] public const string ClosedOnAt = "opportunity.closed_on_at";
        public const string ClosedNoDate = "opportunity.closed_no_date";
        public const string NoClosingDate = "opportunity.no_closing_date";
        [Args("date")] public const string Date = "opportunity.date";
        [Args("date", "time")] public const string DateAt = "opportunity.date_at";
        public const string RelativeToday = "opportunity.relative.today";
        public const string RelativeTomorrow = "opportunity.relative.tomorrow";
        [Plural] public const string RelativeInDays = "opportunity.relative.in_days";
        public const string CalendarOne = "opportunity.calendar_one";
    }

    [UsedFor("the facts on an opportunity's page")]
    internal static class Facts
    {
        public const string FactsKind = "opportunity.facts.kind";
        public const string FactsOfferedBy = "opportunity.facts.offered_by";
        public const string FactsValue = "opportunity.facts.value";
        public const string FactsOpens = "opportunity.facts.opens";
        public const string FactsCloses = "opportunity.facts.closes";
        public const string FactsPlaces = "opportunity.facts.places";
        public const string FactsThemes = "opportunity.facts.themes";
    }

    [UsedFor("the states of opportunities")]
    internal static class States
    {
        public const string StateUpcoming = "opportunity.state.upcoming";
        public const string StateOpen = "opportunity.state.open";
        public const string StateClosingSoon = "opportunity.state.closing_soon";
        public const string StateClosed = "opportunity.state.closed";
    }

    [UsedFor("the kinds of opportunity")]
    internal static class Kinds
    {
        public const string Secondment = "opportunity.kinds.secondment";
        public const string Fellowship = "opportunity.kinds.fellowship";
        public const string FundingCall = "opportunity.kinds.funding_call";
        public const string TrainingPlace = "opportunity.kinds.training_place";
        public const string Job = "opportunity.kinds.job";
        public const string CallForEvidence = "opportunity.kinds.call_for_evidence";
    }
}
