using LpipSite.Core.Model;

namespace LpipSite.Core.ContentTypes.Opportunities;

/// <summary>A secondment, fellowship, funding call, training place, job or call for evidence.</summary>
public sealed record Opportunity : ContentItem
{
    public required string Title { get; init; }
    public required string SummaryText { get; init; }
    public required string Kind { get; init; }

    /// <summary>Who offers it: partnership ids first as written, each marked as a partnership or an organisation.</summary>
    public required IReadOnlyList<Offerer> OfferedBy { get; init; }

    public required IReadOnlyList<string> PlaceIds { get; init; }
    public required IReadOnlyList<string> ThemeIds { get; init; }
    public LocalMoment? Opens { get; init; }
    public LocalMoment? Closes { get; init; }

    /// <summary>Closed whatever the dates say: filled, withdrawn, or long past with no published closing date.</summary>
    public bool MarkedClosed { get; init; }

    public string? Eligibility { get; init; }
    public OpportunityValue? Value { get; init; }

    /// <summary>A web address, or an email address.</summary>
    public required string HowToApply { get; init; }

    public Contact? Contact { get; init; }
    public ImageRef? Image { get; init; }
    public required MarkdownBody Body { get; init; }
    public override string DisplayName => Title;
    public override string Summary => SummaryText;

    /// <summary>Where it stands on a day: the site is rebuilt every morning, so the build date is today.</summary>
    public OpportunityState StateOn(DateOnly today) =>
        MarkedClosed || Closes is { } closed && closed.Date < today ? OpportunityState.Closed
        : Opens is { } opens && opens.Date > today ? OpportunityState.Upcoming
        : Closes is { } closes && closes.Date.DayNumber - today.DayNumber <= OpportunityStates.ClosingSoonDays ? OpportunityState.ClosingSoon
        : OpportunityState.Open;
}

/// <summary>A partnership or an organisation that offers an opportunity.</summary>
public sealed record Offerer(string Id, bool IsPartnership);

/// <summary>What an opportunity is worth: in words, and optionally an amount in pounds.</summary>
public sealed record OpportunityValue(string Text, double? Amount);

/// <summary>A UK local date, or date and time.</summary>
public sealed record LocalMoment(DateTime Value, bool HasTime)
{
    public DateOnly Date => DateOnly.FromDateTime(Value);
}

/// <summary>Where an opportunity stands, from the build date.</summary>
public enum OpportunityState
{
    /// <summary>Not open yet.</summary>
    Upcoming,

    Open,

    /// <summary>Open, with <see cref="OpportunityStates.ClosingSoonDays"/> days or fewer left.</summary>
    ClosingSoon,

    Closed,
}

public static class OpportunityStates
{
    /// <summary>An open opportunity with this many days or fewer left is closing soon.</summary>
    public const int ClosingSoonDays = 14;

    public static bool IsCurrent(this OpportunityState state) => state is OpportunityState.Open or OpportunityState.ClosingSoon;

    /// <summary>The key of the state's name in the theme's text table.</summary>
    public static string Key(this OpportunityState state) => state switch
    {
        OpportunityState.Upcoming => OpportunityTextKeys.States.StateUpcoming,
        OpportunityState.ClosingSoon => OpportunityTextKeys.States.StateClosingSoon,
        OpportunityState.Closed => OpportunityTextKeys.States.StateClosed,
        _ => OpportunityTextKeys.States.StateOpen,
    };

    /// <summary>The state's class in the theme: upcoming, open, closing-soon, closed.</summary>
    public static string Css(this OpportunityState state) => state switch
    {
        OpportunityState.Upcoming => "upcoming",
        OpportunityState.ClosingSoon => "closing-soon",
        OpportunityState.Closed => "closed",
        _ => "open",
    };
}

/// <summary>The kinds of opportunity (a closed list); their names for readers are in the theme's text table, under <c>opportunity.kinds</c>.</summary>
public static class OpportunityKinds
{
    public static readonly Vocabulary All = Vocabulary.BuiltIn(
        "opportunity kind", "opportunity.kinds", described: false,
        "secondment", "fellowship", "funding-call", "training-place", "job", "call-for-evidence");
}
