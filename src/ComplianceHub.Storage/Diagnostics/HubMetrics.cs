using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ComplianceHub.Storage.Diagnostics;

/// <summary>
/// The hub's own meter, <c>ComplianceHub</c>: batches acknowledged, evidence entries appended, roll-up pushes and
/// storage requests. One static meter, so an increment is one call wherever the thing happens (API, grain, store)
/// and costs next to nothing while nobody listens. Tags are closed sets named here: never an id, a path or a value
/// a client sent, so no personal data can reach a metric.
/// </summary>
public static class HubMetrics
{
    public const string MeterName = "ComplianceHub";

    private static readonly Meter Meter = new(MeterName, "1.0");

    /// <summary>Batches acknowledged by the API (label batches, rosters, trainings, access logs), by kind and whether it was a replay.</summary>
    public static readonly Counter<long> Batches = Meter.CreateCounter<long>("chub.batches", "{batch}", "数据批次 (batches acknowledged)");

    /// <summary>Evidence entries written to the hash-chained logs.</summary>
    public static readonly Counter<long> EvidenceAppends = Meter.CreateCounter<long>("chub.evidence.appends", "{entry}", "证据条目 (evidence entries appended)");

    /// <summary>Summaries pushed up the roll-up tree, by the level that pushed.</summary>
    public static readonly Counter<long> RollupPushes = Meter.CreateCounter<long>("chub.rollup.pushes", "{push}", "汇总推送 (roll-up pushes)");

    /// <summary>Every request to the storage account (each retry counts), by service, table or container, method and status.</summary>
    public static readonly Histogram<double> StorageRequestDuration = Meter.CreateHistogram<double>(
        "chub.storage.request.duration", "s", "存储请求耗时 (storage request duration)",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    public static void Batch(BatchKind kind, bool replayed) =>
        Batches.Add(1, new KeyValuePair<string, object?>("chub.batch.kind", kind.Tag), new KeyValuePair<string, object?>("chub.batch.outcome", replayed ? "replayed" : "accepted"));

    public static void RollupPush(RollupLevel from) =>
        RollupPushes.Add(1, new KeyValuePair<string, object?>("chub.rollup.from", from == RollupLevel.Enterprise ? "enterprise" : "division"));

    internal static void StorageRequest(double seconds, in TagList tags) => StorageRequestDuration.Record(seconds, tags);
}
