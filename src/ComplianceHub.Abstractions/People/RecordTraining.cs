using ComplianceHub.Domain.People;

namespace ComplianceHub.Abstractions.People;

/// <summary>A validated training session. Idempotent by the session's batchId.</summary>
[GenerateSerializer, Immutable, Alias("chub.RecordTraining")]
public sealed record RecordTraining(
    [property: Id(0)] TrainingSession Session,
    [property: Id(1)] string Actor,
    [property: Id(2)] string ContentDigest = "");
