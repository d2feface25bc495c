using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Rollups;

namespace ComplianceHub.Server.Jurisdictions;

/// <summary>One of the worst enterprises, with Chinese names beside the codes.</summary>
public sealed record WorstEntryResponse(
    string Id,
    string Name,
    string Kind,
    string KindName,
    string Division,
    string DivisionName,
    int Score,
    string Risk,
    string RiskName,
    int OpenFindings,
    int OpenOrders)
{
    public static WorstEntryResponse From(WorstEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(
            entry.EnterpriseId, entry.Name, EnterpriseKinds.ToWireName(entry.Kind), EnterpriseKinds.ChineseName(entry.Kind),
            entry.Division, DivisionNames.Full(entry.Division), entry.Score, RiskLevels.ToWireName(entry.Risk),
            RiskLevels.ChineseName(entry.Risk), entry.OpenFindings, entry.OpenOrders);
    }
}
