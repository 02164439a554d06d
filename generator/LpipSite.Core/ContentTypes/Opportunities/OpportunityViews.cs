using System.Text.Json.Serialization;
using LpipSite.Core.Rendering.Views;

namespace LpipSite.Core.ContentTypes.Opportunities;

/// <summary>An opportunity's page.</summary>
public sealed record OpportunityView(
    string Title,
    string Summary,
    string KindLabel,
    string State,
    string StateLabel,
    DeadlineView Deadline,
    IReadOnlyList<SummaryRowView> Facts,
    string? Eligibility,
    LinkView? HowToApply,
    IReadOnlyList<ItemView> Contact,
    BodyView Body)
{
    /// <summary>The lead image, shown under the title.</summary>
    public ImageView? Image { get; init; }
}

/// <summary>
/// When an opportunity opens and closes, in words: "Closes 12 March 2027 at 5pm", with how long is
/// left ("in 5 days") and the machine-readable date for <c>&lt;time&gt;</c>.
/// </summary>
public sealed record DeadlineView(string? Opens, string? OpensIso, string Closes, string? ClosesIso, string? Relative);

/// <summary>The opportunities listing, the archive and the filter pages: groups of cards by state.</summary>
public sealed record OpportunityListView(
    string Intro,
    string CountText,
    IReadOnlyList<GroupView> Groups,
    IReadOnlyList<FacetView> Facets,
    LinkView? Archive,
    LinkView? All,
    PaginationView? Pagination);

/// <summary>Compiled JSON metadata for the opportunity views (page keys hash views as JSON).</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(OpportunityView))]
[JsonSerializable(typeof(DeadlineView))]
[JsonSerializable(typeof(OpportunityListView))]
internal sealed partial class OpportunityViewJson : JsonSerializerContext;
