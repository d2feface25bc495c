namespace ComplianceHub.Domain.Compliance;

/// <summary>The weights and cut-offs of <see cref="ComplianceScore"/>; configuration, so policy can tune them.</summary>
public sealed record ScoreOptions
{
    public static ScoreOptions Default { get; } = new();

    public int LowDeduction { get; init; } = 2;

    public int MediumDeduction { get; init; } = 5;

    public int HighDeduction { get; init; } = 10;

    public int CriticalDeduction { get; init; } = 20;

    /// <summary>
    /// The most one rule can take off, however many subjects break it: fifty accounts querying at night are one
    /// failing control, and should not alone outweigh every other duty.
    /// </summary>
    public int PerRuleCap { get; init; } = 30;

    /// <summary>Scores below this are high risk.</summary>
    public int HighRiskBelow { get; init; } = 60;

    /// <summary>Scores below this (and not high) are medium risk.</summary>
    public int MediumRiskBelow { get; init; } = 85;

    /// <summary>Any open critical finding makes the risk high whatever the score (e.g. a live unreported leak).</summary>
    public bool CriticalFindingMeansHighRisk { get; init; } = true;

    /// <summary>Any open high finding makes the risk at least medium.</summary>
    public bool HighFindingMeansAtLeastMediumRisk { get; init; } = true;

    /// <summary>
    /// Whether risk leads (<see cref="RuleBasis.RiskLead"/>: night queries, bulk queries…) take points off and raise
    /// the risk level. Off by default: a lead is shown and ranked with the rest, but breaks no duty by itself.
    /// </summary>
    public bool RiskLeadsDeduct { get; init; }

    public int DeductionFor(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Low => LowDeduction,
        FindingSeverity.Medium => MediumDeduction,
        FindingSeverity.High => HighDeduction,
        FindingSeverity.Critical => CriticalDeduction,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };
}
