namespace ComplianceHub.Domain.Access;

/// <summary>One account's bulk-relevant activity in one China clock hour, kept until the hour is judged.</summary>
public sealed record HourTally(string Account, DateTimeOffset Hour, long Records, long Waybills, long? FirstSeq, long? LastSeq)
{
    public HourTally Merge(HourTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return this with
        {
            Records = Records + other.Records,
            Waybills = Waybills + other.Waybills,
            FirstSeq = AccessTally.MinOf(FirstSeq, other.FirstSeq),
            LastSeq = AccessTally.MaxOf(LastSeq, other.LastSeq),
        };
    }

    /// <summary>The hour as a bulk tally, once it is over the threshold.</summary>
    public AccessTally ToBulkTally() =>
        new(AccessAnomalyKind.BulkQuery, Account, Hour, Hour.AddHours(1), Records, Waybills, 1, FirstSeq, LastSeq);
}
