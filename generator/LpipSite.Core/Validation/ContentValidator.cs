using LpipSite.Core.Authoring;
using LpipSite.Core.ContentTypes;
using LpipSite.Core.Diagnostics;
using LpipSite.Core.Loading;
using LpipSite.Core.Validation.Schema;

namespace LpipSite.Core.Validation;

/// <summary>The result of validation: every document bound, and the resolver for references.</summary>
public sealed record ValidatedContent(LoadedContent Loaded, IReadOnlyList<BoundDocument> Documents, ReferenceResolver References)
{
    /// <summary>The translations (<c>about.cy.md</c>), bound to their translation schemas; <see cref="Documents"/> holds only sources.</summary>
    public IReadOnlyList<BoundDocument> Translations { get; init; } = [];

    public IEnumerable<BoundDocument> OfKind(ContentKind kind) => Documents.Where(d => d.Kind == kind);
}

/// <summary>
/// Checks all content against the content model: each file against its schema (in parallel),
/// then the rules across files. All problems in all files are reported in one run.
/// </summary>
public static class ContentValidator
{
    public static ValidatedContent Validate(LoadedContent loaded, DiagnosticBag diagnostics, DateOnly today)
    {
        var bound = new BoundDocument?[loaded.Documents.Count];
        Parallel.For(0, loaded.Documents.Count, i => bound[i] = Bind(loaded.Documents[i], diagnostics));
        var documents = bound.OfType<BoundDocument>().Where(d => !d.Source.IsTranslation).ToList();
        var translations = bound.OfType<BoundDocument>().Where(d => d.Source.IsTranslation).ToList();

        CheckUniqueIds(documents, diagnostics);
        var references = BuildResolver(loaded.Documents, documents, diagnostics);
        foreach (var document in documents)
        {
            foreach (var reference in References(document.Value))
            {
                references.Check(reference, diagnostics);
            }
        }

        var validated = new ValidatedContent(loaded, documents, references) { Translations = translations };
        Languages.TranslationRules.Check(validated, loaded.Documents, diagnostics);
        DocumentRules.Check(validated, diagnostics, today);
        PlaceRules.Check(validated, diagnostics);
        AssetRules.Check(validated, diagnostics);
        SvgRules.Check(loaded, diagnostics);
        MarkdownRules.Check(validated, diagnostics);
        AliasRules.Check(validated, diagnostics);
        return validated;
    }

    private static BoundDocument? Bind(SourceDocument document, DiagnosticBag diagnostics)
    {
        if (!document.Kind.IsSiteFile && !Formats.Id().IsMatch(document.Id))
        {
            diagnostics.Error(SourceLocation.File(document.Path), DiagnosticCodes.InvalidFileName,
                $"the file name '{document.Id}' is not a valid id: use lower-case letters, digits and single hyphens",
                $"rename the file to '{NewContent.Slug(document.Id)}{Path.GetExtension(document.Path)}'");
        }

        if (document.FrontMatter is null)
        {
            return null;
        }

        var binder = new SchemaBinder(diagnostics);
        if (document.IsTranslation)
        {
            return Languages.TranslationRules.Bind(document, binder, diagnostics);
        }

        BoundValue? value = document.Kind.IsTaxonomy
            ? binder.Bind(document.FrontMatter, ContentSchemas.Vocabulary, document.Kind == ContentKind.Themes ? "themes" : "topics")
            : binder.BindObject(document.FrontMatter, ContentSchemas.For(document.Kind)!);
        return value is null ? null : new BoundDocument(document, value);
    }

    private static void CheckUniqueIds(List<BoundDocument> documents, DiagnosticBag diagnostics)
    {
        foreach (var kind in documents.GroupBy(d => d.Kind))
        {
            var first = new Dictionary<string, BoundDocument>(StringComparer.OrdinalIgnoreCase);
            foreach (var document in kind.OrderBy(d => d.Source.Path, StringComparer.Ordinal))
            {
                if (first.TryGetValue(document.Id, out var earlier))
                {
                    diagnostics.Error(SourceLocation.File(document.Source.Path), DiagnosticCodes.DuplicateId,
                        $"the id '{document.Id}' is already used by {earlier.Source.Path} (ids must differ by more than letter case)",
                        "rename one of the files");
                }
                else
                {
                    first[document.Id] = document;
                }
            }
        }

        foreach (var vocabulary in documents.Where(d => d.Kind.IsTaxonomy))
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var term in ((BoundList)vocabulary.Value).Items.OfType<BoundObject>())
            {
                if (term.Text("id") is { } id && !seen.Add(id))
                {
                    diagnostics.Error(term.LocationOf("id"), DiagnosticCodes.DuplicateId, $"the id '{id}' is listed twice", "remove or rename one of them");
                }
            }
        }
    }

    /// <summary>
    /// Ids come from every file, even one whose front matter failed, so a typo in one file does not
    /// also make every reference to it an error.
    /// </summary>
    private static ReferenceResolver BuildResolver(IReadOnlyList<SourceDocument> files, List<BoundDocument> documents, DiagnosticBag diagnostics)
    {
        IEnumerable<string> IdsOf(ContentKind kind) => files.Where(d => d.Kind == kind && !d.IsTranslation).Select(d => d.Id);
        IEnumerable<string> TermsOf(ContentKind kind) => documents.Where(d => d.Kind == kind)
            .SelectMany(d => ((BoundList)d.Value).Items.OfType<BoundObject>()).Select(o => o.Text("id")).OfType<string>();

        var gss = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var place in documents.Where(d => d.Kind == ContentKind.Place).OrderBy(d => d.Source.Path, StringComparer.Ordinal))
        {
            if (place.Object?.Text("gss") is { } code)
            {
                if (gss.TryGetValue(code, out var other))
                {
                    diagnostics.Error(place.Object.LocationOf("gss"), DiagnosticCodes.DuplicateId,
                        $"the GSS code {code} is already used by the place '{other}'", "each place needs its own code");
                }
                else
                {
                    gss[code] = place.Id;
                }
            }
        }

        var ids = new Dictionary<RefKind, IEnumerable<string>>
        {
            [RefKind.Theme] = TermsOf(ContentKind.Themes),
            [RefKind.Topic] = TermsOf(ContentKind.Topics),
        };
        foreach (var type in ContentTypeRegistry.All)
        {
            if (type.ReferencedAs is { } refKind)
            {
                ids[refKind] = IdsOf(type.Kind);
            }
        }

        return new ReferenceResolver(ids, gss);
    }

    /// <summary>Every reference anywhere inside a value.</summary>
    public static IEnumerable<BoundRef> References(BoundValue value)
    {
        var pending = new Stack<BoundValue>([value]);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case BoundRef r:
                    yield return r;
                    break;
                case BoundList list:
                    foreach (var item in list.Items.Reverse())
                    {
                        pending.Push(item);
                    }

                    break;
                case BoundObject obj:
                    foreach (var field in obj.Fields.Values.Reverse())
                    {
                        pending.Push(field);
                    }

                    break;
            }
        }
    }
}
