using System.Globalization;
using LpipSite.Core.Model;

namespace LpipSite.Core.Outputs;

/// <summary>What content types need to describe their datasets: absolute links, published items, shared fields.</summary>
internal sealed class DatasetContext(SiteModel model, DateOnly newest)
{
    public SiteModel Model => model;

    public SiteSettings Settings => model.Settings;

    public SiteRelations Relations => model.Relations;

    /// <summary>The newest date any published content carries, for datasets with no date of their own.</summary>
    public DateOnly Newest => newest;

    public string Abs(string url) => model.Settings.AbsoluteUrl(url);

    public bool IsPublished(ContentItem item) => OpenDataCatalog.IsPublished(item, model);

    public IEnumerable<string> PlaceUrls(IEnumerable<string> ids) => ids.Where(Relations.PlacesById.ContainsKey).Select(id => Abs(Relations.PlacesById[id].Url));

    public IEnumerable<string> MethodUrls(IEnumerable<string> ids) => ids.Where(Relations.MethodsById.ContainsKey).Select(id => Abs(Relations.MethodsById[id].Url));

    public string? PartnershipUrl(string id) => Relations.PartnershipsById.TryGetValue(id, out var p) ? Abs(p.Url) : null;

    /// <summary>The fields of an author in a list of authors.</summary>
    public static readonly IReadOnlyList<DataField> People =
    [
        DataField.Of<Person>("name", FieldKind.Text, true, "The author's name.", p => p.Name),
        DataField.Of<Person>("orcid", FieldKind.Url, false, "The author's ORCID iD as a URL, when given.", p => p.OrcidUrl?.AbsoluteUri),
    ];

    /// <summary>The fields of a dated session in a list of sessions.</summary>
    public static readonly IReadOnlyList<DataField> Sessions =
    [
        DataField.Of<EventSession>("start", FieldKind.LocalDateTime, true, "Start, UK local time (a date alone for an all-day session).", e => Local(e, e.Start)),
        DataField.Of<EventSession>("end", FieldKind.LocalDateTime, false, "End, UK local time, in the same form as the start.", e => e.End is { } end ? Local(e, end) : null),
        DataField.Of<EventSession>("location", FieldKind.Text, false, "A place name, or Online.", e => e.Location),
        DataField.Of<EventSession>("online", FieldKind.Boolean, true, "Whether the session can be joined online.", e => e.Online),
        DataField.Of<EventSession>("booking_url", FieldKind.Url, false, "The booking page, when there is one.", e => e.BookingUrl),
    ];

    /// <summary>A UK local date-time as written in the exports: a date alone for an all-day session.</summary>
    public static string Local(EventSession session, DateTime value) =>
        session.HasTime
            ? value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
