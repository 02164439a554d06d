namespace LpipSite.Core.Model;

/// <summary>
/// The vocabularies built into the generator. Themes and topics are content
/// (<c>content/taxonomies/*.yml</c>); these are fixed because pages and exports depend on them.
/// </summary>
public static class Vocabularies
{
    public static readonly Vocabulary Nations = Vocabulary.Of(
        "nation",
        ("england", "England", "England"),
        ("wales", "Wales", "Wales"),
        ("scotland", "Scotland", "Scotland"),
        ("northern-ireland", "Northern Ireland", "Northern Ireland"),
        ("uk-wide", "UK-wide", "Across the United Kingdom"));

    public static readonly Vocabulary EvidenceLevels = Vocabulary.Of(
        "evidence level",
        ("not-assessed", "Not assessed", "The evidence has not been assessed against a standard."),
        ("nesta-1", "Nesta level 1", "An account of impact: the team can describe what it does and why it matters."),
        ("nesta-2", "Nesta level 2", "Data show change among those who took part, without proving the cause."),
        ("nesta-3", "Nesta level 3", "A comparison group shows the change was caused by the work."),
        ("nesta-4", "Nesta level 4", "Independent replication explains why and how the work has the impact it does."),
        ("nesta-5", "Nesta level 5", "Manuals, systems and procedures show the impact can be replicated at scale."),
        ("sms-1", "Maryland scale level 1", "A correlation between the intervention and the outcome at one point in time."),
        ("sms-2", "Maryland scale level 2", "A before-and-after comparison with no comparison group."),
        ("sms-3", "Maryland scale level 3", "A before-and-after comparison with a comparison group."),
        ("sms-4", "Maryland scale level 4", "Comparison with groups that differ only in exposure, controlling for other factors."),
        ("sms-5", "Maryland scale level 5", "Random assignment to treatment and comparison groups."));

    public static readonly Vocabulary Licences = Vocabulary.Of(
        "licence",
        ("CC-BY-4.0", "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/"),
        ("OGL-3.0", "Open Government Licence v3.0", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"),
        ("CC-BY-NC-4.0", "Creative Commons Attribution-NonCommercial 4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
        ("all-rights-reserved", "All rights reserved", ""));

    public static readonly Vocabulary OrganisationTypes = Vocabulary.Of(
        "organisation type",
        ("university", "University", ""),
        ("local-authority", "Local authority", ""),
        ("combined-authority", "Combined authority", ""),
        ("devolved-government", "Devolved government", ""),
        ("uk-government", "UK government", ""),
        ("vcse", "Voluntary, community or social enterprise", ""),
        ("business", "Business", ""),
        ("health", "Health body", ""),
        ("funder", "Funder", ""),
        ("other", "Other", ""));

    public static readonly Vocabulary Phases = Vocabulary.Of(
        "phase",
        ("phase-1", "Phase 1", "Development partnerships funded in 2023."),
        ("phase-2", "Phase 2", "The four LPIPs funded from 2024, one in each nation."),
        ("hub", "Hub", "The Strategic Coordination Hub."));

    public static readonly Vocabulary PartnershipStatuses = Vocabulary.Of(
        "partnership status", ("active", "Active", ""), ("completed", "Completed", ""));

    public static readonly Vocabulary PlaceTypes = Vocabulary.Of(
        "place type",
        ("nation", "Nation", ""),
        ("region", "Region", ""),
        ("combined-authority", "Combined authority area", ""),
        ("county", "County", ""),
        ("unitary-authority", "Unitary authority", ""),
        ("local-authority-district", "Local authority district", ""),
        ("council-area", "Council area", ""),
        ("local-government-district", "Local government district", ""),
        ("custom-area", "Custom area", ""));

    public static readonly Vocabulary OutcomeTypes = Vocabulary.Of(
        "outcome type",
        ("policy-change", "Policy change", ""),
        ("practice-change", "Practice change", ""),
        ("capacity", "Capacity", ""),
        ("economic", "Economic", ""),
        ("social", "Social", ""),
        ("environmental", "Environmental", ""),
        ("knowledge", "Knowledge", ""));

    public static readonly Vocabulary TransferAssessments = Vocabulary.Of(
        "transfer assessment",
        ("untested", "Untested", "Not yet tried elsewhere."),
        ("promising", "Promising", "Tried elsewhere with encouraging early results."),
        ("replicated", "Replicated", "Repeated successfully in another place."));

    public static readonly Vocabulary CaseStudyStatuses = Vocabulary.Of(
        "case study status", ("ongoing", "Ongoing", ""), ("completed", "Completed", ""));

    public static readonly Vocabulary OutputTypes = Vocabulary.Of(
        "output type",
        ("report", "Report", ""),
        ("article", "Article", ""),
        ("web-page", "Web page", ""),
        ("dataset", "Dataset", ""),
        ("video", "Video", ""),
        ("podcast", "Podcast", ""),
        ("policy-brief", "Policy brief", ""),
        ("tool", "Tool", ""));

    public static readonly Vocabulary MethodFamilies = Vocabulary.Of(
        "method family",
        ("engagement", "Engagement", ""),
        ("co-design", "Co-design", ""),
        ("evidence-synthesis", "Evidence synthesis", ""),
        ("data-analytics", "Data analytics", ""),
        ("evaluation", "Evaluation", ""),
        ("governance", "Governance", ""),
        ("commissioning", "Commissioning", ""),
        ("capacity-building", "Capacity building", ""));

    public static readonly Vocabulary MethodStages = Vocabulary.Of(
        "method stage",
        ("diagnose", "Diagnose", ""),
        ("discover", "Discover", ""),
        ("develop", "Develop", ""),
        ("deliver", "Deliver", ""),
        ("evaluate", "Evaluate", ""));

    public static readonly Vocabulary Costs = Vocabulary.Of(
        "cost", ("low", "Low", ""), ("medium", "Medium", ""), ("high", "High", ""));

    public static readonly Vocabulary TrainingFormats = Vocabulary.Of(
        "training format",
        ("guide", "Guide", ""),
        ("toolkit", "Toolkit", ""),
        ("course", "Course", ""),
        ("webinar", "Webinar", ""),
        ("video", "Video", ""),
        ("podcast", "Podcast", ""),
        ("workshop-pack", "Workshop pack", ""),
        ("secondment", "Secondment", ""));

    public static readonly Vocabulary Audiences = Vocabulary.Of(
        "audience",
        ("researchers", "Researchers", ""),
        ("policymakers", "Policymakers", ""),
        ("practitioners", "Practitioners", ""),
        ("community-members", "Community members", ""));

    public static readonly Vocabulary Levels = Vocabulary.Of(
        "level", ("introductory", "Introductory", ""), ("intermediate", "Intermediate", ""), ("advanced", "Advanced", ""));

    public static readonly Vocabulary NewsKinds = Vocabulary.Of(
        "news kind",
        ("news", "News", ""),
        ("blog", "Blog", ""),
        ("event", "Event", ""),
        ("funding-call", "Funding call", ""),
        ("publication", "Publication", ""));

    /// <summary>Formats that must come with a transcript.</summary>
    public static readonly IReadOnlySet<string> FormatsNeedingTranscript =
        new HashSet<string>(StringComparer.Ordinal) { "video", "podcast", "webinar" };

    /// <summary>Audio and video formats need a transcript for deaf and hard-of-hearing readers.</summary>
    public static bool IsTimeBased(string format) => FormatsNeedingTranscript.Contains(format);
}
