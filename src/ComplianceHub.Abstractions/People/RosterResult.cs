namespace ComplianceHub.Abstractions.People;

/// <summary>What a roster upload changed, as counted by the roster diff; a replay returns the first result.</summary>
[GenerateSerializer, Immutable, Alias("chub.RosterResult")]
public sealed record RosterResult(
    [property: Id(0)] string BatchId,
    [property: Id(1)] int Staff,
    [property: Id(2)] int Joins,
    [property: Id(3)] int Departures,
    [property: Id(4)] int Returns,
    [property: Id(5)] int Removed,
    [property: Id(6)] int NdaChanges,
    [property: Id(7)] int AccountsClosed,
    [property: Id(8)] long EvidenceSeq,
    [property: Id(9)] bool Replayed);
