using System.Reflection;
using LpipSite.Core.Diagnostics;
using LpipSite.Testing;

namespace LpipSite.Core.Tests.Validation;

public class DocumentationAgreementTests
{
    [Fact]
    public void Contributor_documentation_lists_every_diagnostic_code()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "content-model.md"));
        var codes = new[] { typeof(DiagnosticCodes), typeof(LpipSite.Core.Rendering.RenderCodes) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(string) && f.IsLiteral)
            .Select(f => (string)f.GetValue(null)!).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains($"| {code} |", docs, StringComparison.Ordinal));
    }
}
