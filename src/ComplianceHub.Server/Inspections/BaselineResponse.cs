using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Inspections;

namespace ComplianceHub.Server.Inspections;

/// <summary>The enterprise as the hub saw it when the inspection was opened.</summary>
public sealed record BaselineResponse(int Score, string Risk, IReadOnlyList<string> OpenFindingRules, long EvidenceSeq, string EvidenceHead, DateTimeOffset TakenAt)
{
    public static BaselineResponse From(InspectionBaseline b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return new(b.Score, RiskLevels.ToWireName(b.Risk), [.. b.OpenFindings.Select(f => f.Finding.RuleId)], b.EvidenceSeq, b.EvidenceHead, b.TakenAt);
    }
}
