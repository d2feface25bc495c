using ComplianceHub.Abstractions.Rollups;
using ComplianceHub.Domain.Rollups;

namespace ComplianceHub.Grains.Tests.Rollups;

/// <summary>
/// A child division's pushes can reach its parent out of order (a retried push overtaken by the next one): only a
/// newer version may replace what the parent holds. The consistency test rarely produces such a reordering, so
/// it is made here on purpose. Own cluster: these made-up figures must not reach another test's totals.
/// </summary>
public sealed class ChildSummaryOrderTests(IsolatedCluster cluster) : IClassFixture<IsolatedCluster>
{
    private const string Parent = "650000";
    private const string Child = "650100";

    [Fact]
    public async Task A_childs_older_summary_arriving_late_does_not_replace_the_newer_one()
    {
        var parent = cluster.Fixture.Grains.GetGrain<IJurisdictionGrain>(Parent);

        await parent.ReceiveChild(Child, Summary(version: 2, enterprises: 7));
        await parent.ReceiveChild(Child, Summary(version: 1, enterprises: 3));

        var view = await parent.GetView();
        Assert.Equal(7, view.Children.Single(c => c.Code == Child).Aggregate.Enterprises);
        Assert.Equal(7, view.Summary.Aggregate.Enterprises);

        await parent.ReceiveChild(Child, Summary(version: 3, enterprises: 4));
        Assert.Equal(4, (await parent.GetView()).Summary.Aggregate.Enterprises);
    }

    private static VersionedSummary Summary(long version, long enterprises) =>
        new(version, new RollupSummary(new RollupAggregate { Enterprises = enterprises }, []));
}
