using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LpipSite.Core.Model;
using LpipSite.Core.Rendering.Templates;

namespace LpipSite.Core.Outputs;

/// <summary>A citable author: a person (family and given names) or a group ("LPIP Hub editorial team").</summary>
internal sealed record CiteAuthor(string Name, string? Family, string? Given, string? OrcidUrl)
{
    public bool IsPerson => Family is not null;

    /// <summary>
    /// Names of two or more words that all start with a capital letter are read as "Given Family";
    /// anything else (a team, an organisation) is kept whole as a group author.
    /// </summary>
    public static CiteAuthor Of(Person person)
    {
        var words = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var personal = words.Length >= 2 && words.All(w => char.IsUpper(w[0]))
            && !words.Any(w => w is "LPIP" or "Hub" or "University" or "Council" or "Team" or "Partnership");
        return personal
            ? new CiteAuthor(person.Name, words[^1], string.Join(' ', words[..^1]), person.OrcidUrl?.AbsoluteUri)
            : new CiteAuthor(person.Name, null, null, person.OrcidUrl?.AbsoluteUri);
    }

    public static CiteAuthor Group(string name) => new(name, null, null, null);

    /// <summary>"Example, J. A." for APA; a group name as it is.</summary>
    public string ApaName => IsPerson ? Family + ", " + Initials(Given!) : Name;

    public string Initials(string given) =>
        string.Join(' ', given.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(g => char.ToUpperInvariant(g[0]) + "."));
}

/// <summary>What a citation needs; <see cref="Date"/> is null when the content gives none (then "n.d.").</summary>
internal sealed record CitationSource(
    string Id,
    string Kind,
    string Title,
    IReadOnlyList<CiteAuthor> Authors,
    DateOnly? Date,
    string Publisher,
    string SiteName,
    string Url,
    string? Doi,
    string Licence,
    string Abstract);

