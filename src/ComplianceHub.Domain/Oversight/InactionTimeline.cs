using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Domain.Inspections;
using ComplianceHub.Domain.Time;

namespace ComplianceHub.Domain.Oversight;

/// <summary>
/// "Knew and did not act" (行政公益诉讼: a procuratorate must show the regulator could see a problem and what it did
/// about it). Visibility and action are read from what the hub records, so each item points at evidence entries:
/// a finding is visible from the moment it opened, because the enterprise pushes its roll-up to its division with
/// the change that opened it; an overdue order from 00:00 China time the day after its deadline, when roll-ups count
/// it overdue. Reads are the regulators' recorded reads (<c>evidence.read</c>, <c>evidence.exported</c>, reports they
/// issued); actions are inspection steps. Which findings count (high severity) and the day measure are our policy.
/// </summary>
public static class InactionTimeline
{
    public const int MaxActionsPerItem = 20;

    private static readonly HashSet<string> ReadKinds = new(StringComparer.Ordinal)
    {
        EvidenceKinds.EvidenceRead, EvidenceKinds.EvidenceExported, EvidenceKinds.ReportIssued,
    };

    public static bool IsOversight(string kind) => ReadKinds.Contains(kind) || kind.StartsWith("inspection.", StringComparison.Ordinal);

    public static IReadOnlyList<InactionItem> Build(
        IReadOnlyList<FindingRecord> findings, InspectionLedger inspections, IReadOnlyList<OversightEvent> events, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(inspections);
        ArgumentNullException.ThrowIfNull(events);
        var items = new List<InactionItem>();
        foreach (var record in findings.Where(f => f.Finding.Severity == FindingSeverity.High))
        {
            foreach (var period in record.Periods)
            {
                items.Add(Item("finding", record.Key, ComplianceRules.Find(record.Finding.RuleId)?.TitleZh ?? record.Finding.RuleId, period.OpenedAt, period.ClearedAt, events, now));
            }
        }

        foreach (var inspection in inspections.Inspections)
        {
            foreach (var order in inspection.Orders.Where(o => !o.Verified && OrderDeadlines.IsOverdue(o.Deadline, verified: false, now)))
            {
                var overdueFrom = new DateTimeOffset(order.Deadline.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);
                items.Add(Item("overdue-order", $"{inspection.InspectionId}/{order.OrderId}", order.OrderId, overdueFrom, null, events, now));
            }
        }

        return [.. items.OrderByDescending(i => i.DaysWithoutAction).ThenBy(i => i.VisibleSince)];
    }

    private static InactionItem Item(
        string what, string key, string title, DateTimeOffset visible, DateTimeOffset? cleared, IReadOnlyList<OversightEvent> events, DateTimeOffset now)
    {
        var after = events.Where(e => e.Time >= visible).OrderBy(e => e.Time).ToList();
        var read = after.FirstOrDefault(e => ReadKinds.Contains(e.Kind) && e.Actor.StartsWith("regulator.", StringComparison.Ordinal));
        var actions = after.Where(e => e.Kind.StartsWith("inspection.", StringComparison.Ordinal)).Take(MaxActionsPerItem).ToList();
        var until = actions.Count > 0 ? actions[0].Time : cleared ?? now;
        var days = Math.Round(Math.Max(0, (until - visible).TotalDays), 1);
        return new InactionItem(what, key, title, visible, cleared, read, actions, days, actions.Count == 0 && cleared is null);
    }
}
