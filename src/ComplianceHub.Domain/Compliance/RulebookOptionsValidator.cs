using ComplianceHub.Domain.Validation;

namespace ComplianceHub.Domain.Compliance;

/// <summary>
/// Checks options bound from configuration before the rulebook uses them: a negative threshold or an inverted
/// risk band would silently switch a rule off, which is worse than refusing to start. Fields are named by their
/// configuration path under the section (e.g. <c>Access:BulkThresholdPerHour</c>).
/// </summary>
public static class RulebookOptionsValidator
{
    public static IReadOnlyList<FieldError> Validate(RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<FieldError>();
        void Require(bool ok, string field, string message)
        {
            if (!ok)
            {
                errors.Add(new FieldError(field, message));
            }
        }

        Require(options.CoverageTarget is > 0 and <= 1, "CoverageTarget", "覆盖率目标须在 (0, 1] 之间 (must be in (0, 1])");
        Require(options.MinimumSamplesForCoverage >= 1, "MinimumSamplesForCoverage", "至少 1 份样本 (must be at least 1)");
        Require(options.FalseDeclarationMinFailingSamples >= 1, "FalseDeclarationMinFailingSamples", "至少 1 (must be at least 1)");
        Require(options.FalseDeclarationMinFailingShare is > 0 and <= 1, "FalseDeclarationMinFailingShare", "须在 (0, 1] 之间 (must be in (0, 1])");
        Require(options.TrainingWindowMonths >= 1, "TrainingWindowMonths", "至少 1 个月 (must be at least 1)");
        Require(options.NewJoinerTrainingGrace >= TimeSpan.Zero, "NewJoinerTrainingGrace", "不能为负 (cannot be negative)");
        Require(options.DepartedAccountGrace >= TimeSpan.Zero, "DepartedAccountGrace", "不能为负 (cannot be negative)");
        Require(options.AccessLookback > TimeSpan.Zero, "AccessLookback", "须大于 0 (must be positive)");
        Require(options.LateReportLookback >= TimeSpan.Zero, "LateReportLookback", "不能为负 (cannot be negative)");
        Require(options.Access.BulkThresholdPerHour >= 0, "Access:BulkThresholdPerHour", "不能为负 (cannot be negative)");
        Require(options.Access.NightStarts != options.Access.NightEnds, "Access:NightEnds", "夜间时段起止不能相同 (night window cannot be empty)");
        Require(options.Access.OpenHourHorizon >= TimeSpan.FromHours(1), "Access:OpenHourHorizon", "至少 1 小时 (must be at least 1 hour)");
        Require(options.Incidents.CacDeadline > TimeSpan.Zero, "Incidents:CacDeadline", "须大于 0 (must be positive)");
        Require(options.Incidents.CacDeadlineCriticalInfrastructure > TimeSpan.Zero, "Incidents:CacDeadlineCriticalInfrastructure", "须大于 0 (must be positive)");
        Require(options.Incidents.CacDeadlineCentralStateBody > TimeSpan.Zero, "Incidents:CacDeadlineCentralStateBody", "须大于 0 (must be positive)");
        Require(
            options.Incidents.JiaodaFromRecords >= 1 && options.Incidents.JiaodaFromRecords <= options.Incidents.ZhongdaFromRecords
                && options.Incidents.ZhongdaFromRecords <= options.Incidents.TebieZhongdaFromRecords,
            "Incidents:TebieZhongdaFromRecords",
            "分级门槛须满足 1 ≤ 较大 ≤ 重大 ≤ 特别重大 (grade thresholds must satisfy 1 ≤ Jiaoda ≤ Zhongda ≤ TebieZhongda)");
        Require(Enum.IsDefined(options.Incidents.CacMinimumGrade), "Incidents:CacMinimumGrade", "事件分级无效 (not a grade)");
        Require(options.Incidents.PostalDeadline > TimeSpan.Zero, "Incidents:PostalDeadline", "须大于 0 (must be positive)");
        Require(options.Incidents.IndividualsDeadline > TimeSpan.Zero, "Incidents:IndividualsDeadline", "须大于 0 (must be positive)");
        Require(options.ProtectionOfficerThreshold >= 1, "ProtectionOfficerThreshold", "至少 1 (must be at least 1)");
        Require(options.ComplianceAuditThreshold >= 0, "ComplianceAuditThreshold", "不能为负 (cannot be negative)");
        Require(options.ComplianceAuditIntervalMonths >= 1, "ComplianceAuditIntervalMonths", "至少 1 个月 (must be at least 1)");
        Require(options.ReportingGapDays is >= 1 and <= 366, "ReportingGapDays", "须在 1 至 366 天之间 (must be 1 to 366 days)");
        Require(options.MaxSubjectsNamed >= 1, "MaxSubjectsNamed", "至少 1 (must be at least 1)");

        var score = options.Score;
        Require(
            score.LowDeduction >= 0 && score.LowDeduction <= score.MediumDeduction && score.MediumDeduction <= score.HighDeduction && score.HighDeduction <= score.CriticalDeduction,
            "Score:CriticalDeduction",
            "扣分须非负且随严重程度不减 (deductions must be non-negative and non-decreasing with severity)");
        Require(score.PerRuleCap >= 0, "Score:PerRuleCap", "不能为负 (cannot be negative)");
        Require(
            score.HighRiskBelow is >= 0 and <= ComplianceScore.Maximum && score.HighRiskBelow <= score.MediumRiskBelow && score.MediumRiskBelow <= ComplianceScore.Maximum + 1,
            "Score:MediumRiskBelow",
            "须满足 0 ≤ HighRiskBelow ≤ MediumRiskBelow ≤ 101 (need 0 ≤ HighRiskBelow ≤ MediumRiskBelow ≤ 101)");
        return errors;
    }
}
