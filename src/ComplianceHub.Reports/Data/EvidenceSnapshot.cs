namespace ComplianceHub.Reports.Data;

/// <summary>
/// The evidence-log head the report's data was read at: anyone holding the log can check the report
/// shows the state as of entry <see cref="HeadSeq"/> and not a later or earlier one.
/// </summary>
/// <param name="HeadSeq">Sequence number of the last evidence entry included.</param>
/// <param name="HeadHash">Hash of that entry (hex), which chains every entry before it.</param>
public sealed record EvidenceSnapshot(long HeadSeq, string HeadHash);
