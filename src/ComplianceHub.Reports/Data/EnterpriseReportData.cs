using ComplianceHub.Domain.Compliance;

namespace ComplianceHub.Reports.Data;

/// <summary>
/// A read-only snapshot of one enterprise, read at one evidence-log head, from which its reports are
/// rendered. It holds counts, pseudonymous ids and masked shapes only: no person's name, phone or address.
/// </summary>
/// <param name="Score">0–100, higher is better.</param>
/// <param name="Findings">Open and cleared findings, most severe first.</param>
/// <param name="GeneratedAt">When the snapshot was taken (printed on the report).</param>
public sealed record EnterpriseReportData(
    EnterpriseProfile Profile,
    int Score,
    RiskLevel Risk,
    IReadOnlyList<ReportFinding> Findings,
    LabelSeries Labels,
    StaffFigures Staff,
    IReadOnlyList<ReportIncident> Incidents,
    ScaleFacts Scale,
    EvidenceSnapshot Evidence,
    DateTimeOffset GeneratedAt)
{
    public string RiskChineseName => RiskLevels.ChineseName(Risk);

    public string RiskWireName => RiskLevels.ToWireName(Risk);

    public IEnumerable<ReportFinding> OpenFindings => Findings.Where(f => f.IsOpen);
}
