using LpipSite.Core.Rendering.Templates;

namespace LpipSite.Core.Tests.Rendering;

public class DisplayFormatTests
{
    [Theory]
    [InlineData(2026, 11, 25, "25 November 2026")]
    [InlineData(2025, 1, 1, "1 January 2025")]
    [InlineData(2024, 2, 29, "29 February 2024")]
    public void Dates_are_written_the_british_way(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, DisplayFormat.Date(new DateOnly(year, month, day)));
        Assert.Equal($"{year:0000}-{month:00}-{day:00}", DisplayFormat.IsoDate(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Date_with_day_names_the_weekday()
    {
        Assert.Equal("Wednesday 25 November 2026", DisplayFormat.DateWithDay(new DateOnly(2026, 11, 25)));
    }

    [Theory]
    [InlineData(9, 0, "9am")]
    [InlineData(14, 30, "2:30pm")]
    [InlineData(12, 0, "midday")]
    [InlineData(0, 0, "midnight")]
    [InlineData(12, 15, "12:15pm")]
    [InlineData(0, 5, "12:05am")]
    public void Times_follow_the_gov_uk_style(int hour, int minute, string expected)
    {
        Assert.Equal(expected, DisplayFormat.Time(new DateTime(2025, 1, 1, hour, minute, 0)));
    }

    [Theory]
    [InlineData(512, "512 bytes")]
    [InlineData(340_200, "340 KB")]
    [InlineData(1_234_567, "1.2 MB")]
    [InlineData(2_500_000_000, "2.5 GB")]
    public void File_sizes_use_decimal_units_and_a_full_stop(long bytes, string expected)
    {
        Assert.Equal(expected, LpipSite.Core.Rendering.Pages.ViewBuilder.FileSize(DefaultText, bytes));
    }

    [Fact]
    public void Lists_are_joined_with_and()
    {
        Assert.Equal("a, b and c", LpipSite.Core.Rendering.Pages.ViewBuilder.JoinAnd(DefaultText, ["a", "b", "c"]));
        Assert.Equal("a and b", LpipSite.Core.Rendering.Pages.ViewBuilder.JoinAnd(DefaultText, ["a", "b"]));
        Assert.Equal("1 case study", DefaultText.Count("count.case_studies", 1));
        Assert.Equal("3 case studies", DefaultText.Count("count.case_studies", 3));
    }

    /// <summary>The default theme's table, where file sizes, lists and counts take their words.</summary>
    private static LpipSite.Core.Rendering.Text.Localiser DefaultText =>
        LpipSite.Core.Rendering.Theming.SiteTheme.Load(LpipSite.Testing.RepositoryRoot.DefaultTheme).Theme!.Text.Default;
}
