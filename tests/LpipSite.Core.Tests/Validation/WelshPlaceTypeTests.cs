using LpipSite.Core.Diagnostics;
using LpipSite.Core.Tests.Support;

namespace LpipSite.Core.Tests.Validation;

/// <summary>Welsh principal areas (GSS W06) are unitary authorities; the older local-authority-district still passes, with a warning.</summary>
public class WelshPlaceTypeTests
{
    private static string Ceredigion(string type) => $"""
        name: Ceredigion
        type: {type}
        gss: W06000008
        nation: wales
        summary: A county in west Wales.
        """;

    [Fact]
    public void A_welsh_principal_area_as_a_unitary_authority_is_accepted_without_a_word()
    {
        using var tree = new ContentTree().Write("places/ceredigion.yml", Ceredigion("unitary-authority"));

        Assert.Empty(tree.Messages());
    }

    [Fact]
    public void A_welsh_principal_area_as_a_local_authority_district_is_a_warning_at_its_type_suggesting_unitary_authority()
    {
        using var tree = new ContentTree().Write("places/ceredigion.yml", Ceredigion("local-authority-district"));

        var (_, diagnostics) = tree.Validate();
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(DiagnosticCodes.PreferredPlaceType, warning.Code);
        Assert.Equal(new SourceLocation("content/places/ceredigion.yml", 2, 7), warning.Location);
        Assert.Contains("write 'type: unitary-authority'", warning.Format(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("S12000030", "scotland")]
    [InlineData("E08000035", "england")]
    public void A_unitary_authority_with_a_code_of_another_kind_is_still_an_error(string gss, string nation)
    {
        using var tree = new ContentTree().Write("places/elsewhere.yml", $"""
            name: Elsewhere
            type: unitary-authority
            gss: {gss}
            nation: {nation}
            summary: A place.
            """);

        Assert.Contains(tree.Validate().Diagnostics, d => d.Code == DiagnosticCodes.GssTypeMismatch && d.Severity == Severity.Error);
    }
}
