using ComplianceHub.Domain.Access;

namespace ComplianceHub.Grains.Compliance;

/// <summary>
/// The evidence payload of an access-log batch: its extent and what this batch alone showed. The lines
/// themselves are the enterprise's records; the hub keeps the summary and proves when it learned of it.
/// </summary>
public sealed record AccessLogsPayload(
    string BatchId,
    int Records,
    long Waybills,
    DateTimeOffset? From,
    DateTimeOffset? To,
    IReadOnlyList<AccessDetection> Detections)
{
    public static AccessLogsPayload Of(string batchId, IReadOnlyList<AccessLogRecord> records, IReadOnlyList<AccessDetection> detections) => new(
        batchId,
        records.Count,
        records.Sum(r => (long)r.Count),
        records.Count == 0 ? null : records.Min(r => r.At),
        records.Count == 0 ? null : records.Max(r => r.At),
        detections);
}
