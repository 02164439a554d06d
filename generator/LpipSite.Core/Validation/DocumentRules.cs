using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;
using LpipSite.Core.Routing;
using LpipSite.Core.Validation.Schema;

namespace LpipSite.Core.Validation;

/// <summary>Rules within one item that a schema cannot express: date order, alt text, staleness.</summary>
internal static class DocumentRules
{
    public static void Check(ValidatedContent content, DiagnosticBag diagnostics, DateOnly today)
    {
        foreach (var document in content.Documents)
        {
            if (document.Object is not { } obj)
            {
                continue;
            }

            NotBefore(obj, "updated", "date", diagnostics);
            NotBefore(obj, "end", "start", diagnostics);
            if (obj.Object("event") is { } ev)
            {
                EventOrder(ev, diagnostics);
            }

            foreach (var session in obj.Objects("events"))
            {
                EventOrder(session, diagnostics);
            }

            foreach (var image in Images(obj))
            {
                CheckAlt(image, diagnostics);
            }

            if (document.Kind == ContentKind.Site && obj.Date("accessibility_reviewed") is { } reviewed && reviewed.AddMonths(12) < today)
            {
                diagnostics.Warning(obj.LocationOf("accessibility_reviewed"), DiagnosticCodes.StaleAccessibilityReview,
                    $"the accessibility statement was last reviewed on {reviewed:yyyy-MM-dd}, more than 12 months ago",
                    "review the statement and update 'accessibility_reviewed'");
            }
        }

        WarnUnusedMethods(content, diagnostics);
        RejectReservedPageIds(content, diagnostics);
    }

    private static void RejectReservedPageIds(ValidatedContent content, DiagnosticBag diagnostics)
    {
        foreach (var page in content.OfKind(ContentKind.Page).Where(p => Routes.ReservedRootSegments.Contains(p.Id)))
        {
            diagnostics.Error(SourceLocation.File(page.Source.Path), DiagnosticCodes.ReservedPageId,
                $"a page cannot be called '{page.Id}': /{page.Id}/ is already a section of the site", "rename the file");
        }
    }

    private static IEnumerable<BoundObject> Images(BoundObject obj)
    {
        foreach (var name in new[] { "image", "logo" })
        {
            if (obj.Object(name) is { } image)
            {
                yield return image;
            }
        }
    }

    private static void CheckAlt(BoundObject image, DiagnosticBag diagnostics)
    {
        var alt = image.Text("alt");
        if (alt is not null && alt.Length == 0 && !image.Bool("decorative"))
        {
            diagnostics.Error(image.LocationOf("alt"), DiagnosticCodes.MissingAlt,
                "the image has empty alt text", "describe what the image shows, or add 'decorative: true' if it shows nothing a reader needs");
        }
    }

    private static void EventOrder(BoundObject session, DiagnosticBag diagnostics)
    {
        if (session["start"] is BoundDateTime start && session["end"] is BoundDateTime end && end.Value < start.Value)
        {
            diagnostics.Error(end.At, DiagnosticCodes.DateOrder, "the event ends before it starts", "check 'start' and 'end'");
        }
    }

    private static void NotBefore(BoundObject obj, string later, string earlier, DiagnosticBag diagnostics)
    {
        if (obj.Date(later) is { } late && obj.Date(earlier) is { } early && late < early)
        {
            diagnostics.Error(obj.LocationOf(later), DiagnosticCodes.DateOrder,
                $"'{later}' ({late:yyyy-MM-dd}) is before '{earlier}' ({early:yyyy-MM-dd})", $"'{later}' must be on or after '{earlier}'");
        }
    }

    private static void WarnUnusedMethods(ValidatedContent content, DiagnosticBag diagnostics)
    {
        var used = content.OfKind(ContentKind.CaseStudy)
            .SelectMany(d => d.Object?.Refs("methods") ?? [])
            .Select(r => content.References.Resolve(r.Kind, r.Raw))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var method in content.OfKind(ContentKind.Method).Where(m => !used.Contains(m.Id)))
        {
            diagnostics.Warning(SourceLocation.File(method.Source.Path), DiagnosticCodes.UnusedMethod,
                $"no case study uses the method '{method.Id}'", "add it to the 'methods' of the case studies that used it");
        }
    }
}

