namespace ComplianceHub.Reports.Samples;

/// <summary>One rendered sample: where it went, how many pages, how big, how long it took.</summary>
public sealed record SampleResult(string Path, int Pages, long Bytes, TimeSpan Elapsed);
