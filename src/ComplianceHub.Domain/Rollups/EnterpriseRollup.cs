using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Domain.Rollups;

/// <summary>
/// The compact summary an enterprise pushes to its division and its brand: every figure a roll-up sums,
/// nothing personal. Integers only, so any order of adding and subtracting summaries gives the same sums.
/// </summary>
/// <param name="Version">Bumped by the enterprise whenever the summary changes; a leaf ignores anything not newer.</param>
/// <param name="Printed">Waybills printed over the label window.</param>
/// <param name="VerifiedPrinted">
/// Σ over days of round(printed × compliant / checked samples): the printed waybills the samples vouch for, so
/// coverage weighted by volume over any set of enterprises is Σ verified / Σ printed.
/// </param>
/// <param name="StaffActive">Active staff handling personal information (the L3 population).</param>
/// <param name="StaffWithNda">Of those, with a confidentiality agreement in force.</param>
/// <param name="StaffTrained">Of those, trained within the rulebook's training window.</param>
/// <param name="OpenFindingRules">Rule ids with an open finding, distinct, ordinal order.</param>
/// <param name="OrderDeadlines">Deadlines of the open rectification orders, one per order.</param>
public sealed record EnterpriseRollup(
    string EnterpriseId,
    string Name,
    EnterpriseKind Kind,
    string Division,
    string? BrandId,
    long Version,
    int Score,
    RiskLevel Risk,
    long Printed,
    long VerifiedPrinted,
    int StaffActive,
    int StaffWithNda,
    int StaffTrained,
    IReadOnlyList<string> OpenFindingRules,
    int OpenOrders,
    IReadOnlyList<DateOnly> OrderDeadlines,
    DateOnly? LastInspectedOn,
    DateTimeOffset? LastIncidentAt)
{
    /// <summary>True when every figure but the version is the same: nothing worth pushing changed.</summary>
    public bool HasSameFactsAs(EnterpriseRollup? other) =>
        other is not null
        && this with { Version = 0, OpenFindingRules = [], OrderDeadlines = [] } == other with { Version = 0, OpenFindingRules = [], OrderDeadlines = [] }
        && OpenFindingRules.SequenceEqual(other.OpenFindingRules, StringComparer.Ordinal)
        && OrderDeadlines.SequenceEqual(other.OrderDeadlines);

    /// <summary>Open orders whose deadline has passed at <paramref name="now"/> (see <see cref="Inspections.OrderDeadlines"/>).</summary>
    public int OverdueOrders(DateTimeOffset now) => OrderDeadlines.Count(d => Inspections.OrderDeadlines.IsOverdue(d, verified: false, now));

    public WorstEntry ToWorstEntry() => new(EnterpriseId, Name, Kind, Division, Score, Risk, OpenFindingRules.Count, OpenOrders);
}
