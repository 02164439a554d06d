using LpipSite.Core.ContentTypes;
using LpipSite.Core.Loading;
using LpipSite.Core.Model;
using LpipSite.Core.Validation.Schema;

namespace LpipSite.Core.Validation;

/// <summary>
/// Turns validated documents into the typed model, each through its content type's mapping. It runs only when validation found no errors,
/// so required fields are known to be present and references known to resolve.
/// </summary>
public sealed class ItemMapper(ValidatedContent content)
{
    private readonly ReferenceResolver _refs = content.References;

    public SiteContent Map()
    {
        var siteDocument = content.OfKind(ContentKind.Site).Single();
        var site = siteDocument.Object!;
        var settings = new SiteSettings
        {
            Title = site.TextOrEmpty("title"),
            BaseUrl = new Uri(WithSlash(site.TextOrEmpty("base_url"))),
            Description = site.TextOrEmpty("description"),
            Language = site.Text("language") ?? Languages.SiteLanguages.DefaultTag,
            Languages = Languages.SiteLanguages.From(site, null),
            Licence = site.Text("licence") ?? "CC-BY-4.0",
            OrganisationId = Ref(site.Ref("organisation")),
            Menu = site.Objects("menu").Select(m => new MenuItem(m.TextOrEmpty("label"), m.TextOrEmpty("url"))).ToList(),
            AccessibilityReviewed = site.Date("accessibility_reviewed"),
            Repository = site.Text("repository")?.TrimEnd('/'),
            ContactEmail = site.Text("contact_email"),
            Image = site.Object("image") is { } image
                ? new ImageRef("/" + AssetPaths.Resolve(content.Loaded, siteDocument.Source.Path, image.TextOrEmpty("src")), image.TextOrEmpty("alt"), image.Bool("decorative"), image.Text("credit"), image.Text("licence"))
                : null,
        };

        return new SiteContent
        {
            Settings = settings,
            Themes = Terms(ContentKind.Themes, "theme"),
            Topics = Terms(ContentKind.Topics, "topic"),
            Items = ContentTypeRegistry.All.ToDictionary(
                type => type.Kind,
                type => (IReadOnlyList<ContentItem>)content.OfKind(type.Kind).Where(d => d.Object is not null)
                    .Select(d => type.Map(new ItemSource(type, d, content, settings))).ToList()),
        };
    }

    private static string WithSlash(string url) => url.EndsWith('/') ? url : url + "/";

    private Vocabulary Terms(ContentKind kind, string name) => new(
        name,
        content.OfKind(kind).SelectMany(d => ((BoundList)d.Value).Items.OfType<BoundObject>())
            .Select(t => new VocabularyTerm(t.TextOrEmpty("id"), t.TextOrEmpty("label"), t.TextOrEmpty("description"))));

    private string? Ref(BoundRef? reference) => reference is null ? null : _refs.Resolve(reference);
}
