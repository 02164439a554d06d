using LpipSite.Core.Rendering;

namespace LpipSite.Core.Tests.Rendering;

public class SiteRendererTests
{
    [Fact]
    public void Sample_site_renders_without_errors()
    {
        var result = SampleSite.Rendered;

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
    }
}
