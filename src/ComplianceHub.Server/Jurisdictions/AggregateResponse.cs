using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Rollups;

namespace ComplianceHub.Server.Jurisdictions;

/// <summary>
/// A roll-up's figures as the API shows them: counts by risk level and kind (wire names as keys), coverage
/// ratios (verified coverage weighted by printed volume), open findings by rule, open and overdue orders.
/// Overdue is evaluated at <c>evaluatedAt</c>, from the deadlines, at every level.
/// </summary>
public sealed record AggregateResponse(
    long Enterprises,
    IReadOnlyDictionary<string, long> ByRisk,
    IReadOnlyDictionary<string, long> ByKind,
    long Printed,
    long VerifiedPrinted,
    double? VerifiedCoverage,
    long StaffActive,
    double? NdaCoverage,
    double? TrainingCoverage,
    IReadOnlyDictionary<string, long> OpenFindingsByRule,
    long OpenOrders,
    long OverdueOrders)
{
    public static AggregateResponse From(RollupAggregate aggregate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return new(
            aggregate.Enterprises,
            RiskLevels.All.ToDictionary(RiskLevels.ToWireName, aggregate.Risk),
            EnterpriseKinds.All.ToDictionary(EnterpriseKinds.ToWireName, aggregate.Kind),
            aggregate.Printed,
            aggregate.VerifiedPrinted,
            Round(aggregate.VerifiedCoverage),
            aggregate.StaffActive,
            Round(aggregate.NdaCoverage),
            Round(aggregate.TrainingCoverage),
            new SortedDictionary<string, long>(aggregate.OpenFindingsByRule, StringComparer.Ordinal),
            aggregate.OpenOrders,
            aggregate.OverdueOrders(now));
    }

    private static double? Round(double? ratio) => ratio is { } r ? Math.Round(r, 4) : null;
}
