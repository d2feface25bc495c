namespace ComplianceHub.Domain.Compliance;

/// <summary>A score, its risk level, and the deductions that explain it: <c>Score == 100 - Σ Applied</c>.</summary>
public sealed record ComplianceScoreResult(int Score, RiskLevel Risk, IReadOnlyList<ScoreDeduction> Deductions);
