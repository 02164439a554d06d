using System.Globalization;
using System.Text;

namespace LpipSite.Testing;

/// <summary>
/// Writes a deterministic content tree of N case studies (about 700 words each, with headings,
/// lists, tables and links to other case studies), with partnerships, places, methods, training
/// and news in proportion. Everything is valid under the content model, so a build must succeed.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Themes =
    [
        "inclusive-sustainable-economy", "greener-economy", "innovation", "skills",
        "communities-in-their-places", "cultural-recovery", "felt-experience", "partnership-capability",
    ];

    private static readonly string[] Families =
        ["engagement", "co-design", "evidence-synthesis", "data-analytics", "evaluation", "governance", "commissioning", "capacity-building"];

    private static readonly string[] Words =
    (
        "local policy partnership council university community evidence place residents data housing transport skills " +
        "employment health wellbeing climate energy retrofit water river coast rural town city neighbourhood panel " +
        "survey workshop pilot fund grant evaluation outcome learning practice officer researcher volunteer charity " +
        "economy growth innovation culture heritage language youth older people inclusion poverty wealth investment " +
        "network governance commissioning capacity training secondment briefing observatory labour market inactivity"
    ).Split(' ');

    public sealed record Sizes(int CaseStudies, int Partnerships, int Places, int Methods, int Training, int News);

    public static Sizes SizesFor(int caseStudies) => new(
        caseStudies,
        Math.Max(4, caseStudies / 50),
        Math.Max(8, caseStudies / 20),
        Math.Max(10, caseStudies / 40),
        Math.Max(6, caseStudies / 100),
        Math.Max(6, caseStudies / 20));

    /// <summary>Writes the tree under <paramref name="contentRoot"/> and returns the counts written.</summary>
    public static Sizes Write(string contentRoot, int caseStudies, int seed = 42)
    {
        var sizes = SizesFor(caseStudies);
        var random = new Random(seed);
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["site.yml"] = "title: Synthetic Hub\nbase_url: https://example.org/\ndescription: A synthetic corpus for tests and benchmarks.\norganisation: org-0\n",
            ["taxonomies/themes.yml"] = string.Concat(Themes.Select(t => $"- id: {t}\n  label: {Title(t)}\n  description: The {t.Replace('-', ' ')} theme.\n")),
            ["taxonomies/topics.yml"] = string.Concat(Enumerable.Range(0, 12).Select(i => $"- id: topic-{i}\n  label: Topic {i}\n  description: Topic number {i}.\n")),
            ["places/england.yml"] = "name: England\ntype: nation\ngss: E92000001\nnation: england\nsummary: England.\n",
            ["pages/about.md"] = "---\ntitle: About\nsummary: About the synthetic hub.\n---\nAbout this corpus.\n",
        };

        var regions = Math.Max(1, sizes.Places / 10);
        for (var r = 0; r < regions; r++)
        {
            files[$"places/region-{r}.yml"] =
                $"name: Region {r}\ntype: region\ngss: E12{r + 1:000000}\nparent: england\nnation: england\nsummary: Synthetic region {r}.\n";
        }

        for (var p = 0; p < sizes.Places; p++)
        {
            var region = p % regions;
            files[$"places/place-{p}.yml"] =
                $"name: Place {p}\ntype: local-authority-district\ngss: E08{p + 1:000000}\nparent: region-{region}\nregion: region-{region}\n" +
                $"nation: england\nlatitude: {52 + (p % 20) * 0.05:0.00}\nlongitude: {-2 + (p % 10) * 0.05:0.00}\nsummary: Synthetic place {p}.\n";
        }

        var organisations = sizes.Partnerships * 2;
        for (var o = 0; o < organisations; o++)
        {
            files[$"organisations/org-{o}.yml"] = $"name: Organisation {o}\ntype: {(o % 2 == 0 ? "university" : "local-authority")}\n";
        }

        for (var p = 0; p < sizes.Partnerships; p++)
        {
            files[$"partnerships/partnership-{p}.yml"] =
                $"name: Partnership {p}\nsummary: Synthetic partnership {p}.\nnation: england\nphase: phase-2\nstatus: active\n" +
                $"lead_organisation: org-{p * 2}\npartners:\n  - organisation: org-{p * 2 + 1}\n    role: Partner\n" +
                $"places: [place-{p % sizes.Places}]\nthemes: [{Themes[p % Themes.Length]}]\nstart: 2024-02-13\nend: 2027-02-12\n";
        }

        for (var m = 0; m < sizes.Methods; m++)
        {
            files[$"methods/method-{m}.md"] =
                $"---\ntitle: Method {m}\nsummary: Synthetic method {m}.\nfamily: {Families[m % Families.Length]}\nstages: [discover, develop]\n" +
                $"when_to_use: When method {m} fits.\n---\n## How to do it\n\n{Paragraph(random, 80)}\n";
        }

        for (var c = 0; c < caseStudies; c++)
        {
            files[$"case-studies/case-study-{c}.md"] = CaseStudy(c, sizes, random);
        }

        for (var t = 0; t < sizes.Training; t++)
        {
            files[$"training/training-{t}.md"] =
                $"---\ntitle: Training {t}\nsummary: Synthetic training {t}.\nformat: guide\naudience: [researchers, policymakers]\n" +
                $"learning_outcomes: [Understand method {t % sizes.Methods}]\nmethods: [method-{t % sizes.Methods}]\n" +
                $"events:\n  - start: 2027-0{1 + (t % 9)}-10T10:00\n    end: 2027-0{1 + (t % 9)}-10T12:00\n    online: true\n---\n{Paragraph(random, 100)}\n";
        }

        for (var n = 0; n < sizes.News; n++)
        {
            files[$"news/news-{n}.md"] =
                $"---\ntitle: News {n}\nsummary: Synthetic news {n}.\ndate: {Date(n)}\nkind: news\npartnerships: [partnership-{n % sizes.Partnerships}]\n---\n{Paragraph(random, 120)}\n";
        }

        foreach (var (path, text) in files)
        {
            var full = Path.Combine(contentRoot, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return sizes;
    }

    private static string CaseStudy(int c, Sizes sizes, Random random)
    {
        var places = new[] { c % sizes.Places, (c * 7 + 3) % sizes.Places }.Distinct().Select(p => "place-" + p);
        var themes = new[] { Themes[c % Themes.Length], Themes[(c / 3) % Themes.Length] }.Distinct();
        var methods = new[] { c % sizes.Methods, (c * 5 + 1) % sizes.Methods }.Distinct().Select(m => "method-" + m);
        var body = new StringBuilder();
        body.Append("## Challenge\n\n").Append(Paragraph(random, 150)).Append("\n\n");
        body.Append("## What we did\n\n").Append(Paragraph(random, 150)).Append("\n\n");
        body.Append("- ").Append(Paragraph(random, 12)).Append("\n- ").Append(Paragraph(random, 12)).Append("\n- ").Append(Paragraph(random, 12)).Append("\n\n");
        body.Append("| Measure | Before | After |\n|---|---|---|\n");
        body.Append(CultureInfo.InvariantCulture, $"| Residents involved | {c % 50} | {c % 50 + 20} |\n| Partners | {c % 7 + 1} | {c % 7 + 4} |\n\n");
        body.Append("## Outcomes\n\n").Append(Paragraph(random, 150)).Append("\n\n");
        body.Append("## Lessons for other places\n\n").Append(Paragraph(random, 150));
        body.Append(CultureInfo.InvariantCulture, $" See also [case study {(c + 1) % sizes.CaseStudies}](/case-studies/case-study-{(c + 1) % sizes.CaseStudies}/).\n");
        return "---\n" +
            $"title: Case study {c} - {Title(Words[c % Words.Length])} in place {c % sizes.Places}\n" +
            $"summary: A synthetic case study about {Words[c % Words.Length]} and {Words[(c * 3) % Words.Length]}.\n" +
            $"date: {Date(c)}\npartnership: partnership-{c % sizes.Partnerships}\n" +
            $"places: [{string.Join(", ", places)}]\nthemes: [{string.Join(", ", themes)}]\nmethods: [{string.Join(", ", methods)}]\n" +
            $"topics: [topic-{c % 12}]\nauthors:\n  - name: Author {c % 97}\nevidence_level: not-assessed\n" +
            $"transferability:\n  conditions: Conditions for case study {c}.\n  assessment: untested\n" +
            "---\n" + body;
    }

    private static string Date(int i) =>
        new DateOnly(2024, 1, 1).AddDays(i % 1000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Title(string id) => char.ToUpperInvariant(id[0]) + id[1..].Replace('-', ' ');

    private static string Paragraph(Random random, int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(Words[random.Next(Words.Length)]);
        }

        text[0] = char.ToUpperInvariant(text[0]);
        return text.Append('.').ToString();
    }
}
