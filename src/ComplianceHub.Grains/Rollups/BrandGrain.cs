using ComplianceHub.Abstractions.Rollups;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Domain.Rollups;
using ComplianceHub.Storage.Rollups;

namespace ComplianceHub.Grains.Rollups;

/// <summary>
/// A franchisor's outlets across divisions: a leaf like a county (member partition read once on activation,
/// pushes idempotent by version), summed on request over the outlets under the caller's division only.
/// </summary>
public sealed class BrandGrain(RollupMemberStore store) : Grain, IBrandGrain
{
    private EnterpriseRollupSet _members = new();

    public override async Task OnActivateAsync(CancellationToken cancellationToken) =>
        _members = await LeafMembers.LoadAsync(store, RollupMemberStore.BrandLeaf(this.GetPrimaryKeyString()), cancellationToken);

    public Task Apply(EnterpriseRollup rollup)
    {
        _members.Apply(rollup);
        return Task.CompletedTask;
    }

    public Task Remove(string enterpriseId, long version)
    {
        _members.Remove(enterpriseId, version);
        return Task.CompletedTask;
    }

    public Task<BrandView> GetView(string divisionPrefix)
    {
        ArgumentNullException.ThrowIfNull(divisionPrefix);
        var visible = divisionPrefix.Length == 0
            ? _members.Members.ToList()
            : _members.Members.Where(m => m.Division.StartsWith(divisionPrefix, StringComparison.Ordinal)).ToList();
        var aggregate = divisionPrefix.Length == 0 ? _members.Aggregate.Clone() : RollupAggregate.Sum(visible);
        var worst = WorstList.Of(visible.Select(m => m.ToWorstEntry()));

        // One level below the prefix: provinces for the nation, cities for a province, counties for a city.
        var childLength = Math.Min(divisionPrefix.Length + 2, DivisionCode.Length);
        var byDivision = visible
            .GroupBy(m => DivisionCode.Parse(m.Division[..childLength].PadRight(DivisionCode.Length, '0')).Value, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ChildAggregate(g.Key, RollupAggregate.Sum(g)))
            .ToList();
        return Task.FromResult(new BrandView(this.GetPrimaryKeyString(), new RollupSummary(aggregate, worst), byDivision));
    }
}
