using ComplianceHub.Domain.Access;

namespace ComplianceHub.Abstractions.Access;

/// <summary>A validated batch of access-log lines. Idempotent by <see cref="BatchId"/>.</summary>
[GenerateSerializer, Immutable, Alias("chub.RecordAccessLogs")]
public sealed record RecordAccessLogs(
    [property: Id(0)] string BatchId,
    [property: Id(1)] IReadOnlyList<AccessLogRecord> Records,
    [property: Id(2)] string Actor,
    [property: Id(3)] string ContentDigest = "");
