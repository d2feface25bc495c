using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Inspections;

namespace ComplianceHub.Domain.Rollups;

/// <summary>
/// The sums a jurisdiction (or brand) keeps over its enterprises. Counts and sums only, all integers, so adding
/// and subtracting summaries in any order lands on exactly the same figures: a roll-up converges to the sum of
/// its enterprises whatever order their deltas arrive in. Ratios and overdue counts are derived when read.
/// Mutable by design (a leaf applies thousands of deltas); never shared across grain calls without <see cref="Clone"/>.
/// </summary>
public sealed class RollupAggregate
{
    public long Enterprises { get; set; }

    /// <summary>Indexed by <see cref="RiskLevel"/>.</summary>
    public long[] ByRisk { get; set; } = new long[RiskLevels.All.Count];

    /// <summary>Indexed by <see cref="EnterpriseKind"/>.</summary>
    public long[] ByKind { get; set; } = new long[EnterpriseKinds.All.Count];

    /// <summary>Σ score, so the average score of any set of enterprises is exact (ScoreSum / Enterprises).</summary>
    public long ScoreSum { get; set; }

    public long Printed { get; set; }

    public long VerifiedPrinted { get; set; }

    public long StaffActive { get; set; }

    public long StaffWithNda { get; set; }

    public long StaffTrained { get; set; }

    /// <summary>Enterprises with an open finding under each rule id; rules at zero are dropped.</summary>
    public Dictionary<string, long> OpenFindingsByRule { get; set; } = new(StringComparer.Ordinal);

    public long OpenOrders { get; set; }

    /// <summary>Open orders by deadline day; days at zero are dropped. Overdue is read from it at query time.</summary>
    public Dictionary<DateOnly, long> DeadlineHistogram { get; set; } = [];

    /// <summary>Verified-compliant share of printed waybills, weighted by volume; null when nothing was printed.</summary>
    public double? VerifiedCoverage => Printed == 0 ? null : (double)VerifiedPrinted / Printed;

    public double? AverageScore => Enterprises == 0 ? null : (double)ScoreSum / Enterprises;

    public double? NdaCoverage => StaffActive == 0 ? null : (double)StaffWithNda / StaffActive;

    public double? TrainingCoverage => StaffActive == 0 ? null : (double)StaffTrained / StaffActive;

    public long Risk(RiskLevel level) => ByRisk[(int)level];

    public long Kind(EnterpriseKind kind) => ByKind[(int)kind];

    public long OverdueOrders(DateTimeOffset now) =>
        DeadlineHistogram.Where(d => OrderDeadlines.IsOverdue(d.Key, verified: false, now)).Sum(d => d.Value);

    public void Add(EnterpriseRollup rollup) => Apply(rollup, +1);

    public void Subtract(EnterpriseRollup rollup) => Apply(rollup, -1);

    /// <summary>Adds a child's sums. Never subtracted: a division replaces a child by re-summing, so no sign here.</summary>
    public void Add(RollupAggregate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Enterprises += other.Enterprises;
        for (var i = 0; i < ByRisk.Length; i++) ByRisk[i] += other.ByRisk[i];
        for (var i = 0; i < ByKind.Length; i++) ByKind[i] += other.ByKind[i];
        ScoreSum += other.ScoreSum;
        Printed += other.Printed;
        VerifiedPrinted += other.VerifiedPrinted;
        StaffActive += other.StaffActive;
        StaffWithNda += other.StaffWithNda;
        StaffTrained += other.StaffTrained;
        OpenOrders += other.OpenOrders;
        foreach (var (rule, count) in other.OpenFindingsByRule) Bump(OpenFindingsByRule, rule, count);
        foreach (var (deadline, count) in other.DeadlineHistogram) Bump(DeadlineHistogram, deadline, count);
    }

    public RollupAggregate Clone()
    {
        var copy = new RollupAggregate();
        copy.Add(this);
        return copy;
    }

    public static RollupAggregate Sum(IEnumerable<EnterpriseRollup> rollups)
    {
        ArgumentNullException.ThrowIfNull(rollups);
        var sum = new RollupAggregate();
        foreach (var rollup in rollups) sum.Add(rollup);
        return sum;
    }

    /// <summary>Exactly the same figures (the dictionaries compared as sets of non-zero entries).</summary>
    public bool Matches(RollupAggregate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Enterprises == other.Enterprises
            && ByRisk.SequenceEqual(other.ByRisk)
            && ByKind.SequenceEqual(other.ByKind)
            && ScoreSum == other.ScoreSum
            && Printed == other.Printed
            && VerifiedPrinted == other.VerifiedPrinted
            && StaffActive == other.StaffActive
            && StaffWithNda == other.StaffWithNda
            && StaffTrained == other.StaffTrained
            && OpenOrders == other.OpenOrders
            && SameEntries(OpenFindingsByRule, other.OpenFindingsByRule)
            && SameEntries(DeadlineHistogram, other.DeadlineHistogram);
    }

    public override string ToString() =>
        $"n={Enterprises} risk=[{string.Join(',', ByRisk)}] kind=[{string.Join(',', ByKind)}] score={ScoreSum} printed={Printed} verified={VerifiedPrinted} "
        + $"staff={StaffActive}/{StaffWithNda}/{StaffTrained} orders={OpenOrders} rules={OpenFindingsByRule.Count} deadlines={DeadlineHistogram.Count}";

    private void Apply(EnterpriseRollup rollup, int sign)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        Enterprises += sign;
        ByRisk[(int)rollup.Risk] += sign;
        ByKind[(int)rollup.Kind] += sign;
        ScoreSum += sign * rollup.Score;
        Printed += sign * rollup.Printed;
        VerifiedPrinted += sign * rollup.VerifiedPrinted;
        StaffActive += sign * rollup.StaffActive;
        StaffWithNda += sign * rollup.StaffWithNda;
        StaffTrained += sign * rollup.StaffTrained;
        OpenOrders += sign * rollup.OpenOrders;
        foreach (var rule in rollup.OpenFindingRules) Bump(OpenFindingsByRule, rule, sign);
        foreach (var deadline in rollup.OrderDeadlines) Bump(DeadlineHistogram, deadline, sign);
    }

    private static void Bump<TKey>(Dictionary<TKey, long> counts, TKey key, long delta)
        where TKey : notnull
    {
        var next = counts.GetValueOrDefault(key) + delta;
        if (next == 0) counts.Remove(key);
        else counts[key] = next;
    }

    private static bool SameEntries<TKey>(Dictionary<TKey, long> a, Dictionary<TKey, long> b)
        where TKey : notnull =>
        a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var v) && v == e.Value);
}
