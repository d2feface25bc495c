using ComplianceHub.Domain.Inspections;

namespace ComplianceHub.Abstractions.Inspections;

/// <summary>
/// An inspection read at <see cref="EvaluatedAt"/> (the silo's clock): order statuses are computed against
/// that instant. <see cref="Replayed"/> is true when the call repeated an earlier one and changed nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.InspectionView")]
public sealed record InspectionView(
    [property: Id(0)] Inspection Inspection,
    [property: Id(1)] DateTimeOffset EvaluatedAt,
    [property: Id(2)] bool Replayed = false);
