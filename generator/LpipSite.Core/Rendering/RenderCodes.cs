namespace LpipSite.Core.Rendering;

/// <summary>Diagnostic codes of the render stage (the LPIP9xxx range).</summary>
public static class RenderCodes
{
    /// <summary>The theme folder or its theme.yml is missing or unreadable.</summary>
    public const string ThemeInvalid = "LPIP9000";

    /// <summary>A template does not parse.</summary>
    public const string TemplateSyntax = "LPIP9001";

    /// <summary>A template failed while rendering a page.</summary>
    public const string TemplateRuntime = "LPIP9002";

    /// <summary>A theme extends a theme that is not a folder beside it.</summary>
    public const string ThemeParentMissing = "LPIP9003";

    /// <summary>Themes extend each other in a cycle.</summary>
    public const string ThemeCycle = "LPIP9004";

    /// <summary>A layout every site needs is missing from the theme.</summary>
    public const string LayoutMissing = "LPIP9005";

    /// <summary>A link or image destination in Markdown was refused (javascript:, data: …).</summary>
    public const string UnsafeUrl = "LPIP9006";

    /// <summary>A content asset a page refers to could not be copied.</summary>
    public const string AssetMissing = "LPIP9007";

    /// <summary>Two outputs would be written to the same path.</summary>
    public const string DuplicateOutput = "LPIP9008";

    /// <summary>An item's URL cannot be turned into an output path.</summary>
    public const string BadUrl = "LPIP9009";

    /// <summary>A post-processing transform failed on a page.</summary>
    public const string PostProcessing = "LPIP9010";
}
