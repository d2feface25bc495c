namespace ComplianceHub.Domain.Inspections;

/// <summary>
/// One inspection as the enterprise's ledger keeps it, replaced whole by each step the inspection reports.
/// <see cref="LastStep"/> makes that idempotent: a step the ledger has already seen changes nothing.
/// </summary>
public sealed record InspectionSummary(
    string InspectionId,
    InspectionAuthority Authority,
    InspectionKind Kind,
    DateOnly PlannedOn,
    DateOnly? PerformedOn,
    InspectionStatus Status,
    string? FollowUpOf,
    DateTimeOffset OpenedAt,
    int LastStep,
    IReadOnlyList<OrderSummary> Orders)
{
    public static InspectionSummary Of(Inspection inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        return new(
            inspection.InspectionId, inspection.Authority, inspection.Kind, inspection.PlannedOn, inspection.PerformedOn, inspection.Status,
            inspection.FollowUpOf, inspection.OpenedAt, inspection.Steps, [.. inspection.Orders.Select(OrderSummary.Of)]);
    }
}
