using System.Collections.Concurrent;
using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Abstractions.Labels;
using ComplianceHub.Abstractions.People;
using ComplianceHub.Abstractions.Incidents;
using ComplianceHub.Abstractions.Rollups;
using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Incidents;
using ComplianceHub.Domain.People;
using ComplianceHub.Domain.Rollups;
using ComplianceHub.Domain.Time;
using ComplianceHub.Grains.Tests.Infrastructure;

namespace ComplianceHub.Grains.Tests.Rollups;

/// <summary>
/// A few thousand enterprises across three provinces, changed in random order (labels, rosters, incidents, moves
/// between divisions, brand changes), with stale and duplicated pushes thrown in and a silo restarted halfway:
/// every level (county, city, province, nation) and every brand must end up exactly the sum of its enterprises
/// as the enterprises themselves report them.
/// </summary>
public sealed class RollupConsistencyTests(IsolatedCluster cluster) : IClassFixture<IsolatedCluster>
{
    private const int Enterprises = 2_000;
    private const int Changes = 1_500;
    private const string Actor = "test:rollups";

    private static readonly string[] Brands = ["rt-zto", "rt-yto", "rt-sto"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IGrainFactory Grains => cluster.Fixture.Grains;

    [Fact]
    public async Task Every_level_converges_to_the_sum_of_its_enterprises()
    {
        var random = new Random(20_260_615);
        var leaves = Leaves();
        var today = ChinaTime.DateOf(DateTimeOffset.UtcNow);
        var ids = Enumerable.Range(0, Enterprises).Select(_ => TestIds.NewEnterprise(leaves[0])).Distinct().ToList();
        var profiles = new ConcurrentDictionary<string, EnterpriseProfile>();
        var first = new ConcurrentDictionary<string, (string Division, string? Brand)>();

        await Parallel.ForEachAsync(ids, Options, async (id, _) =>
        {
            var seed = id.GetHashCode(StringComparison.Ordinal);
            var profile = new EnterpriseProfile(
                "网点" + id[^6..], EnterpriseKinds.All[Math.Abs(seed % 4)], leaves[Math.Abs(seed % leaves.Count)], Pick(Brands, seed));
            profiles[id] = profile;
            first[id] = (profile.Division, profile.BrandId);
            await Grains.GetGrain<IEnterpriseGrain>(id).Register(new RegisterEnterprise(profile, Actor));
        });

        var changes = Enumerable.Range(0, Changes).Select(i => (Id: ids[random.Next(ids.Count)], Kind: random.Next(6), Seed: random.Next())).ToList();
        await ApplyAsync(changes.Take(Changes / 2), profiles, leaves, today);

        // A silo goes away and comes back: its division grains lose their memory and must rebuild it.
        await cluster.Fixture.Cluster.RestartSiloAsync(cluster.Fixture.Cluster.Silos[^1]);

        await ApplyAsync(changes.Skip(Changes / 2), profiles, leaves, today);

        // Stale pushes, as a retry or a reordered network would deliver them: version 1 of every tenth enterprise,
        // with made-up figures, to the division and brand it started in (which it may since have left).
        foreach (var id in ids.Where((_, i) => i % 10 == 0))
        {
            var (division, brand) = first[id];
            var stale = new EnterpriseRollup(id, "陈旧", EnterpriseKind.Platform, division, brand, 1, 0, RiskLevel.High,
                999, 0, 5, 0, 0, ["STALE"], 3, [today], null, null);
            await Grains.GetGrain<IJurisdictionGrain>(division).Apply(stale);
            if (brand is not null) await Grains.GetGrain<IBrandGrain>(brand).Apply(stale);
        }

        var expected = new ConcurrentBag<EnterpriseRollup>();
        await Parallel.ForEachAsync(ids, Options, async (id, _) => expected.Add(await ExpectedRollups.OfAsync(Grains, id)));
        var all = expected.ToList();

        var levels = all.SelectMany(e => Ancestry(e.Division)).Distinct().ToList();
        // The barrier: every leaf (including those enterprises moved out of) pushes what it holds, level by level up to the nation.
        await Parallel.ForEachAsync(leaves.Concat(all.Select(e => e.Division)).Distinct(), Options, async (code, _) => await Grains.GetGrain<IJurisdictionGrain>(code).Flush());
        var mismatches = await Check();

        Assert.Empty(mismatches);
        var nation = await Grains.GetGrain<IJurisdictionGrain>(DivisionCode.Nation.Value).GetView();
        Assert.Equal(ids.Count, nation.Summary.Aggregate.Enterprises);
        Assert.True(nation.Summary.Aggregate.Risk(RiskLevel.High) > 0, "the scenario should produce high-risk enterprises");

        async Task<List<string>> Check()
        {
            var wrong = new List<string>();
            foreach (var code in levels)
            {
                var members = all.Where(e => DivisionPrefix.FromCode(DivisionCode.Parse(code)).Covers(DivisionCode.Parse(e.Division))).ToList();
                var view = await Grains.GetGrain<IJurisdictionGrain>(code).GetView();
                if (!Matches(view.Summary, members)) wrong.Add($"{code}: {view.Summary.Aggregate} expected {RollupAggregate.Sum(members)}");
            }

            foreach (var brand in Brands)
            {
                var members = all.Where(e => e.BrandId == brand).ToList();
                var view = await Grains.GetGrain<IBrandGrain>(brand).GetView("");
                if (!Matches(view.Summary, members)) wrong.Add($"brand {brand}: {view.Summary.Aggregate} expected {RollupAggregate.Sum(members)}");
            }

            return wrong;
        }
    }

    private static ParallelOptions Options => new() { MaxDegreeOfParallelism = 24, CancellationToken = Ct };

    private static string? Pick(string[] brands, int seed) => Math.Abs(seed / 7 % 4) is var i && i < brands.Length ? brands[i] : null;

    private static bool Matches(RollupSummary summary, List<EnterpriseRollup> members) =>
        summary.Aggregate.Matches(RollupAggregate.Sum(members))
        && summary.Worst.SequenceEqual(WorstList.Of(members.Select(m => m.ToWorstEntry())));

    /// <summary>Two counties in each of two cities in each of three provinces, plus two city-level codes.</summary>
    private static List<string> Leaves()
    {
        var catalog = DivisionCatalog.Default;
        var leaves = new List<string>();
        foreach (var province in new[] { "330000", "320000", "440000" })
        {
            var cities = catalog.Children(DivisionCode.Parse(province)).Take(2).ToList();
            leaves.AddRange(cities.SelectMany(c => catalog.Children(c).Take(2)).Select(c => c.Value));
        }

        leaves.Add("330700");
        leaves.Add("440300");
        return leaves;
    }

    private static IEnumerable<string> Ancestry(string division)
    {
        for (DivisionCode? code = DivisionCode.Parse(division); code is { } c; code = c.Parent) yield return c.Value;
    }

    private async Task ApplyAsync(
        IEnumerable<(string Id, int Kind, int Seed)> changes, ConcurrentDictionary<string, EnterpriseProfile> profiles, List<string> leaves, DateOnly today)
    {
        await Parallel.ForEachAsync(changes, Options, async (change, _) =>
        {
            var random = new Random(change.Seed);
            var grain = Grains.GetGrain<IEnterpriseGrain>(change.Id);
            var batchId = "b" + change.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
            switch (change.Kind)
            {
                case 0 or 1:
                    var printed = random.Next(1, 20_000);
                    var checkedSamples = random.Next(0, 30);
                    var compliant = random.Next(0, checkedSamples + 1);
                    await grain.RecordLabelBatch(new LabelBatch(
                        batchId, today.AddDays(-random.Next(0, 40)), printed, random.Next(0, printed + 1), checkedSamples, compliant,
                        new LabelViolationCounts(checkedSamples - compliant, 0, 0), [], Actor));
                    break;
                case 2:
                    var staff = Enumerable.Range(0, random.Next(0, 12)).Select(i => new StaffMember(
                        $"S{i}", "快递员", $"acct{i}", today.AddDays(-200), null, null,
                        random.Next(3) == 0 ? null : new Nda(today.AddDays(-100)), HandlesPersonalInfo: true, Crowdsourced: false)).ToList();
                    await grain.ReplaceRoster(new ReplaceRoster(batchId, new StaffRoster(DateTimeOffset.UtcNow, staff), Actor));
                    break;
                case 3:
                    var incident = new Incident(batchId, IncidentKind.Leak, (IncidentGrade)random.Next(0, 4), DateTimeOffset.UtcNow.AddHours(-random.Next(1, 200)), random.Next(0, 5000));
                    await grain.RecordIncident(new RecordIncident(incident, IsNew: true, Actor));
                    break;
                case 4:
                    var moved = profiles.AddOrUpdate(change.Id, _ => throw new InvalidOperationException(), (_, p) => p with { Division = leaves[random.Next(leaves.Count)] });
                    await grain.Register(new RegisterEnterprise(moved, Actor));
                    break;
                default:
                    var rebranded = profiles.AddOrUpdate(change.Id, _ => throw new InvalidOperationException(), (_, p) => p with { BrandId = Pick(Brands, random.Next()) });
                    await grain.Register(new RegisterEnterprise(rebranded, Actor));
                    break;
            }
        });
    }
}
