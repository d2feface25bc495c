using System.Text.Json;
using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Rollups;
using ComplianceHub.Domain.Time;

namespace ComplianceHub.Domain.Tests.Rollups;

public sealed class RollupAggregateTests
{
    [Fact]
    public void Adding_and_subtracting_in_any_order_lands_on_the_sum_of_what_remains()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var random = new Random(seed);
            var all = Enumerable.Range(0, 40).Select(i => Rollups.Random(random, $"E{i}")).ToList();
            var removed = all.Where(_ => random.Next(3) == 0).ToList();

            var running = new RollupAggregate();
            foreach (var r in all.OrderBy(_ => random.Next())) running.Add(r);
            foreach (var r in removed.OrderBy(_ => random.Next())) running.Subtract(r);

            var expected = RollupAggregate.Sum(all.Except(removed));
            Assert.True(expected.Matches(running), $"seed {seed}: {expected} vs {running}");
        }
    }

    [Fact]
    public void Subtracting_everything_leaves_an_aggregate_equal_to_empty_with_no_zero_entries_left_behind()
    {
        var random = new Random(7);
        var all = Enumerable.Range(0, 20).Select(i => Rollups.Random(random, $"E{i}")).ToList();
        var aggregate = RollupAggregate.Sum(all);
        var parts = new RollupAggregate();
        parts.Add(aggregate);
        foreach (var r in all) parts.Subtract(r);

        Assert.True(new RollupAggregate().Matches(parts));
        Assert.Empty(parts.OpenFindingsByRule);
        Assert.Empty(parts.DeadlineHistogram);
    }

    [Fact]
    public void Counts_by_risk_kind_and_rule_and_volume_weighted_coverage_come_from_the_members()
    {
        var a = Rollups.Of("A", 40, RiskLevel.High, rules: ["STAFF-NDA", "WAYBILL-MASK-COVERAGE"], printed: 90_000, verified: 45_000, staff: 10, nda: 5, trained: 10);
        var b = Rollups.Of("B", 95, RiskLevel.Low, rules: ["STAFF-NDA"], printed: 10_000, verified: 10_000, staff: 10, nda: 10, trained: 0);

        var sum = RollupAggregate.Sum([a, b]);

        Assert.Equal(2, sum.Enterprises);
        Assert.Equal(1, sum.Risk(RiskLevel.High));
        Assert.Equal(1, sum.Risk(RiskLevel.Low));
        Assert.Equal(2, sum.OpenFindingsByRule["STAFF-NDA"]);
        Assert.Equal(1, sum.OpenFindingsByRule["WAYBILL-MASK-COVERAGE"]);
        Assert.Equal(0.55, sum.VerifiedCoverage!.Value, 10); // 55,000 of 100,000: the big printer weighs more
        Assert.Equal(0.75, sum.NdaCoverage!.Value, 10);
        Assert.Equal(0.5, sum.TrainingCoverage!.Value, 10);
    }

    [Fact]
    public void An_order_is_overdue_once_its_deadline_day_is_over_in_China_time()
    {
        var deadline = new DateOnly(2026, 3, 10);
        var sum = RollupAggregate.Sum([Rollups.Of("A", deadlines: [deadline, deadline.AddDays(5)])]);
        var endOfDay = ChinaTime.EndOf(deadline);

        Assert.Equal(2, sum.OpenOrders);
        Assert.Equal(0, sum.OverdueOrders(endOfDay.AddTicks(-1)));
        Assert.Equal(1, sum.OverdueOrders(endOfDay));
        Assert.Equal(2, sum.OverdueOrders(ChinaTime.EndOf(deadline.AddDays(5))));
    }

    [Fact]
    public void Survives_the_json_trip_it_takes_between_grains()
    {
        var random = new Random(3);
        var sum = RollupAggregate.Sum(Enumerable.Range(0, 10).Select(i => Rollups.Random(random, $"E{i}")));

        var back = JsonSerializer.Deserialize<RollupAggregate>(JsonSerializer.Serialize(sum, JsonSerializerOptions.Web), JsonSerializerOptions.Web)!;

        Assert.True(sum.Matches(back));
        Assert.NotEmpty(back.DeadlineHistogram);
    }
}
