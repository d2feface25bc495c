using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Domain.Rollups;

/// <summary>One of a jurisdiction's worst enterprises, as its list shows it.</summary>
/// <param name="OpenFindings">How many rules it has open findings under.</param>
public sealed record WorstEntry(
    string EnterpriseId,
    string Name,
    EnterpriseKind Kind,
    string Division,
    int Score,
    RiskLevel Risk,
    int OpenFindings,
    int OpenOrders);
