using System.Globalization;
using LpipSite.Core.Writing;
using LpipSite.Core.Rendering;
using LpipSite.Core.Tests.Support;

namespace LpipSite.Core.Tests.Rendering;

[CollectionDefinition(nameof(CultureSensitive), DisableParallelization = true)]
public sealed class CultureSensitive;

[Collection(nameof(CultureSensitive))]
public class DeterminismTests
{
    private static void AssertSameFiles(IReadOnlyList<OutputFile> expected, IReadOnlyList<OutputFile> actual)
    {
        Assert.Equal(expected.Select(f => f.Path), actual.Select(f => f.Path));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i].Content.Span.SequenceEqual(actual[i].Content.Span), $"{expected[i].Path} differs");
        }
    }

    [Fact]
    public void Output_is_identical_with_one_thread_and_with_eight()
    {
        var model = FixtureSite.Sample.Model(includeUnpublished: true);

        var one = SiteRenderer.Render(model, FixtureSite.Sample.Options(threads: 1, includeUnpublished: true));
        var eight = SiteRenderer.Render(model, FixtureSite.Sample.Options(threads: 8, includeUnpublished: true));

        AssertSameFiles(one.Files, eight.Files);
        Assert.Equal(one.Diagnostics, eight.Diagnostics);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Output_is_identical_whatever_the_machine_culture(string culture)
    {
        var expected = SiteRenderer.Render(FixtureSite.Sample.Model(), FixtureSite.Sample.Options(threads: 4));

        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        RenderResult actual;
        try
        {
            var info = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = info;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = info;
            actual = SiteRenderer.Render(FixtureSite.Sample.Model(), FixtureSite.Sample.Options(threads: 4));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = saved;
        }

        AssertSameFiles(expected.Files, actual.Files);
    }
}
