using System.Reflection;
using LpipSite.Core.Diagnostics;

namespace LpipSite.Core.Rendering.Text;

/// <summary>What the keys of one nested class of <see cref="GeneratorTextKeys"/> are for, in diagnostics: "the case study page's rows".</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class UsedForAttribute(string what) : Attribute
{
    public string What { get; } = what;
}

/// <summary>A key the generator looks up with <see cref="Localiser.Count"/>: it must have plural forms.</summary>
[AttributeUsage(AttributeTargets.Field)]
internal sealed class PluralAttribute : Attribute;

/// <summary>The placeholders the generator fills for a key (besides <c>{count}</c> of a plural key).</summary>
[AttributeUsage(AttributeTargets.Field)]
internal sealed class ArgsAttribute(params string[] names) : Attribute
{
    public IReadOnlyList<string> Names { get; } = names;
}

/// <summary>
/// Every key of the theme's text table that the generator's C# looks up (row labels, page titles
/// and intros, card labels, link texts …). Call sites use these constants, never a literal key, so
/// this list is the whole of what the generator asks a theme for: <see cref="Check"/> compares it
/// with the theme's table before anything renders, so a theme that lacks a key gets one located
/// diagnostic rather than a failure on every page.
/// </summary>
internal static class GeneratorTextKeys
{
    /// <summary>A key with what it is for, its shape and the placeholders the generator fills.</summary>
    internal sealed record KeyInfo(string Key, string UsedFor, bool Plural, IReadOnlyList<string> Args);

    [UsedFor("the language switcher and the page head of a site in more than one language")]
    internal static class Languages
    {
        public const string Name = "language.name";
        public const string Locale = "language.locale";
        public const string InterfaceUnreviewed = "translation.interface_unreviewed";
    }

    [UsedFor("the counts of items on listing and theme pages")]
    internal static class Count
    {
        [Plural] public const string CaseStudies = "count.case_studies";
        [Plural] public const string Places = "count.places";
        [Plural] public const string Partnerships = "count.partnerships";
        [Plural] public const string Rows = "count.rows";
    }

    [UsedFor("lists of names written in a sentence (\"a, b and c\")")]
    internal static class Join
    {
        public const string Separator = "join.separator";
        [Args("first", "last")] public const string And = "join.and";
    }

    [UsedFor("file sizes on the open data and training pages")]
    internal static class FileSize
    {
        [Args("size")] public const string Bytes = "file_size.bytes";
        [Args("size")] public const string Kilobytes = "file_size.kb";
        [Args("size")] public const string Megabytes = "file_size.mb";
        [Args("size")] public const string Gigabytes = "file_size.gb";
    }

    [UsedFor("the page head, breadcrumbs, menu and footer of every page")]
    internal static class Site
    {
        [Args("title", "site")] public const string DocumentTitle = "head.document_title";
        public const string Home = "breadcrumbs.home";
        public const string NavCaseStudies = "section.case_studies";
        public const string NavPlaces = "section.places";
        public const string NavMethods = "section.methods";
        public const string NavTraining = "section.training";
        public const string NavPartnerships = "section.partnerships";
        public const string NavNews = "section.news";
        public const string NavThemes = "section.themes";
        public const string NavAbout = "nav.about";
        public const string FooterAccessibility = "footer.accessibility";
        public const string FooterContribute = "footer.contribute";
        public const string FooterCookies = "footer.cookies";
        public const string FooterPrivacy = "footer.privacy";
        public const string FooterContact = "footer.contact";
        public const string FooterEvidenceLevels = "footer.evidence_levels";
        public const string FooterFeed = "footer.feed";
        public const string FooterOpenData = "footer.open_data";
        public const string BannerDraft = "banner.draft";
        [Args("date")] public const string BannerScheduled = "banner.scheduled";
        [Args("orcid")] public const string Orcid = "person.orcid";
        [Args("title", "number", "total")] public const string ListingPageTitle = "pagination.title";
        [Args("current", "total")] public const string PaginationStatus = "pagination.status";
    }

    [UsedFor("the labels and notes of cards in listings")]
    internal static class Card
    {
        public const string CaseStudy = "card.case_study";
        public const string Training = "card.training";
        public const string Method = "card.method";
        public const string Partnership = "card.partnership";
        public const string Theme = "card.theme";
        [Args("date")] public const string Deadline = "card.deadline";
        [Args("date")] public const string EventOn = "card.event_on";
        [Args("format", "audience")] public const string TrainingFor = "card.training_for";
        [Args("meta", "date")] public const string NextSession = "card.next_session";
        public const string MethodUnused = "card.method_unused";
        [Plural] public const string MethodUsed = "card.method_used";
    }

