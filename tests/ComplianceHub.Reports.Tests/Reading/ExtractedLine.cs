namespace ComplianceHub.Reports.Tests.Reading;

/// <summary>A line of text as a PDF reader sees it: letters sharing a baseline, left to right.</summary>
public sealed record ExtractedLine(int Page, double Baseline, string Text);
