namespace ComplianceHub.Domain.Access;

/// <summary>One account showing one anomaly: what a finding is made of (account, window, counts, evidence).</summary>
public sealed record AccessDetection(
    AccessAnomalyKind Kind,
    string Account,
    DateTimeOffset From,
    DateTimeOffset To,
    long Records,
    long Waybills,
    int Hours,
    IReadOnlyList<long> EvidenceSeqs)
{
    internal static AccessDetection Of(AccessTally tally) => new(
        tally.Kind,
        tally.Account,
        tally.From,
        tally.To,
        tally.Records,
        tally.Waybills,
        tally.Hours,
        new[] { tally.FirstSeq, tally.LastSeq }.OfType<long>().Distinct().ToList());
}