    [UsedFor("the rows of facts at the top of item pages")]
    internal static class Row
    {
        [Plural] public const string Partnerships = "row.partnerships";
        [Plural] public const string Places = "row.places";
        [Plural] public const string Themes = "row.themes";
        [Plural] public const string Methods = "row.methods";
        public const string Topics = "row.topics";
        public const string Partners = "row.partners";
        public const string Status = "row.status";
        public const string Published = "row.published";
        public const string Updated = "row.updated";
        public const string EvidenceLevel = "row.evidence_level";
        [Plural] public const string Authors = "row.authors";
        public const string Licence = "row.licence";
        public const string Type = "row.type";
        public const string Nation = "row.nation";
        public const string Region = "row.region";
        public const string GssCode = "row.gss_code";
        public const string GssPublisher = "row.gss_publisher";
        public const string LastReviewed = "row.last_reviewed";
        public const string ShortName = "row.short_name";
        public const string Phase = "row.phase";
        public const string LeadOrganisation = "row.lead_organisation";
        public const string Dates = "row.dates";
        [Args("start", "end")] public const string DateRange = "row.date_range";
        public const string Website = "row.website";
        [Plural] public const string Funders = "row.funders";
        public const string Family = "row.family";
        [Plural] public const string Stages = "row.stages";
        public const string TimeNeeded = "row.time_needed";
        public const string Cost = "row.cost";
        public const string SkillsNeeded = "row.skills_needed";
        public const string Format = "row.format";
        public const string For = "row.for";
        public const string Level = "row.level";
        public const string Duration = "row.duration";
    }

    [UsedFor("dated sessions of training and events")]
    internal static class Session
    {
        [Args("start", "end")] public const string TimeRange = "session.time_range";
        [Args("location")] public const string OnlineAndInPerson = "session.online_and_in_person";
        public const string Online = "session.online";
        [Args("location")] public const string InPerson = "session.in_person";
        public const string VenueToBeConfirmed = "session.venue_tbc";
    }

    [UsedFor("the 'Cite this' section of case studies, methods and training")]
    internal static class Cite
    {
        public const string NounCaseStudy = "cite.nouns.case_study";
        public const string NounMethod = "cite.nouns.method";
        public const string NounTrainingResource = "cite.nouns.training_resource";
        public const string BibTex = "cite.bibtex";
        public const string Ris = "cite.ris";
        public const string CslJson = "cite.csl_json";
    }

    [UsedFor("the maps of places")]
    internal static class Map
    {
        [Args("places")] public const string Description = "map.description";
        [Plural, Args("places")] public const string Unplaced = "map.unplaced";
        public const string AllPlaces = "map.all_places";
        [Args("name")] public const string PlacesIn = "map.places_in";
        [Args("name")] public const string Place = "map.place";
        [Args("name")] public const string Partnership = "map.partnership";
    }

    [UsedFor("the tables of where methods have been used and tried")]
    internal static class Transfer
    {
        public const string TriedHereSince = "transfer.tried_here_since";
        [Args("places")] public const string FirstIn = "transfer.first_in";
        public const string MethodColumn = "transfer.method_column";
        public const string PlaceColumn = "transfer.place_column";
    }

    [UsedFor("the themes index and theme pages")]
    internal static class Themes
    {
        public const string Intro = "themes.intro";
        [Args("theme")] public const string Description = "theme.description";
        [Plural, Args("theme")] public const string AllCaseStudies = "theme.all_case_studies";
    }

    [UsedFor("the evidence levels, search and 'page not found' pages")]
    internal static class SitePages
    {
        public const string EvidenceTitle = "evidence_levels.title";
        public const string EvidenceIntro = "evidence_levels.intro";
        public const string ScaleNone = "evidence_levels.scales.none.name";
        public const string ScaleNoneDescription = "evidence_levels.scales.none.description";
        public const string ScaleNesta = "evidence_levels.scales.nesta.name";
        public const string ScaleNestaDescription = "evidence_levels.scales.nesta.description";
        public const string ScaleSms = "evidence_levels.scales.sms.name";
        public const string ScaleSmsDescription = "evidence_levels.scales.sms.description";
        public const string SearchTitle = "common.search";
        public const string SearchIntro = "search.intro";
        public const string NotFoundTitle = "not_found.title";
        public const string NotFoundDescription = "not_found.description";
        public const string NotFoundHome = "not_found.home_page";
    }

