using ComplianceHub.Abstractions.Compliance;
using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Compliance.Figures;
using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Server.Compliance;

/// <summary>
/// <c>GET /api/v1/enterprises/{id}/findings</c>: the score (100 minus the listed deductions, each naming
/// its finding), the risk level, open findings first, then cleared ones with their history; and the staff head counts
/// the staff findings were judged on (the same figures the PDFs and the console print).
/// </summary>
public sealed record FindingsResponse(
    string EnterpriseId,
    int Score,
    string Risk,
    string RiskName,
    IReadOnlyList<ScoreDeduction> Deductions,
    int OpenFindings,
    IReadOnlyList<FindingResponse> Findings,
    DateTimeOffset EvaluatedAt,
    StaffCoverage Staff)
{
    public static FindingsResponse From(string enterpriseId, ComplianceView view, EnterpriseKind? kind) => new(
        enterpriseId,
        view.Score.Score,
        RiskLevels.ToWireName(view.Score.Risk),
        RiskLevels.ChineseName(view.Score.Risk),
        view.Score.Deductions,
        view.Findings.Count(f => f.IsOpen),
        view.Findings.OrderByDescending(f => f.IsOpen).ThenBy(f => f.Key, StringComparer.Ordinal).Select(r => FindingResponse.From(r, kind, view.EvaluatedAt)).ToList(),
        view.EvaluatedAt,
        view.Staff ?? StaffCoverage.None);
}
