using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;
using LpipSite.Core.Routing;

namespace LpipSite.Core.Validation;

/// <summary>
/// <c>aliases:</c> are old addresses that redirect to a page. An alias may not be the address of a
/// page or section that exists, nor be claimed by two files (the redirect would be ambiguous).
/// </summary>
internal static class AliasRules
{
    public static void Check(ValidatedContent content, DiagnosticBag diagnostics)
    {
        var urls = new HashSet<string>(StringComparer.Ordinal) { "/" };
        foreach (var document in content.Documents.Where(d => !d.Kind.IsSiteFile))
        {
            urls.Add(Routes.Item(document.Kind, document.Id));
        }

        foreach (var section in Routes.ReservedRootSegments)
        {
            urls.Add("/" + section + "/");
        }

        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in content.Documents.OrderBy(d => d.Source.Path, StringComparer.Ordinal))
        {
            if (document.Object is not { } obj)
            {
                continue;
            }

            foreach (var alias in obj.List("aliases").OfType<BoundText>())
            {
                if (urls.Contains(alias.Value))
                {
                    diagnostics.Error(alias.At, DiagnosticCodes.AliasCollision,
                        $"the alias '{alias.Value}' is the address of a page or section that exists, so it cannot redirect",
                        "remove the alias, or rename the page that has this address");
                }
                else if (!claimed.TryAdd(alias.Value, document.Source.Path))
                {
                    diagnostics.Error(alias.At, DiagnosticCodes.AliasCollision,
                        $"the alias '{alias.Value}' is also an alias of {claimed[alias.Value]}; an old address can redirect to only one page",
                        "keep the alias in one file only");
                }
            }
        }
    }
}
