namespace LpipSite.Core.Rendering.Views;

// The type's view records live with it and keep the Views namespace the templates and page keys use.

public sealed record NewsView(
    string Title,
    string Summary,
    string Kind,
    string KindLabel,
    DateView Date,
    IReadOnlyList<ItemView> Authors,
    SessionView? Event,
    DateView? Deadline,
    bool DeadlinePassed,
    ImageView? Image,
    IReadOnlyList<SummaryRowView> Facts,
    BodyView Body);
