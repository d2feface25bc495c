using ComplianceHub.Domain.Rollups;

namespace ComplianceHub.Domain.Tests.Rollups;

public sealed class EnterpriseRollupSetTests
{
    [Fact]
    public void A_repeated_or_older_push_changes_nothing()
    {
        var set = new EnterpriseRollupSet();
        Assert.True(set.Apply(Rollups.Of("A", score: 50, version: 2)));

        Assert.False(set.Apply(Rollups.Of("A", score: 50, version: 2)));
        Assert.False(set.Apply(Rollups.Of("A", score: 90, version: 1)));

        Assert.Equal(1, set.Aggregate.Enterprises);
        Assert.Equal(50, Assert.Single(set.Members).Score);
    }

    [Fact]
    public void A_newer_push_replaces_the_member_in_the_sums()
    {
        var set = new EnterpriseRollupSet();
        set.Apply(Rollups.Of("A", printed: 100, version: 1));
        set.Apply(Rollups.Of("A", printed: 250, version: 3));

        Assert.Equal(250, set.Aggregate.Printed);
        Assert.Equal(1, set.Aggregate.Enterprises);
    }

    [Fact]
    public void A_removal_leaves_a_tombstone_so_a_late_older_push_cannot_resurrect_the_enterprise()
    {
        var set = new EnterpriseRollupSet();
        set.Apply(Rollups.Of("A", version: 4));
        Assert.True(set.Remove("A", 5));

        Assert.False(set.Apply(Rollups.Of("A", version: 4)));
        Assert.False(set.Apply(Rollups.Of("A", version: 5)));
        Assert.Equal(0, set.Count);
        Assert.True(new RollupAggregate().Matches(set.Aggregate));

        // Moving back in later, at a newer version, counts again.
        Assert.True(set.Apply(Rollups.Of("A", version: 6)));
        Assert.Equal(1, set.Aggregate.Enterprises);
    }

    [Fact]
    public void A_removal_that_arrives_before_the_push_it_follows_still_wins()
    {
        var set = new EnterpriseRollupSet();
        set.Remove("A", 7);

        Assert.False(set.Apply(Rollups.Of("A", version: 6)));
        Assert.Equal(0, set.Count);
    }

    [Fact]
    public void Any_interleaving_of_duplicated_pushes_converges_to_the_newest_versions()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var random = new Random(seed);
            var pushes = new List<EnterpriseRollup>();
            var newest = new Dictionary<string, EnterpriseRollup>();
            for (var e = 0; e < 10; e++)
            {
                for (var v = 1; v <= random.Next(1, 5); v++)
                {
                    var push = Rollups.Random(random, $"E{e}", v);
                    pushes.Add(push);
                    pushes.Add(push);
                    newest[push.EnterpriseId] = push;
                }
            }

            var set = new EnterpriseRollupSet();
            foreach (var push in pushes.OrderBy(_ => random.Next())) set.Apply(push);

            Assert.True(RollupAggregate.Sum(newest.Values).Matches(set.Aggregate), $"seed {seed}");
        }
    }
}
