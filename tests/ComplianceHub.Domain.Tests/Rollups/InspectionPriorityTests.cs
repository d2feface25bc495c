using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Rollups;
using ComplianceHub.Domain.Time;

namespace ComplianceHub.Domain.Tests.Rollups;

public sealed class InspectionPriorityTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 10, 0, 0, ChinaTime.Offset);

    private static readonly DateOnly Today = ChinaTime.DateOf(Now);

    [Fact]
    public void A_terrible_score_ranks_above_a_clean_enterprise_and_says_why()
    {
        var clean = Rollups.Of("CLEAN", score: 100, lastInspectedOn: Today.AddDays(-10));
        var bad = Rollups.Of("BAD", score: 42, risk: RiskLevel.High, lastInspectedOn: Today.AddDays(-10));

        var plan = InspectionPriority.Rank([clean, bad], Now, 2, 30);

        Assert.Equal(["BAD", "CLEAN"], plan.Select(c => c.Enterprise.EnterpriseId));
        Assert.Contains(plan[0].Reasons, r => r.Text == "评分 42（高风险） / score 42 (high risk)");
    }

    [Fact]
    public void Each_factor_gives_its_reason_in_Chinese_and_English()
    {
        var overdue = Today.AddDays(-3);
        var e = Rollups.Of(
            "E", score: 70, risk: RiskLevel.Medium, deadlines: [overdue, overdue, Today.AddDays(10)], printed: 120_000,
            lastInspectedOn: Today.AddDays(-400), lastIncidentAt: Now.AddDays(-5));

        var reasons = InspectionPriority.Assess(e, Now, 90, InspectionPriorityOptions.Default).Reasons.Select(r => r.Text).ToList();

        Assert.Contains("2 项整改逾期 / 2 orders overdue", reasons);
        Assert.Contains("距上次检查 400 天 / 400 days since the last inspection", reasons);
        Assert.Contains("近 30 天发生事件 / incident in the last 30 days", reasons);
        Assert.Contains("90 天打印 120,000 张 / 120,000 waybills printed in 90 days", reasons);
        Assert.Contains("评分 70（中风险） / score 70 (medium risk)", reasons);
    }

    [Fact]
    public void Never_inspected_is_a_reason_and_each_overdue_order_adds_its_weight_over_an_equal_score()
    {
        // "Z" sorts after "B", so only the overdue weight can put it first (equal scores tie-break on the id); the
        // order due today is open, not overdue, and weighs nothing.
        var withOverdue = Rollups.Of("Z", score: 80, deadlines: [Today.AddDays(-1), Today.AddDays(-2)], lastInspectedOn: Today);
        var without = Rollups.Of("B", score: 80, deadlines: [Today], lastInspectedOn: Today);
        var never = Rollups.Of("C", score: 100);

        var plan = InspectionPriority.Rank([without, never, withOverdue], Now, 3, 30);

        Assert.Equal("Z", plan[0].Enterprise.EnterpriseId);
        var perOrder = InspectionPriorityOptions.Default.PerOverdueOrder;
        Assert.Equal(2 * perOrder, plan[0].Priority - plan.Single(c => c.Enterprise.EnterpriseId == "B").Priority);
        Assert.Contains(plan[0].Reasons, r => r.Code == "overdue-orders" && r.Points == 2 * perOrder);
        Assert.Contains(plan.Single(c => c.Enterprise.EnterpriseId == "C").Reasons, r => r.Text == "从未检查 / never inspected");
    }

    [Fact]
    public void The_top_of_a_union_is_the_top_of_the_parts_tops()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var random = new Random(seed);
            var all = Enumerable.Range(0, random.Next(0, 150)).Select(i => Rollups.Random(random, $"E{i:D4}")).ToList();
            var limit = random.Next(1, 30);
            var parts = all.GroupBy(_ => random.Next(0, 5))
                .Select(g => InspectionPriority.Rank(g, Now, limit, 30).Select(c => c.Enterprise))
                .ToList();

            Assert.Equal(
                InspectionPriority.Rank(all, Now, limit, 30).Select(c => c.Enterprise.EnterpriseId),
                InspectionPriority.Rank(parts.SelectMany(p => p), Now, limit, 30).Select(c => c.Enterprise.EnterpriseId));
        }
    }

    [Fact]
    public void Weights_are_checked()
    {
        Assert.Empty(InspectionPriorityOptions.Default.Problems());
        Assert.Equal(["PerOverdueOrder", "WaybillsPerVolumePoint"], new InspectionPriorityOptions { PerOverdueOrder = -1, WaybillsPerVolumePoint = 0 }.Problems());
    }
}
