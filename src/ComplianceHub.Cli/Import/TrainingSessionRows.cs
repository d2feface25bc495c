namespace ComplianceHub.Cli.Import;

/// <summary>The rows of one training session: same day and topic. Attendees in file order with their rows.</summary>
internal sealed class TrainingSessionRows(DateOnly heldOn, string topic, int firstRow)
{
    public DateOnly HeldOn { get; } = heldOn;

    public string Topic { get; } = topic;

    /// <summary>The session's first row: where session-wide errors (hours, topic, day) are shown.</summary>
    public int FirstRow { get; } = firstRow;

    public decimal? Hours { get; set; }

    public int? HoursRow { get; set; }

    /// <summary>The batchId column's value, when the file gives one.</summary>
    public string? BatchId { get; set; }

    public int? BatchIdRow { get; set; }

    public List<string> StaffIds { get; } = [];

    public List<int> StaffRows { get; } = [];
}
