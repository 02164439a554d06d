using System.Globalization;
using System.Text;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Validation;

namespace LpipSite.Core.Authoring;

/// <summary>The kinds of content <c>lpip new</c> can start, by the name contributors type.</summary>
public static class NewContentTypes
{
    public static readonly IReadOnlyDictionary<string, ContentKind> ByName = new Dictionary<string, ContentKind>(StringComparer.Ordinal)
    {
        ["case-study"] = ContentKind.CaseStudy,
        ["method"] = ContentKind.Method,
        ["training"] = ContentKind.Training,
        ["news"] = ContentKind.News,
        ["place"] = ContentKind.Place,
        ["partnership"] = ContentKind.Partnership,
    };
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

        string Pick(string field, IReadOnlyList<string> ids, string folder)
        {
            if (ids.Count == 0)
            {
                problems.Add($"the site has no {folder} yet, so '{field}' cannot be filled in; add one first");
                return "none";
            }

            placeholders.Add($"{field}: {ids[0]}");
            return ids[0];
        }

        var folder = ContentLayout.FolderOf(request.Kind);
        var slug = Slug(request.Title);
        if (request.Kind == ContentKind.News)
        {
            slug = request.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + slug;
        }

        var relative = $"{folder}/{slug}{ContentLayout.ExtensionOf(request.Kind)}";
        var t = new Template(request.Title, request.Today);
        switch (request.Kind)
        {
            case ContentKind.CaseStudy:
                t.CaseStudy(
                    partnership ?? Pick("partnership", site.Partnerships, "partnerships"),
                    place ?? Pick("places", site.Places, "places"),
                    Pick("themes", site.Themes, "themes"));
                break;
            case ContentKind.Method:
                t.Method();
                break;
            case ContentKind.Training:
                t.Training();
                break;
            case ContentKind.News:
                t.News(partnership, place);
                break;
            case ContentKind.Place:
                t.Place(place ?? Pick("constituents", site.Places, "places"), site.NationOf(place));
                break;
            case ContentKind.Partnership:
                t.Partnership(
                    Pick("lead_organisation", site.Organisations, "organisations"),
                    place ?? Pick("places", site.Places, "places"),
                    site.NationOf(place),
                    Pick("themes", site.Themes, "themes"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "lpip new cannot create this kind of file");
        }

        return problems.Count > 0
            ? new NewContentResult(null, null, problems, [])
            : new NewContentResult(relative, t.ToString(), [], placeholders);
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
    private sealed record SiteIds(
        IReadOnlyList<string> Partnerships,
        IReadOnlyList<string> Places,
        IReadOnlyList<string> Organisations,
        IReadOnlyList<string> Themes,
        IReadOnlyDictionary<string, string> PlaceByGss,
        IReadOnlyDictionary<string, string> PlaceNations)
    {
        public string? NationOf(string? place) => place is null ? null : PlaceNations.GetValueOrDefault(place);

        public static SiteIds Read(string contentRoot)
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

    /// <summary>Builds the file text line by line; every value that comes from the contributor is quoted.</summary>
    private sealed class Template(string title, DateOnly today)
    {
        private readonly StringBuilder _text = new();

        private string Today => today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        public override string ToString() => _text.ToString();

        private Template Line(string line = "")
        {
            _text.Append(line).Append('\n');
            return this;
        }

        private Template Comment(string text) => Line("# " + text);

        private void FrontMatterStart(string what, string section)
        {
            Line("---");
            Comment($"A {what}. Every field is explained in docs/content-model.md, section {section}.");
            Comment("Keep two-space indentation and never use tabs. Run 'lpip check' when you have finished.");
        }

        private void Title(string field = "title") => Line($"{field}: {Quote(title)}");

        private void Summary(string prompt)
        {
            Comment("Plain text only (no Markdown, links or HTML), at most 300 characters.");
            Line("summary: >-");
            Line("  " + prompt);
        }

        private void Draft()
        {
            Comment("Keeps this out of the published site. Remove this line when it is ready to publish.");
            Line("draft: true");
        }

        public void CaseStudy(string partnership, string place, string theme)
        {
            FrontMatterStart("case study", "4.5");
            Title();
            Summary("Say in one or two plain sentences what was done, where, and what changed.");
            Comment("The date this case study is published on the site (YYYY-MM-DD).");
            Line($"date: {Today}");
            Comment("The id of the partnership: a file name in content/partnerships/.");
            Line($"partnership: {partnership}");
            Comment("Place ids (file names in content/places/) or GSS codes; at least one.");
            Line("places:");
            Line($"  - {place}");
            Comment("Theme ids from content/taxonomies/themes.yml; at least one.");
            Line("themes:");
            Line($"  - {theme}");
            Comment("Optional: topics (content/taxonomies/topics.yml), methods (content/methods/) and partners (content/organisations/).");
            Comment("topics: [net-zero]");
            Comment("Everyone who wrote it. orcid, affiliation and role are optional.");
            Line("authors:");
            Line("  - name: LPIP Hub editorial team");
            Comment("not-assessed, nesta-1 … nesta-5 or sms-1 … sms-5. Use not-assessed unless a source gives a rating.");
            Line("evidence_level: not-assessed");
            Line("transferability:");
            Line("  # What made it work here (required).");
            Line("  conditions: >-");
            Line("    Describe the conditions that made this work in this place.");
            Line("  # How far it has been tried elsewhere: untested, promising or replicated.");
            Line("  assessment: untested");
            Draft();
            Line("---");
            Section("Challenge", "What problem did the place face, and who did it affect?");
            Section("What we did", "Who took part, what was done, and when.");
            Section("Outcomes", "What changed, with the sources that show it.");
            Section("Lessons for other places", "What would another place need to do the same?");
        }

        public void Method()
        {
            FrontMatterStart("method", "4.6");
            Title();
            Summary("Say in one or two plain sentences what the method is.");
            Comment("One of: " + string.Join(", ", Vocabularies.MethodFamilies.Ids) + ".");
            Line("family: " + Vocabularies.MethodFamilies.Ids.First());
            Comment("When the method helps (required).");
            Line("when_to_use: >-");
            Line("  Describe the situations where this method helps.");
            Draft();
            Line("---");
            Section("How to do it", "The steps, in general terms, with what each needs.");
        }

        public void Training()
        {
            FrontMatterStart("training resource", "4.7");
            Title();
            Summary("Say in one or two plain sentences what learners get from this resource.");
            Comment("One of: " + string.Join(", ", Vocabularies.TrainingFormats.Ids) + ".");
            Comment("A video, podcast or webinar also needs a 'transcript'.");
            Line("format: guide");
            Comment("One or more of: " + string.Join(", ", Vocabularies.Audiences.Ids) + ".");
            Line("audience:");
            Line("  - practitioners");
            Comment("What learners will be able to do; at least one.");
            Line("learning_outcomes:");
            Line("  - Describe one thing learners will be able to do.");
            Draft();
            Line("---");
            Section("About this resource", "What it covers and how to use it.");
        }

        public void News(string? partnership, string? place)
        {
            FrontMatterStart("news item", "4.8");
            Title();
            Summary("Say in one or two plain sentences what the news is.");
            Line($"date: {Today}");
            Comment("One of: " + string.Join(", ", Vocabularies.NewsKinds.Ids) + ".");
            Comment("An event also needs 'event' (start, end, location, online); a funding call needs 'deadline'.");
            Line("kind: news");
            if (partnership is not null)
            {
                Line("partnerships:");
                Line($"  - {partnership}");
            }

            if (place is not null)
            {
                Line("places:");
                Line($"  - {place}");
            }

            Draft();
            Line("---");
            Line();
            Line("Write the news here, with links to its sources.");
        }

        public void Place(string constituent, string? nation)
        {
            Comment("A place. Every field is explained in docs/content-model.md, section 4.4.");
            Comment("Keep two-space indentation and never use tabs. Run 'lpip check' when you have finished.");
            Title("name");
            Comment("One of: " + string.Join(", ", Vocabularies.PlaceTypes.Ids) + ".");
            Comment("Every type except custom-area needs a GSS code (gss: E08000035) from the ONS Register of");
            Comment("Geographic Codes; a custom-area lists the places it is made of in 'constituents' instead.");
            Line("type: custom-area");
            Line("constituents:");
            Line($"  - {constituent}");
            Comment("One of: " + string.Join(", ", Vocabularies.Nations.Ids) + ".");
            Line($"nation: {nation ?? "england"}");
            Summary("Say in one or two factual sentences where this place is.");
            Comment("When these facts were last checked.");
            Line($"last_reviewed: {Today}");
        }

        public void Partnership(string organisation, string place, string? nation, string theme)
        {
            Comment("A partnership. Every field is explained in docs/content-model.md, section 4.3.");
            Comment("Keep two-space indentation and never use tabs. Run 'lpip check' when you have finished.");
            Title("name");
            Summary("Say in one or two plain sentences what the partnership is and does.");
            Comment("One of: " + string.Join(", ", Vocabularies.Nations.Ids) + ".");
            Line($"nation: {nation ?? "england"}");
            Comment("One of: " + string.Join(", ", Vocabularies.Phases.Ids) + ".");
            Line("phase: phase-2");
            Comment("active or completed.");
            Line("status: active");
            Comment("The id of the lead organisation: a file name in content/organisations/.");
            Line($"lead_organisation: {organisation}");
            Comment("Place ids (file names in content/places/); at least one.");
            Line("places:");
            Line($"  - {place}");
            Comment("Theme ids from content/taxonomies/themes.yml; at least one.");
            Line("themes:");
            Line($"  - {theme}");
            Comment("The dates of the grant (YYYY-MM-DD); end is not before start.");
            Line($"start: {Today}");
            Line($"end: {today.AddYears(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        private void Section(string heading, string prompt)
        {
            Line();
            Line("## " + heading);
            Line();
            Line(prompt);
        }

        /// <summary>A YAML double-quoted string: safe whatever the title holds (colons, quotes, '#').</summary>
        private static string Quote(string value)
        {
            var builder = new StringBuilder("\"");
            foreach (var c in value.Trim())
            {
                builder.Append(c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\n' or '\r' or '\t' => " ",
                    < ' ' => string.Empty,
                    _ => c.ToString(),
                });
            }

            return builder.Append('"').ToString();
        }
    }
}