/// <summary>Places: GSS codes must fit the type and nation, and the place hierarchy must make sense.</summary>
internal static class PlaceRules
{
    public static void Check(ValidatedContent content, DiagnosticBag diagnostics)
    {
        var places = content.OfKind(ContentKind.Place).Where(d => d.Object is not null)
            .ToDictionary(d => d.Id, d => d.Object!, StringComparer.Ordinal);
        foreach (var (id, place) in places)
        {
            var type = place.Text("type");
            if (place.Text("gss") is { } gss && type is not null)
            {
                if (Formats.PreferredPlaceTypes.TryGetValue((type, gss[..3]), out var preferred))
                {
                    diagnostics.Warning(place.LocationOf("type"), DiagnosticCodes.PreferredPlaceType,
                        $"the GSS code {gss} is {preferred.Entity}, which is a {preferred.Type}, not a {type}",
                        $"write 'type: {preferred.Type}'");
                }
                else if (Formats.GssPrefixes.TryGetValue(type, out var prefixes) && !prefixes.Contains(gss[..3]))
                {
                    diagnostics.Error(place.LocationOf("gss"), DiagnosticCodes.GssTypeMismatch,
                        $"the GSS code {gss} starts with {gss[..3]}, which is not used for a {type}",
                        $"a {type} has a code starting with {string.Join(" or ", prefixes)}; check the code or the type");
                }

                if (Formats.NationOfGss(gss) is { } nation && place.Text("nation") is { } stated && stated != nation && stated != "uk-wide")
                {
                    diagnostics.Error(place.LocationOf("nation"), DiagnosticCodes.GssTypeMismatch,
                        $"the place is in '{stated}' but its GSS code {gss} belongs to '{nation}'", "check the nation or the code");
                }
            }

            if (place.Ref("region") is { } region && Resolve(content, region) is { } regionId
                && places.TryGetValue(regionId, out var regionPlace) && regionPlace.Text("type") != "region")
            {
                diagnostics.Error(region.At, DiagnosticCodes.WrongType, $"'{region.Raw}' is not a place of type region",
                    "use the id of an English region such as yorkshire-and-the-humber");
            }

            if (place.Ref("parent") is { } parent && Resolve(content, parent) == id)
            {
                diagnostics.Error(parent.At, DiagnosticCodes.SelfReference, "a place cannot be its own parent", "remove 'parent' or choose another place");
            }
        }

        CheckParentCycles(content, places, diagnostics);
    }

    private static string? Resolve(ValidatedContent content, BoundRef reference) =>
        content.References.Resolve(reference.Kind, reference.Raw);

    private static void CheckParentCycles(ValidatedContent content, Dictionary<string, BoundObject> places, DiagnosticBag diagnostics)
    {
        var parentOf = places
            .Where(p => p.Value.Ref("parent") is { } r && Resolve(content, r) is not null)
            .ToDictionary(p => p.Key, p => Resolve(content, p.Value.Ref("parent")!)!, StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in parentOf.Keys.Order(StringComparer.Ordinal))
        {
            var path = new List<string> { start };
            var current = start;
            while (parentOf.TryGetValue(current, out var next) && next != start && !path.Contains(next) && path.Count <= places.Count)
            {
                path.Add(next);
                current = next;
            }

            if (parentOf.TryGetValue(current, out var last) && last == start && path.Count > 1 && path.All(reported.Add))
            {
                diagnostics.Error(places[start].LocationOf("parent"), DiagnosticCodes.ParentCycle,
                    "the places' parents form a loop: " + string.Join(" → ", path.Append(start)), "one of these places needs a different parent");
            }
        }
    }
}
