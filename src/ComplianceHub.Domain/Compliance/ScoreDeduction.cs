namespace ComplianceHub.Domain.Compliance;

/// <summary>What one finding took off the score, and why it was less than its weight if it was.</summary>
/// <param name="FindingKey">The <see cref="Finding.Key"/> this deduction traces to.</param>
/// <param name="Nominal">The weight of the finding's severity.</param>
/// <param name="Applied">What was actually taken off, after the per-rule cap and the floor at 0.</param>
/// <param name="Note">Why <paramref name="Applied"/> is below <paramref name="Nominal"/>, in Chinese and English; empty when it is not.</param>
public sealed record ScoreDeduction(string FindingKey, string RuleId, string? Subject, FindingSeverity Severity, int Nominal, int Applied, string Note);
