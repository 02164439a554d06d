using System.Globalization;
using System.Text;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.ContentTypes;
using LpipSite.Core.Validation;

namespace LpipSite.Core.Authoring;

/// <summary>The kinds of content <c>lpip new</c> can start, by the name contributors type.</summary>
public static class NewContentTypes
{
    public static readonly IReadOnlyDictionary<string, ContentKind> ByName =
        ContentTypeRegistry.All.Where(t => t.HasScaffold).ToDictionary(t => t.Kind.Name, t => t.Kind, StringComparer.Ordinal);
}

/// <summary>What <c>lpip new</c> was asked for.</summary>
public sealed record NewContentRequest(ContentKind Kind, string Title, string? Partnership, string? Place, DateOnly Today);

/// <summary>The file to create, or the problems that stop it being created.</summary>
public sealed record NewContentResult(string? RelativePath, string? Text, IReadOnlyList<string> Problems, IReadOnlyList<string> Placeholders)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Writes the first version of a content file: every required field filled with a value that
/// passes <c>lpip check</c>, comments that explain each field, the suggested section headings, and
/// <c>draft: true</c> where the type has drafts. Ids that the title cannot supply (a theme, a lead
/// organisation) are taken from the site and listed as placeholders for the contributor to check.
/// </summary>
public static class NewContent
{
    private const int MaxSlugLength = 80;

    /// <summary>The id for a title: ASCII letters without accents, digits, single hyphens, at most 80 characters.</summary>
    public static string Slug(string title)
    {
        var decomposed = title.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            builder.Append(lower is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? lower : c is '\'' or '\u2019' ? '\0' : '-');
        }

        var words = builder.ToString().Replace("\0", string.Empty, StringComparison.Ordinal).Split('-', StringSplitOptions.RemoveEmptyEntries);
        var slug = new StringBuilder();
        foreach (var word in words)
        {
            if (slug.Length > 0 && slug.Length + 1 + word.Length > MaxSlugLength)
            {
                break;
            }

            slug.Append(slug.Length > 0 ? "-" : string.Empty).Append(word.Length > MaxSlugLength ? word[..MaxSlugLength] : word);
        }

        return slug.Length == 0 ? "untitled" : slug.ToString();
    }

    public static NewContentResult Create(string contentRoot, NewContentRequest request)
    {
        var site = SiteIds.Read(contentRoot);
        var problems = new List<string>();
        var placeholders = new List<string>();
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            return new NewContentResult(null, null, ["the title is empty; write it in quotes, like \"Rural bus pilot\""], []);
        }

        var partnership = Resolve("partnership", request.Partnership, site.Partnerships, null, problems);
        var place = Resolve("place", request.Place, site.Places, site.PlaceByGss, problems);
        if (problems.Count > 0)
        {
            return new NewContentResult(null, null, problems, []);
        }

        var type = ContentTypeRegistry.Of(request.Kind) is { HasScaffold: true } t
            ? t
            : throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "lpip new cannot create this kind of file");
        var relative = $"{type.Folder}/{type.ScaffoldId(Slug(request.Title), request.Today)}{type.Extension}";
        var scaffold = new Scaffold(request.Title, request.Today, site, partnership, place, problems, placeholders);
        type.WriteScaffold(scaffold);
        return problems.Count > 0
            ? new NewContentResult(null, null, problems, [])
            : new NewContentResult(relative, scaffold.ToString(), [], placeholders);
    }

    private static string? Resolve(string what, string? given, IReadOnlyList<string> ids, IReadOnlyDictionary<string, string>? byGss, List<string> problems)
    {
        if (given is null)
        {
            return null;
        }

        if (ids.Contains(given, StringComparer.Ordinal))
        {
            return given;
        }

        if (byGss?.GetValueOrDefault(given) is { } id)
        {
            return id;
        }

        var suggestion = Suggestions.DidYouMean(given, ids);
        problems.Add($"there is no {what} '{given}'" + (suggestion is null ? $"; the ids of {what}s are the file names in content/{what}s/" : "; " + suggestion));
        return null;
    }

    /// <summary>The ids a new file may refer to, read straight from the content folder.</summary>
    public sealed record SiteIds(
        IReadOnlyList<string> Partnerships,
        IReadOnlyList<string> Places,
        IReadOnlyList<string> Organisations,
        IReadOnlyList<string> Themes,
        IReadOnlyDictionary<string, string> PlaceByGss,
        IReadOnlyDictionary<string, string> PlaceNations)
    {
        public string? NationOf(string? place) => place is null ? null : PlaceNations.GetValueOrDefault(place);

        internal static SiteIds Read(string contentRoot)
        {
            var loaded = ContentLoader.Load(contentRoot, new DiagnosticBag());
            List<string> IdsOf(ContentKind kind) => loaded.Documents.Where(d => d.Kind == kind).Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
            var gss = new Dictionary<string, string>(StringComparer.Ordinal);
            var nations = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var place in loaded.Documents.Where(d => d.Kind == ContentKind.Place && d.FrontMatter is YamlMapping))
            {
                var mapping = (YamlMapping)place.FrontMatter!;
                if (mapping.Find("gss")?.Value is YamlScalar code)
                {
                    gss.TryAdd(code.Value.Trim(), place.Id);
                }

                if (mapping.Find("nation")?.Value is YamlScalar nation && Vocabularies.Nations.Contains(nation.Value.Trim()))
                {
                    nations[place.Id] = nation.Value.Trim();
                }
            }

            var themes = loaded.Documents.Where(d => d.Kind == ContentKind.Themes && d.FrontMatter is YamlSequence)
                .SelectMany(d => ((YamlSequence)d.FrontMatter!).Items.OfType<YamlMapping>())
                .Select(m => m.Find("id")?.Value).OfType<YamlScalar>().Select(s => s.Value.Trim())
                .Where(id => Formats.Id().IsMatch(id)).ToList();
            return new SiteIds(IdsOf(ContentKind.Partnership), IdsOf(ContentKind.Place), IdsOf(ContentKind.Organisation), themes, gss, nations);
        }
    }
}
