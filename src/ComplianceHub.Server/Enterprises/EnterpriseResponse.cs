using ComplianceHub.Abstractions.Compliance;
using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Inspections;

namespace ComplianceHub.Server.Enterprises;

/// <summary>An enterprise as the API shows it, with Chinese names beside the codes.</summary>
public sealed record EnterpriseResponse(
    string Id,
    string Name,
    string Kind,
    string KindName,
    string Division,
    string DivisionName,
    string? BrandId,
    long? IndividualsProcessed,
    DateOnly? ProtectionOfficerFiledOn,
    DateOnly? LastComplianceAuditOn,
    bool CriticalInfrastructure,
    DateTimeOffset RegisteredAt,
    DateTimeOffset UpdatedAt,
    long EvidenceSeq,
    string EvidenceHead,
    int? Score = null,
    string? Risk = null,
    string? RiskName = null,
    int? OpenFindings = null,
    int? OpenOrders = null,
    int? OverdueOrders = null,
    bool CentralStateBody = false)
{
    /// <summary>
    /// The profile, with the score, risk level and open findings count when <paramref name="compliance"/> is given,
    /// and the unverified and overdue rectification orders (as of the compliance evaluation) when <paramref name="inspections"/> is.
    /// </summary>
    public static EnterpriseResponse From(EnterpriseView view, ComplianceView? compliance = null, InspectionLedger? inspections = null)
    {
        var division = DivisionCode.TryParse(view.Profile.Division, out var code, out _) ? code : default;
        return new(
            view.Id,
            view.Profile.Name,
            EnterpriseKinds.ToWireName(view.Profile.Kind),
            EnterpriseKinds.ChineseName(view.Profile.Kind),
            view.Profile.Division,
            DivisionCatalog.Default.FullName(division),
            view.Profile.BrandId,
            view.Profile.IndividualsProcessed,
            view.Profile.ProtectionOfficerFiledOn,
            view.Profile.LastComplianceAuditOn,
            view.Profile.CriticalInfrastructure,
            view.RegisteredAt,
            view.UpdatedAt,
            view.EvidenceSeq,
            view.EvidenceHead,
            compliance?.Score.Score,
            compliance is null ? null : RiskLevels.ToWireName(compliance.Score.Risk),
            compliance is null ? null : RiskLevels.ChineseName(compliance.Score.Risk),
            compliance?.Findings.Count(f => f.IsOpen),
            inspections?.OpenOrders.Count,
            inspections is null || compliance is null ? null : inspections.OverdueAt(compliance.EvaluatedAt),
            view.Profile.CentralStateBody);
    }
}
