using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ComplianceHub.Abstractions.Inspections;
using ComplianceHub.Abstractions.Rollups;
using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Inspections;
using ComplianceHub.Domain.Rollups;
using ComplianceHub.Grains.Rollups;
using ComplianceHub.Reports.Data;
using ComplianceHub.Server.Jurisdictions;
using ComplianceHub.Storage.Rollups;

namespace ComplianceHub.Server.Reports;

/// <summary>
/// A jurisdiction report's data, read once from the roll-ups: totals, children and worst enterprises from the
/// division grain's summary (never a scan); the enterprise list streamed from the member rows under the division
/// (a report must list every enterprise, and reading rows keeps 10,000 of them out of memory); overdue orders from
/// the ledgers of just the enterprises whose pushed deadlines are past.
/// </summary>
public static class JurisdictionReportMapper
{
    public static async Task<JurisdictionReportData> ReadAsync(
        DivisionCode division, string office, IGrainFactory grains, RollupMemberStore members, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var view = await grains.GetGrain<IJurisdictionGrain>(division.Value).GetView();
        var aggregate = view.Summary.Aggregate;
        // The aggregate already counts overdue orders: only when it has some are the member rows read for them.
        IReadOnlyList<OverdueOrderRow> overdue = aggregate.OverdueOrders(now) == 0
            ? []
            : await OverdueOrdersAsync(division, grains, members, now, cancellationToken);
        var totals = new JurisdictionTotals(
            (int)aggregate.Enterprises,
            RiskLevels.All.ToDictionary(r => r, r => (int)aggregate.Risk(r)),
            EnterpriseKinds.All.ToDictionary(k => k, k => (int)aggregate.Kind(k)),
            aggregate.AverageScore ?? 0,
            aggregate.VerifiedCoverage,
            AverageDeclaredCoverage: null,
            (int)aggregate.OpenFindingsByRule.Values.Sum(),
            (int)aggregate.OverdueOrders(now));
        var children = view.Children
            .Where(c => c.Aggregate.Enterprises > 0)
            .Select(c => new JurisdictionChildRow(
                c.Code, DivisionNames.Own(DivisionCode.Parse(c.Code)), (int)c.Aggregate.Enterprises, (int)c.Aggregate.Risk(RiskLevel.High),
                c.Aggregate.AverageScore ?? 0, c.Aggregate.VerifiedCoverage))
            .ToList();
        var worst = view.Summary.Worst
            .Select(w => new JurisdictionEnterpriseRow(w.EnterpriseId, w.Name, w.Kind, null, w.Score, w.Risk, w.OpenFindings, null))
            .ToList();

        return new JurisdictionReportData(
            division.Value,
            DivisionCatalog.Default.FullName(division),
            office,
            totals,
            children,
            worst,
            new MemberRows(members, division.Prefix),
            overdue,
            // Daily figures are not rolled up (a summary holds the label window's totals, not its days), so the
            // report shows no trend line rather than one drawn from a sample of enterprises.
            CoverageTrend: [],
            Fingerprint(aggregate, view.Summary.Worst),
            now);
    }

    /// <summary>
    /// A division keeps no evidence log: the report pins the roll-up it was drawn from by the SHA-256 of the
    /// aggregate and worst list as read, so two reports of the same moment can be shown to rest on the same figures.
    /// </summary>
    private static EvidenceSnapshot Fingerprint(RollupAggregate aggregate, IReadOnlyList<WorstEntry> worst)
    {
        var json = JsonSerializer.Serialize(new { aggregate, worst }, JsonSerializerOptions.Web);
        return new EvidenceSnapshot(aggregate.Enterprises, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))));
    }

    private static async Task<IReadOnlyList<OverdueOrderRow>> OverdueOrdersAsync(
        DivisionCode division, IGrainFactory grains, RollupMemberStore members, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = new List<OverdueOrderRow>();
        await foreach (var row in members.ReadDivisionsUnderAsync(division.Prefix, cancellationToken))
        {
            var rollup = RollupJson.Parse(row.SummaryJson!);
            if (rollup.OverdueOrders(now) == 0) continue;

            var ledger = await grains.GetGrain<IEnterpriseGrain>(rollup.EnterpriseId).GetInspections();
            rows.AddRange(ledger.OpenOrders
                .Where(o => o.IsOverdueAt(now))
                .Select(o => new OverdueOrderRow(
                    o.OrderId, rollup.EnterpriseId, rollup.Name,
                    $"{InspectionAuthorities.ChineseName(o.Authority)}检查 {o.InspectionId} 责令改正{(o.Submitted ? "（已提交整改材料，待核查）" : "")}",
                    o.Deadline, OrderDeadlines.DaysOverdue(o.Deadline, now))));
        }

        return rows.OrderByDescending(r => r.DaysOverdue).ThenBy(r => r.EnterpriseId, StringComparer.Ordinal).ToList();
    }

    /// <summary>The enterprise list, read again from storage each time the renderer enumerates it (it does so twice).</summary>
    private sealed class MemberRows(RollupMemberStore members, string prefix) : IEnumerable<JurisdictionEnterpriseRow>
    {
        public IEnumerator<JurisdictionEnterpriseRow> GetEnumerator() =>
            members.ReadDivisionsUnderAsync(prefix).ToBlockingEnumerable().Select(ToRow).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private static JurisdictionEnterpriseRow ToRow(RollupMemberRow row)
        {
            var r = RollupJson.Parse(row.SummaryJson!);
            double? coverage = r.Printed == 0 ? null : (double)r.VerifiedPrinted / r.Printed;
            return new JurisdictionEnterpriseRow(r.EnterpriseId, r.Name, r.Kind, r.BrandId, r.Score, r.Risk, r.OpenFindingRules.Count, coverage);
        }
    }
}
