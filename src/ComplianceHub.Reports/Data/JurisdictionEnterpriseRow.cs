using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Reports.Data;

/// <summary>One enterprise as a jurisdiction report lists it.</summary>
public sealed record JurisdictionEnterpriseRow(
    string EnterpriseId,
    string Name,
    EnterpriseKind Kind,
    string? Brand,
    int Score,
    RiskLevel Risk,
    int OpenFindings,
    double? VerifiedCoverage);
