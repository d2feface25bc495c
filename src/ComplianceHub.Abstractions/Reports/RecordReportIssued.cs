namespace ComplianceHub.Abstractions.Reports;

/// <summary>
/// A report about the enterprise was issued: its id, the SHA-256 of its exact bytes and the evidence seq its
/// data was read at. Recorded in the enterprise's own log, so the hash itself is tamper-evident.
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.RecordReportIssued")]
public sealed record RecordReportIssued(
    [property: Id(0)] string ReportId,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Sha256,
    [property: Id(3)] long Bytes,
    [property: Id(4)] long SnapshotSeq,
    [property: Id(5)] string Actor);
