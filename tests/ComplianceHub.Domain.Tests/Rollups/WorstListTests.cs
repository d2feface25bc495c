using ComplianceHub.Domain.Rollups;

namespace ComplianceHub.Domain.Tests.Rollups;

public sealed class WorstListTests
{
    [Fact]
    public void Merging_the_parts_worst_lists_gives_the_worst_of_the_whole()
    {
        for (var seed = 0; seed < 100; seed++)
        {
            var random = new Random(seed);
            var all = Enumerable.Range(0, random.Next(0, 200)).Select(i => Rollups.Random(random, $"E{i:D4}").ToWorstEntry()).ToList();
            var parts = all.GroupBy(_ => random.Next(0, 7)).Select(g => WorstList.Of(g)).ToList();

            Assert.Equal(WorstList.Of(all), WorstList.Merge(parts));
        }
    }

    [Fact]
    public void Orders_by_score_then_more_open_findings_then_id()
    {
        var entries = new[]
        {
            Rollups.Of("C", score: 40, rules: ["R1"]).ToWorstEntry(),
            Rollups.Of("B", score: 40, rules: ["R1", "R2"]).ToWorstEntry(),
            Rollups.Of("A", score: 40, rules: ["R1"]).ToWorstEntry(),
            Rollups.Of("D", score: 10).ToWorstEntry(),
        };

        Assert.Equal(["D", "B", "A", "C"], WorstList.Of(entries).Select(e => e.EnterpriseId));
    }

    [Fact]
    public void Keeps_at_most_the_bound()
    {
        var random = new Random(1);
        var all = Enumerable.Range(0, 100).Select(i => Rollups.Random(random, $"E{i}").ToWorstEntry());

        Assert.Equal(WorstList.Size, WorstList.Of(all).Count);
    }
}
