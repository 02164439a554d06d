using LpipSite.Core.ContentTypes.Opportunities;
using LpipSite.Core.Model;

namespace LpipSite.Core.Tests.ContentTypes;

/// <summary>An opportunity's state comes from its dates and the build date alone.</summary>
public class OpportunityStateTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static Opportunity With(string? opens = null, string? closes = null, bool closed = false) => new()
    {
        Id = "x",
        Url = "/opportunities/x/",
        Source = new SourceFile("content/opportunities/x.md"),
        Publication = Publication.Live,
        Title = "X",
        SummaryText = "X.",
        Kind = "job",
        OfferedBy = [new Offerer("p", true)],
        PlaceIds = [],
        ThemeIds = [],
        Opens = opens is null ? null : new LocalMoment(DateTime.Parse(opens, System.Globalization.CultureInfo.InvariantCulture), opens.Contains('T', StringComparison.Ordinal)),
        Closes = closes is null ? null : new LocalMoment(DateTime.Parse(closes, System.Globalization.CultureInfo.InvariantCulture), closes.Contains('T', StringComparison.Ordinal)),
        MarkedClosed = closed,
        HowToApply = "https://example.org/",
        Body = MarkdownBody.Empty,
    };

    [Theory]
    [InlineData(null, "2026-12-10", OpportunityState.Open)] // 15 days left
    [InlineData(null, "2026-12-09", OpportunityState.ClosingSoon)] // 14 days left
    [InlineData(null, "2026-11-25T09:00", OpportunityState.ClosingSoon)] // closes today: the site is rebuilt each morning
    [InlineData(null, "2026-11-24T23:59", OpportunityState.Closed)]
    [InlineData("2026-11-26", "2027-01-31", OpportunityState.Upcoming)]
    [InlineData("2026-11-25", "2027-01-31", OpportunityState.Open)] // opens today
    [InlineData(null, null, OpportunityState.Open)] // no fixed closing date
    [InlineData("2026-12-01", null, OpportunityState.Upcoming)]
    public void State_follows_the_dates_and_the_fourteen_day_rule(string? opens, string? closes, OpportunityState expected)
    {
        Assert.Equal(expected, With(opens, closes).StateOn(Today));
    }

    [Fact]
    public void Closed_true_closes_an_opportunity_whatever_its_dates()
    {
        Assert.Equal(OpportunityState.Closed, With(closes: "2027-06-01", closed: true).StateOn(Today));
        Assert.Equal(OpportunityState.Closed, With(opens: "2027-01-01", closed: true).StateOn(Today));
    }

    [Fact]
    public void The_same_opportunity_moves_from_upcoming_to_closing_soon_to_closed_as_the_build_date_moves()
    {
        var o = With("2026-12-01", "2026-12-31T17:00");
        Assert.Equal(OpportunityState.Upcoming, o.StateOn(new DateOnly(2026, 11, 30)));
        Assert.Equal(OpportunityState.Open, o.StateOn(new DateOnly(2026, 12, 1)));
        Assert.Equal(OpportunityState.ClosingSoon, o.StateOn(new DateOnly(2026, 12, 17)));
        Assert.Equal(OpportunityState.ClosingSoon, o.StateOn(new DateOnly(2026, 12, 31)));
        Assert.Equal(OpportunityState.Closed, o.StateOn(new DateOnly(2027, 1, 1)));
    }
}
