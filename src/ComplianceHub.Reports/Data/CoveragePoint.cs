namespace ComplianceHub.Reports.Data;

/// <summary>One day of a coverage trend: declared and sample-verified masked share, 0–1 (null: no data that day).</summary>
public sealed record CoveragePoint(DateOnly Day, double? Declared, double? Verified);
