using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Compliance.Figures;

namespace ComplianceHub.Abstractions.Compliance;

/// <summary>
/// An enterprise's findings (open ones and the history of cleared ones) and score, evaluated at
/// <see cref="EvaluatedAt"/>: clocks that ran out since the last change already show. <see cref="Staff"/> holds the
/// head counts of the staff duties from the same snapshot the findings were judged on (one figure, one source).
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.ComplianceView")]
public sealed record ComplianceView(
    [property: Id(0)] IReadOnlyList<FindingRecord> Findings,
    [property: Id(1)] ComplianceScoreResult Score,
    [property: Id(2)] DateTimeOffset EvaluatedAt,
    [property: Id(3)] StaffCoverage? Staff = null);
