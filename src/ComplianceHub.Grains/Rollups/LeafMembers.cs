using ComplianceHub.Domain.Rollups;
using ComplianceHub.Storage.Rollups;

namespace ComplianceHub.Grains.Rollups;

/// <summary>Rebuilds a leaf's member set from its partition: once per activation, then pushes keep it current.</summary>
public static class LeafMembers
{
    public static async Task<EnterpriseRollupSet> LoadAsync(RollupMemberStore store, string leaf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var set = new EnterpriseRollupSet();
        await foreach (var row in store.ReadAsync(leaf, cancellationToken))
        {
            if (row.SummaryJson is null) set.Remove(row.EnterpriseId, row.Version);
            else set.Apply(RollupJson.Parse(row.SummaryJson));
        }

        return set;
    }
}
