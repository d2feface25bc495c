namespace ComplianceHub.Cli.Labels;

/// <summary>What a check run did: the summary of the lines checked, and the line error it stopped at, if any.</summary>
/// <param name="Error"><c>line N: reason</c>, or null when every line was checked.</param>
internal sealed record LabelCheckOutcome(LabelCheckSummary Summary, string? Error);
