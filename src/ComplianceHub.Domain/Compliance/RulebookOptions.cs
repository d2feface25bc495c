using ComplianceHub.Domain.Access;
using ComplianceHub.Domain.Incidents;

namespace ComplianceHub.Domain.Compliance;

/// <summary>
/// Every threshold the rules apply. The rules read them from here and nowhere else, so a regulator's change
/// of policy (a stricter bulk limit, a shorter grace) is configuration, not a code change.
/// </summary>
public sealed record RulebookOptions
{
    public static RulebookOptions Default { get; } = new();

    /// <summary>L1: the share of waybills that must be masked, declared and verified.</summary>
    public double CoverageTarget { get; init; } = 1.0;

    /// <summary>Verified coverage is judged only on at least this many samples; fewer prove little either way.</summary>
    public long MinimumSamplesForCoverage { get; init; } = 1;

    /// <summary>
    /// A batch declared fully masked is a false declaration (虚报) only with at least this many failing samples, and
    /// <see cref="FalseDeclarationMinFailingShare"/> of its samples failing; below both it is a mismatch (申报与抽检不符),
    /// a risk lead: one failing sample is not intent.
    /// </summary>
    public long FalseDeclarationMinFailingSamples { get; init; } = 3;

    /// <summary>The failing share of a batch's samples that, with enough failing samples, makes its declaration false.</summary>
    public double FalseDeclarationMinFailingShare { get; init; } = 0.05;

    /// <summary>L3: staff handling personal information are trained at least once in this many months.</summary>
    public int TrainingWindowMonths { get; init; } = 12;

    /// <summary>A new joiner has this long to attend a first training.</summary>
    public TimeSpan NewJoinerTrainingGrace { get; init; } = TimeSpan.FromDays(30);

    /// <summary>L4: a departed holder's account is closed within this long after departure.</summary>
    public TimeSpan DepartedAccountGrace { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Access detections whose window ended longer ago than this no longer count as findings (history keeps them).</summary>
    public TimeSpan AccessLookback { get; init; } = TimeSpan.FromDays(90);

    /// <summary>
    /// Access anomaly thresholds: bulk per hour, night window, actions counted. Nested options are fresh
    /// instances, not the shared <c>Default</c>s, because configuration binding writes into what it finds.
    /// </summary>
    public AccessDetectionOptions Access { get; init; } = new();

    /// <summary>L7 reporting deadlines.</summary>
    public IncidentClockOptions Incidents { get; init; } = new();

    /// <summary>A duty met late stays a finding for this long after it was met.</summary>
    public TimeSpan LateReportLookback { get; init; } = TimeSpan.FromDays(365);

    /// <summary>L8: from this many individuals a PI-protection officer must be filed.</summary>
    public long ProtectionOfficerThreshold { get; init; } = 1_000_000;

    /// <summary>L9: above this many individuals a compliance audit is due every <see cref="ComplianceAuditIntervalMonths"/>.</summary>
    public long ComplianceAuditThreshold { get; init; } = 10_000_000;

    public int ComplianceAuditIntervalMonths { get; init; } = 24;

    /// <summary>At most this many staff ids or accounts are named in one summary; the count is always complete.</summary>
    public int MaxSubjectsNamed { get; init; } = 20;

    /// <summary>
    /// L1: an enterprise that prints labels and has sent no label batch for this many days is a risk lead (数据报送中断):
    /// without data its coverage cannot be verified, and silence must not look like compliance. Bound from
    /// <c>Compliance:ReportingGapDays</c>.
    /// </summary>
    public int ReportingGapDays { get; init; } = 7;

    /// <summary>How findings turn into a score and a risk level.</summary>
    public ScoreOptions Score { get; init; } = new();
}
