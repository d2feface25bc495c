namespace ComplianceHub.Domain.Inspections;

/// <summary>
/// A regulator's inspection of one enterprise: the baseline read at opening, checklist answers, the
/// inspector's findings and the rectification orders issued. <see cref="Steps"/> counts the changes
/// recorded so far; each one is also an evidence entry on the enterprise's log. Closed means frozen.
/// </summary>
/// <param name="FollowUpOf">For a follow-up inspection: the inspection whose orders it checks.</param>
/// <param name="PerformedOn">The China date the first answer, finding or order was recorded.</param>
/// <param name="Division">The enterprise's division when the inspection was opened: whose office the inspection is,
/// even if the enterprise moves (null for inspections opened before it was recorded).</param>
public sealed record Inspection(
    string InspectionId,
    string EnterpriseId,
    InspectionAuthority Authority,
    InspectionKind Kind,
    DateOnly PlannedOn,
    string? FollowUpOf,
    string OpenedBy,
    DateTimeOffset OpenedAt,
    string ChecklistVersion,
    InspectionBaseline Baseline,
    InspectionStatus Status,
    DateOnly? PerformedOn,
    IReadOnlyList<ChecklistEntry> Answers,
    IReadOnlyList<InspectorFinding> Findings,
    IReadOnlyList<OrderRecord> Orders,
    string? ClosedBy,
    DateTimeOffset? ClosedAt,
    int Steps,
    string? Division = null)
{
    public bool IsClosed => Status == InspectionStatus.Closed;

    public OrderRecord? FindOrder(string orderId) => Orders.FirstOrDefault(o => string.Equals(o.OrderId, orderId, StringComparison.Ordinal));

    public InspectorFinding? FindFinding(string findingId) =>
        Findings.FirstOrDefault(f => string.Equals(f.FindingId, findingId, StringComparison.Ordinal));

    /// <summary>The inspection after one more recorded step; the first inspector's step also marks it under way.</summary>
    public Inspection NextStep(DateOnly today, bool inspectorWork) => this with
    {
        Steps = Steps + 1,
        Status = inspectorWork && Status == InspectionStatus.Planned ? InspectionStatus.InProgress : Status,
        PerformedOn = inspectorWork ? PerformedOn ?? today : PerformedOn,
    };

    /// <summary>Answers merged by item id (a later answer replaces an earlier one), in checklist order.</summary>
    public IReadOnlyList<ChecklistEntry> MergeAnswers(IEnumerable<ChecklistEntry> answers, InspectionChecklist checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        var merged = Answers.ToDictionary(a => a.ItemId, StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            merged[answer.ItemId] = answer;
        }

        var order = checklist.Items.Select((item, index) => (item.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        return [.. merged.Values.OrderBy(a => order.GetValueOrDefault(a.ItemId, int.MaxValue)).ThenBy(a => a.ItemId, StringComparer.Ordinal)];
    }

    public IReadOnlyList<OrderRecord> Replace(OrderRecord order) =>
        [.. Orders.Select(o => string.Equals(o.OrderId, order?.OrderId, StringComparison.Ordinal) ? order! : o)];
}
