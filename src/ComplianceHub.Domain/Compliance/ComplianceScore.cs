using System.Globalization;

namespace ComplianceHub.Domain.Compliance;

/// <summary>
/// Turns findings into a 0–100 score and a risk level, every point traceable to a finding.
/// </summary>
/// <remarks>
/// <para>The formula:</para>
/// <list type="number">
/// <item>Start from 100.</item>
/// <item>Each finding weighs the deduction of its severity (<see cref="ScoreOptions"/>: low 2, medium 5,
/// high 10, critical 20 by default).</item>
/// <item>A finding under a risk lead (<see cref="RuleBasis.RiskLead"/>) takes 0 and leaves the risk level alone,
/// unless <see cref="ScoreOptions.RiskLeadsDeduct"/> is set: it is listed, ranked by severity, with its note.</item>
/// <item>Findings are taken most severe first (then by rule, subject, condition, so the order is stable);
/// within one rule the deductions stop at <see cref="ScoreOptions.PerRuleCap"/> (30): the finding that
/// reaches the cap is cut to what is left of it, later ones of that rule take 0.</item>
/// <item>The score never goes below 0: the deduction that reaches 0 is cut the same way, later ones take 0.</item>
/// <item>Score = 100 − Σ applied deductions, exactly; each deduction names its finding's key.</item>
/// <item>Risk: 高 (high) below <see cref="ScoreOptions.HighRiskBelow"/> (60) or with any critical finding;
/// 中 (medium) below <see cref="ScoreOptions.MediumRiskBelow"/> (85) or with any high finding; else 低 (low).</item>
/// </list>
/// <para>Adding a finding never raises the score nor lowers the risk level: every step is monotone.</para>
/// </remarks>
public static class ComplianceScore
{
    public const int Maximum = 100;

    public static ComplianceScoreResult Compute(IEnumerable<Finding> findings, ScoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(findings);
        options ??= ScoreOptions.Default;

        var ordered = findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Subject, StringComparer.Ordinal)
            .ThenBy(f => f.Condition, StringComparer.Ordinal)
            .ToList();

        var takenByRule = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        var deductions = new List<ScoreDeduction>(ordered.Count);
        foreach (var finding in ordered)
        {
            var nominal = options.DeductionFor(finding.Severity);
            if (!Counts(finding, options))
            {
                deductions.Add(new ScoreDeduction(finding.Key, finding.RuleId, finding.Subject, finding.Severity, nominal, 0, RiskLeadNote));
                continue;
            }

            var ruleTaken = takenByRule.GetValueOrDefault(finding.RuleId);
            var applied = Math.Min(nominal, Math.Max(0, options.PerRuleCap - ruleTaken));
            var note = applied < nominal
                ? string.Create(CultureInfo.InvariantCulture, $"本规则扣分已达上限 {options.PerRuleCap} 分 (rule cap of {options.PerRuleCap} reached)")
                : string.Empty;
            if (total + applied > Maximum)
            {
                applied = Maximum - total;
                note = "总分已扣至 0 分 (score floored at 0)";
            }

            takenByRule[finding.RuleId] = ruleTaken + applied;
            total += applied;
            deductions.Add(new ScoreDeduction(finding.Key, finding.RuleId, finding.Subject, finding.Severity, nominal, applied, note));
        }

        var score = Maximum - total;
        return new ComplianceScoreResult(score, RiskOf(score, ordered.Where(f => Counts(f, options)).ToList(), options), deductions);
    }

    /// <summary>Why a risk lead took nothing off.</summary>
    public const string RiskLeadNote = "风险线索，不扣分 (risk lead: no deduction unless configured)";

    /// <summary>Whether the finding weighs on the score and the risk level: every finding but a risk lead, unless leads are configured to count.</summary>
    public static bool Counts(Finding finding, ScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(options);
        return options.RiskLeadsDeduct || ComplianceRules.Find(finding.RuleId)?.Basis != RuleBasis.RiskLead;
    }

    private static RiskLevel RiskOf(int score, List<Finding> findings, ScoreOptions options)
    {
        if (score < options.HighRiskBelow || (options.CriticalFindingMeansHighRisk && findings.Any(f => f.Severity == FindingSeverity.Critical)))
        {
            return RiskLevel.High;
        }

        return score < options.MediumRiskBelow || (options.HighFindingMeansAtLeastMediumRisk && findings.Any(f => f.Severity == FindingSeverity.High))
            ? RiskLevel.Medium
            : RiskLevel.Low;
    }
}
