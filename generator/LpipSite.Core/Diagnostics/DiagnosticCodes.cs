namespace LpipSite.Core.Diagnostics;

/// <summary>
/// Every diagnostic code, in one place so the documentation and tests can list them.
/// 0xxx: files and syntax; 01xx: fields; 02xx: rules across files; 03xx: Markdown; 04xx: links; 9xxx: theme.
/// LPIP0212-0214, LPIP0303-0305 and the 04xx codes come from <c>lpip check</c> only; the build leaves them to it.
/// </summary>
public static class DiagnosticCodes
{
    public const string Unreadable = "LPIP0001";
    public const string InvalidUtf8 = "LPIP0002";
    public const string TooLarge = "LPIP0003";
    public const string EmptyFile = "LPIP0004";
    public const string NoFrontMatter = "LPIP0005";
    public const string UnclosedFrontMatter = "LPIP0006";
    public const string OutsideContent = "LPIP0007";
    public const string UnexpectedFile = "LPIP0008";
    public const string MissingSiteFile = "LPIP0009";
    public const string YamlSyntax = "LPIP0010";
    public const string YamlTab = "LPIP0011";
    public const string DuplicateKey = "LPIP0012";
    public const string YamlAlias = "LPIP0013";
    public const string TooDeep = "LPIP0014";
    public const string InvalidFileName = "LPIP0015";

    public const string UnknownField = "LPIP0101";
    public const string MissingField = "LPIP0102";
    public const string WrongType = "LPIP0103";
    public const string NotInVocabulary = "LPIP0104";
    public const string InvalidDate = "LPIP0105";
    public const string InvalidId = "LPIP0106";
    public const string InvalidGss = "LPIP0107";
    public const string GssTypeMismatch = "LPIP0108";
    public const string InvalidOrcid = "LPIP0109";
    public const string InvalidUrl = "LPIP0110";
    public const string InvalidEmail = "LPIP0111";
    public const string TooLong = "LPIP0112";
    public const string NotPlainText = "LPIP0113";
    public const string EmptyList = "LPIP0114";
    public const string OutOfRange = "LPIP0115";
    public const string DateOrder = "LPIP0116";
    public const string ConditionallyRequired = "LPIP0117";
    public const string MissingAlt = "LPIP0118";
    public const string InvalidDoi = "LPIP0119";
    public const string NotAllowedHere = "LPIP0120";
    public const string DuplicateValue = "LPIP0121";
    public const string EmptyText = "LPIP0122";
    public const string InvalidSitePath = "LPIP0123";
    public const string RemoteFile = "LPIP0124";
    public const string PreferredPlaceType = "LPIP0125";

    public const string UnknownReference = "LPIP0201";
    public const string DuplicateId = "LPIP0202";
    public const string MissingAsset = "LPIP0203";
    public const string AssetOutsideContent = "LPIP0204";
    public const string ParentCycle = "LPIP0205";
    public const string UnusedMethod = "LPIP0206";
    public const string StaleAccessibilityReview = "LPIP0207";
    public const string SelfReference = "LPIP0208";
    public const string ReservedPageId = "LPIP0209";
    public const string AliasCollision = "LPIP0210";
    public const string UnsafeSvg = "LPIP0211";
    public const string LargeImageFile = "LPIP0212";
    public const string ImageTooSmall = "LPIP0213";
    public const string UninformativeAlt = "LPIP0214";

    public const string RawHtml = "LPIP0301";
    public const string MarkdownImageAlt = "LPIP0302";
    public const string HeadingLevelOne = "LPIP0303";
    public const string HeadingSkipsLevel = "LPIP0304";
    public const string VagueLinkText = "LPIP0305";

    public const string BrokenLink = "LPIP0401";
    public const string BrokenAnchor = "LPIP0402";
    public const string BrokenPageLink = "LPIP0403";
    public const string MalformedUrl = "LPIP0404";
    public const string UnsafeLink = "LPIP0405";
    public const string LinkToUnpublished = "LPIP0406";

    // Languages and translations.
    public const string InvalidLanguages = "LPIP0501";
    public const string TranslationLanguage = "LPIP0502";
    public const string TranslationWithoutSource = "LPIP0503";
    public const string NotTranslated = "LPIP0504";
    public const string TranslationMismatch = "LPIP0505";
    public const string TranslationOutOfDate = "LPIP0506";
    public const string TranslationEmptyBody = "LPIP0507";

    public const string TemplateSyntax = "LPIP9001";
    public const string TemplateRuntime = "LPIP9002";
    public const string ThemeInvalid = "LPIP9003";
}
