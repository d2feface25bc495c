namespace ComplianceHub.Reports.Data;

/// <summary>One evidence entry on the timeline: its number, time, source (who recorded it), kind in Chinese, entry hash.</summary>
public sealed record EvidenceListItem(long Seq, DateTimeOffset Time, string Source, string Kind, string Hash);
