using LpipSite.Core.Model;
using LpipSite.Core.Outputs;

namespace LpipSite.Core.ContentTypes.Organisations;

/// <summary>What organisations give the output producers: their dataset.</summary>
public sealed partial class OrganisationType
{
    internal override IEnumerable<Dataset> Datasets(DatasetContext context)
    {
        var organisations = context.Model.Organisations.OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
        yield return new("organisations", "Organisations", "Universities, councils, voluntary bodies and funders named in the content.",
            context.Settings.Licence, null, context.Newest,
            [
                DataField.Of<Organisation>("id", FieldKind.Text, true, "The organisation's id.", o => o.Id),
                DataField.Of<Organisation>("name", FieldKind.Text, true, "Full name.", o => o.Name),
                DataField.Of<Organisation>("type", FieldKind.Text, true, "Organisation type id.", o => o.Type),
                DataField.Of<Organisation>("website", FieldKind.Url, false, "Official website.", o => o.Website),
                DataField.Of<Organisation>("ror", FieldKind.Text, false, "Research Organization Registry id.", o => o.Ror),
            ],
            organisations);
    }
}