    [UsedFor("the messages the search page's script shows")]
    internal static class SearchStatus
    {
        public const string Searching = "search.status.searching";
        public const string Unavailable = "search.status.unavailable";
        [Plural]
        [Args("query", "filter", "shown")]
        public const string Results = "search.status.results";
        [Args("types")]
        public const string InTypes = "search.status.in_types";
        [Args("count")]
        public const string ShowingFirst = "search.status.showing_first";
        [Plural]
        [Args("query", "filter", "shown")]
        public const string Similar = "search.status.similar";
        [Args("suggestion")]
        public const string DidYouMean = "search.status.did_you_mean";
        [Args("count")]
        public const string ShowAll = "search.status.show_all";
        public const string ShowFewer = "search.status.show_fewer";
    }

    [UsedFor("the legends of the search page's filters")]
    internal static class SearchFilters
    {
        public const string Type = "search.filters.type";
        public const string Theme = "search.filters.theme";
        public const string Nation = "search.filters.nation";
        public const string Method = "search.filters.method";
        public const string Evidence = "search.filters.evidence";
        public const string Partnership = "search.filters.partnership";
        public const string Kind = "search.filters.kind";
    }

    [UsedFor("the open data page and the transferability explorer")]
    internal static class Reuse
    {
        public const string DataTitle = "data.title";
        public const string DataIntro = "data.intro";
        public const string DataCsvNote = "data.csv_note";
        public const string DataUnknownSize = "data.unknown_size";
        [Args("site")] public const string DataCatalogName = "data.catalog_name";
        public const string TransferTitle = "transferability.title";
        public const string TransferIntro = "transferability.intro";
        public const string TransferByNation = "transferability.by_nation";
        public const string TransferByPartnership = "transferability.by_partnership";
        public const string TransferDownload = "transferability.download";
        public const string SessionsCalendar = "data.calendar_names.training_sessions";
        public const string EventsCalendar = "data.calendar_names.events";
    }

    [UsedFor("the kinds of value of the datasets' fields on the open data page")]
    internal static class DataFieldTypes
    {
        public const string Text = "data.field_types.text";
        public const string Url = "data.field_types.url";
        public const string Date = "data.field_types.date";
        public const string LocalDateTime = "data.field_types.local_date_time";
        public const string Integer = "data.field_types.integer";
        public const string Number = "data.field_types.number";
        public const string Boolean = "data.field_types.boolean";
        public const string TextList = "data.field_types.text_list";
        public const string UrlList = "data.field_types.url_list";
        [Args("fields")] public const string Records = "data.field_types.records";
    }

    [UsedFor("the Atom feed's entry categories")]
    internal static class Feed
    {
        public const string CaseStudy = "feed.case_study";
    }

    [UsedFor("the calendar files of training sessions, events and closing dates")]
    internal static class Calendar
    {
        [Args("site")] public const string SessionsName = "calendar.names.training_sessions";
        [Args("site")] public const string EventsName = "calendar.names.events";
        [Args("site")] public const string DeadlinesName = "calendar.names.closing_dates";
        public const string Online = "calendar.online";
        [Args("location")] public const string InPersonAndOnline = "calendar.in_person_and_online";
    }

    [UsedFor("the labels of tables in page bodies, which screen readers announce")]
    internal static class Table
    {
        [Args("number")] public const string Numbered = "table.numbered";
        [Args("columns")] public const string Columns = "table.columns";
    }

