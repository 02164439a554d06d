namespace LpipSite.Core.Model;

/// <summary>
/// The vocabularies built into the generator. Themes and topics are content
/// (<c>content/taxonomies/*.yml</c>); these are fixed because pages and exports depend on them.
/// Only their ids are here: the label (and, for some, the description) readers see for each id is
/// in the theme's text table, under <c>vocabulary.&lt;vocabulary&gt;.&lt;id&gt;</c> (see
/// <see cref="Vocabulary"/>), so every language of the site names them in its own words.
/// </summary>
public static class Vocabularies
{
    /// <summary>The text table section of the built-in vocabularies.</summary>
    private const string Section = "vocabulary.";

    public static readonly Vocabulary Nations = Vocabulary.BuiltIn(
        "nation", Section + "nation", described: false,
        "england", "wales", "scotland", "northern-ireland", "uk-wide");

    public static readonly Vocabulary EvidenceLevels = Vocabulary.BuiltIn(
        "evidence level", Section + "evidence_level", described: true,
        "not-assessed", "nesta-1", "nesta-2", "nesta-3", "nesta-4", "nesta-5", "sms-1", "sms-2", "sms-3", "sms-4", "sms-5");

    public static readonly Vocabulary Licences = Vocabulary.BuiltIn(
        "licence", Section + "licence", described: false,
        "CC-BY-4.0", "OGL-3.0", "CC-BY-NC-4.0", "all-rights-reserved");

    public static readonly Vocabulary OrganisationTypes = Vocabulary.BuiltIn(
        "organisation type", Section + "organisation_type", described: false,
        "university", "local-authority", "combined-authority", "devolved-government", "uk-government", "vcse", "business", "health", "funder", "other");

    public static readonly Vocabulary Phases = Vocabulary.BuiltIn(
        "phase", Section + "phase", described: true,
        "phase-1", "phase-2", "hub");

    public static readonly Vocabulary PartnershipStatuses = Vocabulary.BuiltIn(
        "partnership status", Section + "partnership_status", described: false,
        "active", "completed");

    public static readonly Vocabulary PlaceTypes = Vocabulary.BuiltIn(
        "place type", Section + "place_type", described: false,
        "nation", "region", "combined-authority", "county", "unitary-authority", "local-authority-district", "council-area", "local-government-district", "custom-area");

    public static readonly Vocabulary OutcomeTypes = Vocabulary.BuiltIn(
        "outcome type", Section + "outcome_type", described: false,
        "policy-change", "practice-change", "capacity", "economic", "social", "environmental", "knowledge");

    public static readonly Vocabulary TransferAssessments = Vocabulary.BuiltIn(
        "transfer assessment", Section + "transfer_assessment", described: true,
        "untested", "promising", "replicated");

    public static readonly Vocabulary CaseStudyStatuses = Vocabulary.BuiltIn(
        "case study status", Section + "case_study_status", described: false,
        "ongoing", "completed");

    public static readonly Vocabulary OutputTypes = Vocabulary.BuiltIn(
        "output type", Section + "output_type", described: false,
        "report", "article", "web-page", "dataset", "video", "podcast", "policy-brief", "tool");

    public static readonly Vocabulary MethodFamilies = Vocabulary.BuiltIn(
        "method family", Section + "method_family", described: false,
        "engagement", "co-design", "evidence-synthesis", "data-analytics", "evaluation", "governance", "commissioning", "capacity-building");

    public static readonly Vocabulary MethodStages = Vocabulary.BuiltIn(
        "method stage", Section + "method_stage", described: false,
        "diagnose", "discover", "develop", "deliver", "evaluate");

    public static readonly Vocabulary Costs = Vocabulary.BuiltIn(
        "cost", Section + "cost", described: false,
        "low", "medium", "high");

    public static readonly Vocabulary TrainingFormats = Vocabulary.BuiltIn(
        "training format", Section + "training_format", described: false,
        "guide", "toolkit", "course", "webinar", "video", "podcast", "workshop-pack", "secondment");

    public static readonly Vocabulary Audiences = Vocabulary.BuiltIn(
        "audience", Section + "audience", described: false,
        "researchers", "policymakers", "practitioners", "community-members");

    public static readonly Vocabulary Levels = Vocabulary.BuiltIn(
        "level", Section + "level", described: false,
        "introductory", "intermediate", "advanced");

    public static readonly Vocabulary NewsKinds = Vocabulary.BuiltIn(
        "news kind", Section + "news_kind", described: false,
        "news", "blog", "event", "funding-call", "publication");

    /// <summary>Every vocabulary above, in the order the text table lists them.</summary>
    public static readonly IReadOnlyList<Vocabulary> All =
    [
        Nations, EvidenceLevels, Licences, OrganisationTypes, Phases, PartnershipStatuses, PlaceTypes, OutcomeTypes,
        TransferAssessments, CaseStudyStatuses, OutputTypes, MethodFamilies, MethodStages, Costs, TrainingFormats,
        Audiences, Levels, NewsKinds,
    ];

    /// <summary>The web address of each licence's legal text, by licence id (none for all-rights-reserved).</summary>
    public static readonly IReadOnlyDictionary<string, string> LicenceUrls = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CC-BY-4.0"] = "https://creativecommons.org/licenses/by/4.0/",
        ["OGL-3.0"] = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
        ["CC-BY-NC-4.0"] = "https://creativecommons.org/licenses/by-nc/4.0/",
    };

    /// <summary>Formats that must come with a transcript.</summary>
    public static readonly IReadOnlySet<string> FormatsNeedingTranscript =
        new HashSet<string>(StringComparer.Ordinal) { "video", "podcast", "webinar" };

    /// <summary>Audio and video formats need a transcript for deaf and hard-of-hearing readers.</summary>
    public static bool IsTimeBased(string format) => FormatsNeedingTranscript.Contains(format);
}
