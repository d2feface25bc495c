using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Reports.Data;

/// <summary>A jurisdiction's aggregates, as its grain keeps them from deltas pushed up (never by scanning).</summary>
public sealed record JurisdictionTotals(
    int Enterprises,
    IReadOnlyDictionary<RiskLevel, int> ByRisk,
    IReadOnlyDictionary<EnterpriseKind, int> ByKind,
    double AverageScore,
    double? AverageVerifiedCoverage,
    double? AverageDeclaredCoverage,
    int OpenFindings,
    int OverdueOrders);
