namespace ComplianceHub.Abstractions.People;

[GenerateSerializer, Immutable, Alias("chub.TrainingResult")]
public sealed record TrainingResult(
    [property: Id(0)] string BatchId,
    [property: Id(1)] DateOnly HeldOn,
    [property: Id(2)] int Attendees,
    [property: Id(3)] long EvidenceSeq,
    [property: Id(4)] bool Replayed);
