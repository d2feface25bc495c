using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Domain.Enterprises;

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
    string EvidenceHead)
{
    public static EnterpriseResponse From(EnterpriseView view)
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
            view.EvidenceHead);
    }
}
