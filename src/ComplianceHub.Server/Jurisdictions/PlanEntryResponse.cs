using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Rollups;

namespace ComplianceHub.Server.Jurisdictions;

/// <summary>One enterprise on an inspection plan, its rank, priority and the reasons for it.</summary>
public sealed record PlanEntryResponse(
    int Rank,
    string Id,
    string Name,
    string Kind,
    string Division,
    string DivisionName,
    int Score,
    string Risk,
    string RiskName,
    double Priority,
    int OpenOrders,
    int OverdueOrders,
    DateOnly? LastInspectedOn,
    IReadOnlyList<PriorityReason> Reasons)
{
    public static PlanEntryResponse From(int rank, InspectionCandidate candidate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var e = candidate.Enterprise;
        return new(
            rank, e.EnterpriseId, e.Name, EnterpriseKinds.ToWireName(e.Kind), e.Division, DivisionNames.Full(e.Division), e.Score,
            RiskLevels.ToWireName(e.Risk), RiskLevels.ChineseName(e.Risk), candidate.Priority, e.OpenOrders, e.OverdueOrders(now),
            e.LastInspectedOn, candidate.Reasons);
    }
}
