namespace ComplianceHub.Reports.Data;

/// <summary>One row of the annex: an enterprise's problem, when regulators could see it, their first read and action, the gap.</summary>
public sealed record InactionRow(
    string Enterprise, string What, string Title, DateTimeOffset VisibleSince, DateTimeOffset? FirstRead, DateTimeOffset? FirstAction,
    DateTimeOffset? ClearedAt, double DaysWithoutAction, bool StillWithoutAction, long? FirstActionSeq);
