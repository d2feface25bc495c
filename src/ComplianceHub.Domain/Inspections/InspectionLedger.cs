namespace ComplianceHub.Domain.Inspections;

/// <summary>
/// The enterprise's compact record of its inspections: each one's status and orders, as of the last step
/// it reported. Open orders keep their deadlines so whoever reads (the enterprise, its jurisdictions) can
/// tell overdue ones at the instant of reading, with <see cref="OrderDeadlines"/>.
/// </summary>
public sealed record InspectionLedger(IReadOnlyList<InspectionSummary> Inspections)
{
    public static InspectionLedger Empty { get; } = new([]);

    public int Count => Inspections.Count;

    /// <summary>Unverified orders of every inspection, earliest deadline first.</summary>
    public IReadOnlyList<OpenOrder> OpenOrders =>
    [
        .. Inspections
            .SelectMany(i => i.Orders.Where(o => !o.Verified).Select(o => new OpenOrder(o.OrderId, i.InspectionId, i.Authority, o.Deadline, o.Submitted)))
            .OrderBy(o => o.Deadline)
            .ThenBy(o => o.OrderId, StringComparer.Ordinal),
    ];

    public int OverdueAt(DateTimeOffset now) => OpenOrders.Count(o => o.IsOverdueAt(now));

    /// <summary>The day the last inspection by <paramref name="authority"/> was carried out, if any was.</summary>
    public DateOnly? LastInspectedOn(InspectionAuthority authority) =>
        Inspections.Where(i => i.Authority == authority && i.PerformedOn is not null).Max(i => i.PerformedOn);

    public InspectionSummary? Find(string inspectionId) =>
        Inspections.FirstOrDefault(i => string.Equals(i.InspectionId, inspectionId, StringComparison.Ordinal));

    /// <summary>True when the ledger already holds <paramref name="summary"/>'s step (or a later one).</summary>
    public bool HasSeen(InspectionSummary summary) =>
        summary is not null && Find(summary.InspectionId) is { } known && known.LastStep >= summary.LastStep;

    /// <summary>The ledger with <paramref name="summary"/> replacing the inspection's previous summary, oldest inspection first.</summary>
    public InspectionLedger Apply(InspectionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return HasSeen(summary)
            ? this
            : new([.. Inspections.Where(i => i.InspectionId != summary.InspectionId).Append(summary).OrderBy(i => i.OpenedAt).ThenBy(i => i.InspectionId, StringComparer.Ordinal)]);
    }
}
