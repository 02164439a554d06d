using System.Globalization;
using System.Text;

namespace LpipSite.Core.Authoring;

/// <summary>
/// The first version of a content file, written line by line by its content type
/// (<see cref="ContentTypes.ContentType.WriteScaffold"/>): every value that comes from the
/// contributor is quoted, and ids the title cannot supply are picked from the site and listed as
/// placeholders for the contributor to check.
/// </summary>
public sealed class Scaffold
{
    private readonly StringBuilder _text = new();
    private readonly string _title;
    private readonly List<string> _problems;
    private readonly List<string> _placeholders;

    internal Scaffold(string title, DateOnly today, NewContent.SiteIds site, string? partnership, string? place, List<string> problems, List<string> placeholders)
    {
        _title = title;
        TodayDate = today;
        Site = site;
        Partnership = partnership;
        Place = place;
        _problems = problems;
        _placeholders = placeholders;
    }

    /// <summary>The ids the new file may refer to.</summary>
    public NewContent.SiteIds Site { get; }

    /// <summary>The partnership given with <c>--partnership</c>, resolved to its id.</summary>
    public string? Partnership { get; }

    /// <summary>The place given with <c>--place</c>, resolved to its id.</summary>
    public string? Place { get; }

    public DateOnly TodayDate { get; }

    /// <summary>Today as YAML writes a date.</summary>
    public string Today => TodayDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string ToString() => _text.ToString();

    /// <summary>The first id of a kind the site has, noted as a placeholder; a problem when it has none.</summary>
    public string Pick(string field, IReadOnlyList<string> ids, string folder)
    {
        if (ids.Count == 0)
        {
            _problems.Add($"the site has no {folder} yet, so '{field}' cannot be filled in; add one first");
            return "none";
        }

        _placeholders.Add($"{field}: {ids[0]}");
        return ids[0];
    }

    public Scaffold Line(string line = "")
    {
        _text.Append(line).Append('\n');
        return this;
    }

    public Scaffold Comment(string text) => Line("# " + text);

    public void FrontMatterStart(string what, string section)
    {
        Line("---");
        Comment($"A {what}. Every field is explained in docs/content-model.md, section {section}.");
        Comment("Keep two-space indentation and never use tabs. Run 'lpip check' when you have finished.");
    }

    public void Title(string field = "title") => Line($"{field}: {Quote(_title)}");

    public void Summary(string prompt)
    {
        Comment("Plain text only (no Markdown, links or HTML), at most 300 characters.");
        Line("summary: >-");
        Line("  " + prompt);
    }

    public void Draft()
    {
        Comment("Keeps this out of the published site. Remove this line when it is ready to publish.");
        Line("draft: true");
    }

    public void Section(string heading, string prompt)
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
