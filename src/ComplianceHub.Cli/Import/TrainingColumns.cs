namespace ComplianceHub.Cli.Import;

/// <summary>The columns of a trainings file: one row per attendee of a session.</summary>
internal static class TrainingColumns
{
    public static readonly ImportColumn BatchId = new("batchId", "批次号", Required: false);
    public static readonly ImportColumn HeldOn = new("heldOn", "培训日期", Required: true);
    public static readonly ImportColumn Hours = new("hours", "培训时长", Required: true);
    public static readonly ImportColumn Topic = new("topic", "培训主题", Required: true);
    public static readonly ImportColumn StaffId = new("staffId", "员工编号", Required: true);

    public static IReadOnlyList<ImportColumn> All { get; } = [BatchId, HeldOn, Hours, Topic, StaffId];

    /// <summary>Column of each field path of a session in a validator or hub error; <c>staffIds[i]</c> is an attendee row.</summary>
    public static IReadOnlyDictionary<string, ImportColumn> ByFieldPath { get; } = new Dictionary<string, ImportColumn>(StringComparer.Ordinal)
    {
        ["batchId"] = BatchId,
        ["heldOn"] = HeldOn,
        ["hours"] = Hours,
        ["topic"] = Topic,
        ["staffIds"] = StaffId,
        [string.Empty] = StaffId,
    };
}
