namespace ComplianceHub.Grains.Evidence;

/// <summary>
/// The reads of the evidence recorded on one China-time day, by coalescing key (caller and what was read), so a
/// caller polling the log adds one entry a day, not one per request. Bounded: past <see cref="MaxKeys"/> a read is
/// recorded every time, never dropped.
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.EvidenceReadLedger")]
public sealed record EvidenceReadLedger
{
    public const int MaxKeys = 200;

    public static EvidenceReadLedger Empty { get; } = new();

    [Id(0)] public DateOnly Day { get; init; }

    [Id(1)] public IReadOnlyList<string> Keys { get; init; } = [];

    public bool Has(DateOnly day, string key) => Day == day && Keys.Contains(key, StringComparer.Ordinal);

    public EvidenceReadLedger With(DateOnly day, string key) =>
        Day != day ? new EvidenceReadLedger { Day = day, Keys = [key] }
        : Keys.Count >= MaxKeys ? this
        : this with { Keys = [.. Keys, key] };
}
