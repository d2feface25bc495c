namespace ComplianceHub.Domain.Rollups;

/// <summary>One reason an enterprise ranks where it does, with the points it contributed.</summary>
/// <param name="Code">Stable machine name: score, overdue-orders, never-inspected, since-inspection, recent-incident, volume.</param>
/// <param name="Text">Chinese, then English: "评分 42（高风险） / score 42 (high risk)".</param>
public sealed record PriorityReason(string Code, double Points, string Text);
