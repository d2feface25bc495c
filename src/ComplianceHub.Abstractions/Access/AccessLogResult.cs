namespace ComplianceHub.Abstractions.Access;

/// <summary>A batch of access-log lines taken in, and how many anomalies the enterprise's summary now shows.</summary>
[GenerateSerializer, Immutable, Alias("chub.AccessLogResult")]
public sealed record AccessLogResult(
    [property: Id(0)] string BatchId,
    [property: Id(1)] int Records,
    [property: Id(2)] int Detections,
    [property: Id(3)] long EvidenceSeq,
    [property: Id(4)] bool Replayed);
