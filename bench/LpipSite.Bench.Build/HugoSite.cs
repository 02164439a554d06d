using System.Text;

namespace LpipSite.Bench.Build;

/// <summary>
/// Turns a synthetic LpipSite content folder into an equivalent Hugo site: the same Markdown files,
/// with themes, places, methods and partnerships as Hugo taxonomies (their YAML or Markdown becomes
/// the term page's content), and the templates from bench/hugo-site-template.
/// </summary>
internal static class HugoSite
{
    public static void Write(string content, string template, string site)
    {
        CopyTree(template, site);
        var target = Path.Combine(site, "content");

        foreach (var section in new[] { "case-studies", "training", "news", "pages" })
        {
            var from = Path.Combine(content, section);
            if (!Directory.Exists(from))
            {
                continue;
            }

            Directory.CreateDirectory(Path.Combine(target, section));
            File.WriteAllText(Path.Combine(target, section, "_index.md"), $"---\ntitle: {Label(section)}\n---\n");
            foreach (var file in Directory.EnumerateFiles(from, "*.md"))
            {
                var text = File.ReadAllText(file);
                File.WriteAllText(Path.Combine(target, section, Path.GetFileName(file)), section == "case-studies" ? WithPartnershipTerm(text) : text);
            }
        }

        // Term pages: methods carry Markdown; places and partnerships are YAML records.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(content, "methods"), "*.md"))
        {
            WriteTerm(target, "methods", Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
        }

        foreach (var taxonomy in new[] { "places", "partnerships" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(content, taxonomy), "*.yml"))
            {
                var yaml = File.ReadAllText(file);
                var name = Field(yaml, "name");
                WriteTerm(target, taxonomy, Path.GetFileNameWithoutExtension(file), $"---\ntitle: {name}\nsummary: {Field(yaml, "summary")}\n---\n");
            }
        }

        foreach (var line in File.ReadAllLines(Path.Combine(content, "taxonomies", "themes.yml")).Where(l => l.StartsWith("- id: ", StringComparison.Ordinal)))
        {
            var id = line["- id: ".Length..].Trim();
            WriteTerm(target, "themes", id, $"---\ntitle: {id}\n---\n");
        }

        foreach (var taxonomy in new[] { "themes", "places", "methods", "partnerships" })
        {
            File.WriteAllText(Path.Combine(target, taxonomy, "_index.md"), $"---\ntitle: {Label(taxonomy)}\n---\n");
        }
    }

    /// <summary>Our case studies name one partnership; Hugo's taxonomy wants a list.</summary>
    private static string WithPartnershipTerm(string markdown)
    {
        var start = markdown.IndexOf("\npartnership: ", StringComparison.Ordinal);
        if (start < 0)
        {
            return markdown;
        }

        var end = markdown.IndexOf('\n', start + 1);
        var id = markdown[(start + "\npartnership: ".Length)..end].Trim();
        return markdown.Insert(end + 1, $"partnerships: [{id}]\n");
    }

    private static void WriteTerm(string target, string taxonomy, string id, string text)
    {
        var folder = Path.Combine(target, taxonomy, id);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "_index.md"), text);
    }

    private static string Field(string yaml, string name)
    {
        foreach (var line in yaml.Split('\n'))
        {
            if (line.StartsWith(name + ": ", StringComparison.Ordinal))
            {
                return line[(name.Length + 2)..].Trim();
            }
        }

        return string.Empty;
    }

    private static string Label(string section)
    {
        var text = new StringBuilder(section.Replace('-', ' '));
        text[0] = char.ToUpperInvariant(text[0]);
        return text.ToString();
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