    /// <summary>
    /// Every key, with what it is for: read once from the constants above and the content types'
    /// text key classes, the labels (and descriptions) of every built-in vocabulary's terms, and
    /// each searched type's label in search results.
    /// </summary>
    public static IReadOnlyList<KeyInfo> All { get; } = ContentTypes.ContentTypeRegistry.All.Select(t => t.TextKeys).OfType<Type>()
        .Prepend(typeof(GeneratorTextKeys))
        .SelectMany(keys => keys.GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public))
        .Where(t => t.GetCustomAttribute<UsedForAttribute>() is not null)
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => new KeyInfo(
                (string)f.GetRawConstantValue()!,
                t.GetCustomAttribute<UsedForAttribute>()!.What,
                f.GetCustomAttribute<PluralAttribute>() is not null,
                f.GetCustomAttribute<ArgsAttribute>()?.Names ?? [])))
        .Concat(BuiltInVocabularies.SelectMany(VocabularyKeys))
        .Concat(ContentTypes.ContentTypeRegistry.All.Where(t => t.SearchLabelKey is not null)
            .Select(t => new KeyInfo(t.SearchLabelKey!, $"the label of {t.Kind.Name} results in site search", false, [])))
        .DistinctBy(k => k.Key, StringComparer.Ordinal)
        .ToList();

    /// <summary>The built-in vocabularies whose terms readers see: the generator's own and the content types'.</summary>
    public static IEnumerable<Model.Vocabulary> BuiltInVocabularies =>
        Model.Vocabularies.All.Concat(ContentTypes.ContentTypeRegistry.All.SelectMany(t => t.OwnVocabularies));

    /// <summary>The keys of a built-in vocabulary: each term's label and, where the vocabulary has them, its description.</summary>
    private static IEnumerable<KeyInfo> VocabularyKeys(Model.Vocabulary vocabulary)
    {
        foreach (var id in vocabulary.Ids)
        {
            yield return new KeyInfo(vocabulary.LabelKey(id)!, $"the name readers see for the {vocabulary.Name} '{id}'", false, []);
            if (vocabulary.DescriptionKey(id) is { } description)
            {
                yield return new KeyInfo(description, $"the description readers see of the {vocabulary.Name} '{id}'", false, []);
            }
        }
    }

    /// <summary>
    /// Errors for the generator's keys that a theme's table lacks, or has in a shape the generator
    /// cannot use (plural forms where it writes one text, or a placeholder it does not fill),
    /// reported at the table where the key belongs.
    /// </summary>
    /// <summary>
    /// Checks the theme's tables for every edition of the site: a table for each language site.yml
    /// lists, and every generator key in it (see <see cref="Check"/>).
    /// </summary>
    /// <param name="themeFolder">Where the theme's own tables are, for the location of a missing one (e.g. <c>themes/default</c>).</param>
    public static void CheckEditions(ThemeText text, Model.SiteModel model, string themeFolder, List<Diagnostic> diagnostics)
    {
        foreach (var edition in model.Editions)
        {
            var language = edition.Settings.Edition;
            if (!language.IsDefault && !text.Languages.ContainsKey(language.Code))
            {
                diagnostics.Add(new Diagnostic(SourceLocation.File($"{themeFolder}/{ThemeText.Folder}/{language.Code}.yml"), Severity.Error, RenderCodes.TextTableInvalid,
                    $"site.yml lists the language '{language.Code}', but the theme has no text table for it",
                    $"add {ThemeText.Folder}/{language.Code}.yml to the theme with the keys of {ThemeText.Folder}/en.yml"));
                continue;
            }

            Check(text, edition.Settings.Language, diagnostics);
        }
    }

    public static void Check(ThemeText text, string language, List<Diagnostic> diagnostics)
    {
        var table = text.For(language);
        var file = text.NearestFile(table.Language) ?? text.NearestFile(ThemeText.DefaultLanguage) ?? "i18n/" + ThemeText.DefaultLanguage + ".yml";
        foreach (var key in All)
        {
            var entry = table.Find(key.Key);
            if (entry is null)
            {
                diagnostics.Add(new Diagnostic(SourceLocation.File(file), Severity.Error, RenderCodes.TextKeyMissing,
                    $"the theme's text table has no key '{key.Key}', which the generator uses for {key.UsedFor}",
                    "add it (the default theme's i18n/en.yml has every key the generator uses), or extend the default theme"));
                continue;
            }

            var shape = key.Plural ? TextShape.Plural : TextShape.Text;
            if (entry.Shape != shape)
            {
                diagnostics.Add(new Diagnostic(entry.Location, Severity.Error, RenderCodes.TextKeyMissing,
                    $"the text '{key.Key}' must be {(key.Plural ? "a plural entry (one, other …)" : "one text")}, as the generator uses it for {key.UsedFor}"));
                continue;
            }

            var forms = entry.Shape == TextShape.Plural ? entry.PluralForms.OfType<TextForm>() : [entry.Form!];
            var unknown = forms.SelectMany(f => f.Placeholders)
                .FirstOrDefault(p => !key.Args.Contains(p, StringComparer.Ordinal) && !(key.Plural && p == "count"));
            if (unknown is not null)
            {
                var known = key.Args.Concat(key.Plural ? ["count"] : []).Select(a => "{" + a + "}").ToList();
                diagnostics.Add(new Diagnostic(entry.Location, Severity.Error, RenderCodes.TextKeyMissing,
                    $"the text '{key.Key}' has the placeholder {{{unknown}}}, which the generator does not fill "
                    + (known.Count == 0 ? "(it fills none)" : "(it fills " + string.Join(", ", known) + ")")));
            }
        }
    }
}