/// <summary>APA 7, Harvard, BibTeX, RIS and CSL-JSON, written from the content only (no access dates: they would be the clock).</summary>
internal static class Citations
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Year(DateOnly? date) => date is { } d ? d.Year.ToString(CultureInfo.InvariantCulture) : "n.d.";

    public static string DoiUrl(string doi) => "https://doi.org/" + doi;

    private static string Link(CitationSource s) => s.Doi is null ? s.Url : DoiUrl(s.Doi);

    private static string EndWithFullStop(string text) => text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";

    /// <summary>APA 7: Author, A. A., &amp; Author, B. B. (2026, November 25). <i>Title</i>. Publisher. URL</summary>
    public static (string Before, string Title, string After) Apa(CitationSource s)
    {
        var names = s.Authors.Select(a => a.ApaName).ToList();
        var authors = names.Count switch
        {
            0 => s.Publisher,
            1 => names[0],
            2 => names[0] + ", & " + names[1],
            _ => string.Join(", ", names.Take(names.Count - 1)) + ", & " + names[^1],
        };
        var date = s.Date is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d.Year}, {DisplayFormat.Date(d).Split(' ')[1]} {d.Day}") : "n.d.";
        var site = s.Authors.Count == 1 && s.Authors[0].Name == s.SiteName ? string.Empty : " " + EndWithFullStop(s.SiteName);
        return (EndWithFullStop(authors) + " (" + date + "). ", s.Title, "." + site + " " + Link(s));
    }

    /// <summary>Harvard (Cite Them Right): Surname, I. (Year) <i>Title</i>. Publisher. Available at: URL.</summary>
    public static (string Before, string Title, string After) Harvard(CitationSource s)
    {
        var names = s.Authors.Select(a => a.IsPerson ? a.Family + ", " + a.Initials(a.Given!) : a.Name).ToList();
        // Harvard's own punctuation, in every language the site is in: "A, B and C".
        var authors = names.Count switch
        {
            0 => s.Publisher,
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
        };
        return (authors + " (" + Year(s.Date) + ") ", s.Title, ". " + EndWithFullStop(s.SiteName) + " Available at: " + Link(s) + ".");
    }

    // ---- BibTeX -----------------------------------------------------------------------------

    private static string BibEscape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    public static string BibKey(CitationSource s) =>
        (s.Authors.FirstOrDefault() is { IsPerson: true } first ? new string(first.Family!.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant() : "lpiphub")
        + Year(s.Date).Replace(".", string.Empty, StringComparison.Ordinal) + "-" + s.Id;

    public static string BibTeX(CitationSource s)
    {
        var fields = new List<(string Name, string Value)>
        {
            ("title", "{" + BibEscape(s.Title) + "}"),
            ("author", s.Authors.Count == 0
                ? "{" + BibEscape(s.Publisher) + "}"
                : string.Join(" and ", s.Authors.Select(a => a.IsPerson ? BibEscape(a.Family!) + ", " + BibEscape(a.Given!) : "{" + BibEscape(a.Name) + "}"))),
        };
        if (s.Date is { } d)
        {
            fields.Add(("year", d.Year.ToString(CultureInfo.InvariantCulture)));
            fields.Add(("month", d.Month.ToString(CultureInfo.InvariantCulture)));
            fields.Add(("date", DisplayFormat.IsoDate(d)));
        }

        fields.Add(("publisher", BibEscape(s.Publisher)));
        fields.Add(("howpublished", BibEscape(s.SiteName)));
        fields.Add(("url", s.Url));
        if (s.Doi is not null)
        {
            fields.Add(("doi", s.Doi));
        }

        fields.Add(("note", BibEscape(s.Kind + ". Licence: " + s.Licence)));
        var sb = new StringBuilder();
        sb.Append("@misc{").Append(BibKey(s)).Append(",\n");
        for (var i = 0; i < fields.Count; i++)
        {
            sb.Append("  ").Append(fields[i].Name).Append(" = {").Append(fields[i].Value).Append('}').Append(i < fields.Count - 1 ? ",\n" : "\n");
        }

        sb.Append("}\n");
        return sb.ToString();
    }

    // ---- RIS --------------------------------------------------------------------------------

    public static string Ris(CitationSource s)
    {
        var lines = new List<(string Tag, string Value)> { ("TY", s.Kind == "Case study" ? "RPRT" : "ELEC"), ("TI", s.Title) };
        foreach (var author in s.Authors)
        {
            lines.Add(("AU", author.IsPerson ? author.Family + ", " + author.Given : author.Name));
        }

        if (s.Authors.Count == 0)
        {
            lines.Add(("AU", s.Publisher));
        }

        if (s.Date is { } d)
        {
            lines.Add(("PY", d.Year.ToString(CultureInfo.InvariantCulture)));
            lines.Add(("DA", d.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture)));
        }

        lines.Add(("PB", s.Publisher));
        lines.Add(("T2", s.SiteName));
        lines.Add(("AB", s.Abstract));
        lines.Add(("UR", s.Url));
        if (s.Doi is not null)
        {
            lines.Add(("DO", s.Doi));
        }

        lines.Add(("N1", s.Kind + ". Licence: " + s.Licence));
        lines.Add(("ER", string.Empty));
        var sb = new StringBuilder();
        foreach (var (tag, value) in lines)
        {
            // RIS: "TAG  - value", CRLF line ends; a value never spans lines.
            sb.Append(tag).Append("  - ").Append(value.ReplaceLineEndings(" ")).Append("\r\n");
        }

        return sb.ToString();
    }

    // ---- CSL-JSON ---------------------------------------------------------------------------

    public static byte[] CslJson(CitationSource s)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("id", s.Id);
            json.WriteString("type", s.Kind == "Case study" ? "report" : "webpage");
            json.WriteString("title", s.Title);
            json.WriteStartArray("author");
            var authors = s.Authors.Count > 0 ? s.Authors : [CiteAuthor.Group(s.Publisher)];
            foreach (var a in authors)
            {
                json.WriteStartObject();
                if (a.IsPerson)
                {
                    json.WriteString("family", a.Family);
                    json.WriteString("given", a.Given);
                }
                else
                {
                    json.WriteString("literal", a.Name);
                }

                if (a.OrcidUrl is not null)
                {
                    json.WriteString("ORCID", a.OrcidUrl);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (s.Date is { } d)
            {
                json.WriteStartObject("issued");
                json.WriteStartArray("date-parts");
                json.WriteStartArray();
                json.WriteNumberValue(d.Year);
                json.WriteNumberValue(d.Month);
                json.WriteNumberValue(d.Day);
                json.WriteEndArray();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteString("publisher", s.Publisher);
            json.WriteString("container-title", s.SiteName);
            json.WriteString("genre", s.Kind);
            json.WriteString("abstract", s.Abstract);
            json.WriteString("URL", s.Url);
            if (s.Doi is not null)
            {
                json.WriteString("DOI", s.Doi);
            }

            json.WriteString("license", s.Licence);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
