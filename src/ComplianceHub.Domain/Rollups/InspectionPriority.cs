using System.Globalization;
using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Time;

namespace ComplianceHub.Domain.Rollups;

/// <summary>
/// Ranks enterprises for inspection: priority = Σ points from the score, overdue orders, time since the last
/// inspection, a recent incident and printed volume (weights in <see cref="InspectionPriorityOptions"/>). The
/// order is total (priority desc, score asc, id), so the top N of a union is the top N of the parts' top N: an
/// upper jurisdiction merges its children's plans. Time-dependent, so computed at query time, never stored.
/// </summary>
public static class InspectionPriority
{
    public static IComparer<InspectionCandidate> Order { get; } = Comparer<InspectionCandidate>.Create(Compare);

    /// <summary>The <paramref name="limit"/> enterprises most worth inspecting at <paramref name="now"/>, best first.</summary>
    public static IReadOnlyList<InspectionCandidate> Rank(
        IEnumerable<EnterpriseRollup> enterprises, DateTimeOffset now, int limit, int labelWindowDays, InspectionPriorityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(enterprises);
        options ??= InspectionPriorityOptions.Default;
        return enterprises.Select(e => Assess(e, now, labelWindowDays, options)).Order(Order).Take(limit).ToList();
    }

    public static InspectionCandidate Assess(EnterpriseRollup enterprise, DateTimeOffset now, int labelWindowDays, InspectionPriorityOptions options)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        ArgumentNullException.ThrowIfNull(options);
        var reasons = new List<PriorityReason>();
        if (enterprise.Score < ComplianceScore.Maximum)
        {
            var risk = RiskLevels.ChineseName(enterprise.Risk);
            reasons.Add(new("score", (ComplianceScore.Maximum - enterprise.Score) * options.PerScorePointLost,
                Text($"评分 {enterprise.Score}（{risk}风险） / score {enterprise.Score} ({RiskLevels.ToWireName(enterprise.Risk)} risk)")));
        }

        var overdue = enterprise.OverdueOrders(now);
        if (overdue > 0)
        {
            reasons.Add(new("overdue-orders", overdue * options.PerOverdueOrder,
                Text($"{overdue} 项整改逾期 / {overdue} {(overdue == 1 ? "order" : "orders")} overdue")));
        }

        if (enterprise.LastInspectedOn is not { } inspected)
        {
            reasons.Add(new("never-inspected", options.NeverInspected, "从未检查 / never inspected"));
        }
        else
        {
            var days = ChinaTime.DateOf(now).DayNumber - inspected.DayNumber;
            var points = Math.Min(options.SinceInspectionCap, Math.Max(0, days) * options.PerDaySinceInspection);
            if (points > 0)
            {
                reasons.Add(new("since-inspection", points, Text($"距上次检查 {days} 天 / {days} days since the last inspection")));
            }
        }

        if (enterprise.LastIncidentAt is { } incident && incident > now.AddDays(-options.RecentIncidentDays) && options.RecentIncident > 0)
        {
            var days = options.RecentIncidentDays;
            reasons.Add(new("recent-incident", options.RecentIncident, Text($"近 {days} 天发生事件 / incident in the last {days} days")));
        }

        if (enterprise.Printed > 0)
        {
            var points = Math.Min(options.VolumeCap, (double)enterprise.Printed / options.WaybillsPerVolumePoint);
            reasons.Add(new("volume", points,
                Text($"{labelWindowDays} 天打印 {enterprise.Printed:N0} 张 / {enterprise.Printed:N0} waybills printed in {labelWindowDays} days")));
        }

        var priority = Math.Round(reasons.Sum(r => r.Points), 4);
        return new InspectionCandidate(enterprise, priority, reasons.OrderByDescending(r => r.Points).ToList());
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static int Compare(InspectionCandidate? a, InspectionCandidate? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return 1;
        if (b is null) return -1;
        var byPriority = b.Priority.CompareTo(a.Priority);
        if (byPriority != 0) return byPriority;
        var byScore = a.Enterprise.Score.CompareTo(b.Enterprise.Score);
        return byScore != 0 ? byScore : string.CompareOrdinal(a.Enterprise.EnterpriseId, b.Enterprise.EnterpriseId);
    }
}
