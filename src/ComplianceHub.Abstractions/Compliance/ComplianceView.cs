using ComplianceHub.Domain.Compliance;

namespace ComplianceHub.Abstractions.Compliance;

/// <summary>
/// An enterprise's findings (open ones and the history of cleared ones) and score, evaluated at
/// <see cref="EvaluatedAt"/>: clocks that ran out since the last change already show.
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.ComplianceView")]
public sealed record ComplianceView(
    [property: Id(0)] IReadOnlyList<FindingRecord> Findings,
    [property: Id(1)] ComplianceScoreResult Score,
    [property: Id(2)] DateTimeOffset EvaluatedAt);
