using ComplianceHub.Domain.People;

namespace ComplianceHub.Grains.Compliance;

[GenerateSerializer, Immutable, Alias("chub.TrainingEntry")]
public sealed record TrainingEntry([property: Id(0)] TrainingSession Session, [property: Id(1)] long Seq);
