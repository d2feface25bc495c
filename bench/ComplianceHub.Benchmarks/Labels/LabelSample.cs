namespace ComplianceHub.Benchmarks.Labels;

/// <summary>One printed party of a waybill, as the checkers see it.</summary>
public sealed record LabelSample(string Name, string Phone, string Address);
