namespace ComplianceHub.Domain.Access;

/// <summary>
/// Everything seen so far of one anomaly kind for one account, in constant space: counts, the window it spans
/// and the evidence entries of the first and last batch that showed it.
/// </summary>
/// <param name="From">Earliest offending record (for bulk: start of the first offending hour).</param>
/// <param name="To">Latest offending record (for bulk: end of the last offending hour).</param>
/// <param name="Records">Offending log lines.</param>
/// <param name="Waybills">Waybills those lines covered.</param>
/// <param name="Hours">Offending clock hours (bulk only; 0 for the other kinds).</param>
/// <param name="FirstSeq">Evidence seq of the earliest batch that showed it, when known.</param>
/// <param name="LastSeq">Evidence seq of the latest batch that showed it, when known.</param>
public sealed record AccessTally(
    AccessAnomalyKind Kind,
    string Account,
    DateTimeOffset From,
    DateTimeOffset To,
    long Records,
    long Waybills,
    int Hours,
    long? FirstSeq,
    long? LastSeq)
{
    public AccessTally Merge(AccessTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return this with
        {
            From = From <= other.From ? From : other.From,
            To = To >= other.To ? To : other.To,
            Records = Records + other.Records,
            Waybills = Waybills + other.Waybills,
            Hours = Hours + other.Hours,
            FirstSeq = MinOf(FirstSeq, other.FirstSeq),
            LastSeq = MaxOf(LastSeq, other.LastSeq),
        };
    }

    internal static long? MinOf(long? a, long? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    internal static long? MaxOf(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
