using LpipSite.Core.Diagnostics;

namespace LpipSite.Core.Rendering;

/// <summary>
/// Diagnostic codes of the render stage (the LPIP9xxx range). The first three are the shared
/// <see cref="DiagnosticCodes"/> that contributor documentation lists; every problem with a theme
/// folder (missing, bad theme.yml, a missing parent, a cycle, a missing layout) is LPIP9003.
/// </summary>
public static class RenderCodes
{
    /// <summary>A template does not parse.</summary>
    public const string TemplateSyntax = DiagnosticCodes.TemplateSyntax;

    /// <summary>A template failed while rendering a page.</summary>
    public const string TemplateRuntime = DiagnosticCodes.TemplateRuntime;

    /// <summary>The theme folder or its theme.yml is missing or not valid.</summary>
    public const string ThemeInvalid = DiagnosticCodes.ThemeInvalid;

    /// <summary>A theme extends a theme that is not a folder beside it.</summary>
    public const string ThemeParentMissing = DiagnosticCodes.ThemeInvalid;

    /// <summary>Themes extend each other in a cycle.</summary>
    public const string ThemeCycle = DiagnosticCodes.ThemeInvalid;

    /// <summary>A layout every site needs is missing from the theme and the themes it extends.</summary>
    public const string LayoutMissing = DiagnosticCodes.ThemeInvalid;

    /// <summary>A link or image destination in Markdown was removed (javascript:, data: …); a warning.</summary>
    public const string UnsafeUrl = "LPIP9004";

    /// <summary>A content asset a page refers to could not be copied; a warning.</summary>
    public const string AssetMissing = "LPIP9005";

    /// <summary>Two outputs would be written to the same path.</summary>
    public const string DuplicateOutput = "LPIP9006";

    /// <summary>An item's URL cannot be turned into an output path.</summary>
    public const string BadUrl = "LPIP9007";

    /// <summary>A post-processing transform failed on a page.</summary>
    public const string PostProcessing = "LPIP9008";

    /// <summary>A text table of the theme (<c>i18n/*.yml</c>) is not valid YAML, has a value of the wrong shape, or a plural entry without <c>other</c>.</summary>
    public const string TextTableInvalid = "LPIP9009";

    /// <summary>A template looks up a text key the theme's table lacks, or uses a key the wrong way.</summary>
    public const string TextKeyMissing = "LPIP9010";

    /// <summary>A key of the default language's table is missing from another language's, or the other way round; a warning (found by <c>lpip check</c>).</summary>
    public const string TextKeyUntranslated = "LPIP9011";

    /// <summary>A raster image under content/assets cannot be read (damaged, HEIC, too large), so it is not published.</summary>
    public const string ImageUnreadable = "LPIP9012";
}
