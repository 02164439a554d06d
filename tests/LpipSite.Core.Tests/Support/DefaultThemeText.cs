using LpipSite.Core.Diagnostics;
using LpipSite.Core.Rendering.Text;
using LpipSite.Core.Rendering.Theming;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Support;

/// <summary>The shipped default theme's text tables (themes/default/i18n), read once and shared: they are immutable.</summary>
public static class DefaultThemeText
{
    private static readonly Lazy<ThemeText> Loaded = new(() =>
    {
        var diagnostics = new List<Diagnostic>();
        var text = SiteTheme.LoadText(RepositoryRoot.DefaultTheme, diagnostics);
        Assert.True(text is not null && diagnostics.Count == 0, "the default theme's text tables do not load:\n" + string.Join("\n", diagnostics));
        return text!;
    });

    /// <summary>Every language of the default theme.</summary>
    public static ThemeText All => Loaded.Value;

    /// <summary>The default theme's British English: what the sample site's pages and outputs are written in.</summary>
    public static Localiser English => Loaded.Value.Default;
}
