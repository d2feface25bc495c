using ComplianceHub.Domain.Compliance;

namespace ComplianceHub.Grains.Compliance;

/// <summary>
/// Configuration section <c>Compliance</c>: the rulebook's thresholds (<c>Compliance:Rulebook:*</c>)
/// and how much label history the coverage rules read. Changing them changes findings, not code.
/// </summary>
public sealed class ComplianceOptions
{
    public const string SectionName = "Compliance";

    /// <summary>Coverage and false declarations are judged over the last this many days of label batches.</summary>
    public int LabelWindowDays { get; set; } = 30;

    /// <summary>
    /// <c>Compliance:ReportingGapDays</c>: days without a label batch before 数据报送中断 (the rulebook's default is 7).
    /// Operators set it beside the window; when set, configuration copies it into <see cref="Rulebook"/>, which is
    /// all the rules read.
    /// </summary>
    public int? ReportingGapDays { get; set; }

    /// <summary>
    /// A fresh instance, never <see cref="RulebookOptions.Default"/>: configuration binding writes into the
    /// object it finds, and must not rewrite the shared defaults.
    /// </summary>
    public RulebookOptions Rulebook { get; set; } = new();
}
