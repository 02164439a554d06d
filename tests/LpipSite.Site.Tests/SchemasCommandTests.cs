using LpipSite.Site.Tests.Support;
using LpipSite.Testing;

namespace LpipSite.Site.Tests;

public class SchemasCommandTests
{
    [Fact]
    public void Schemas_verb_writes_the_committed_schemas()
    {
        using var site = new SiteTree();
        var output = Path.Combine(site.Root, "schemas");
        var run = Lpip.Run(site.Root, "schemas", "--output", output);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(SiteTree.Fingerprint(Path.Combine(RepositoryRoot.Path, "schemas")), SiteTree.Fingerprint(output));
        Assert.EndsWith("Wrote 22 schemas into " + output + "/.\n", run.Stdout, StringComparison.Ordinal);
    }
}
