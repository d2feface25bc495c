using ComplianceHub.Domain.Validation;

namespace ComplianceHub.Domain.People;

/// <summary>Checks a training upload; errors name their JSON path (<c>staffIds[2]</c>, <c>hours</c>…).</summary>
public static class TrainingSessionValidator
{
    public const int MaxAttendees = 100_000;

    /// <param name="roster">When given, attendees must be on it: training a staffId nobody knows proves nothing.</param>
    public static IReadOnlyList<FieldError> Validate(
        TrainingSession session, DateTimeOffset now, StaffRoster? roster = null, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        options ??= ValidationOptions.Default;
        var errors = new List<FieldError>();
        FieldRules.RequireId(session.BatchId, "batchId", "批次号", errors);
        FieldRules.RequireNotFutureDate(session.HeldOn, "heldOn", now, options.ClockSkew, errors);
        FieldRules.RequireText(session.Topic, "topic", "培训主题", errors);
        if (session.Hours <= 0 || session.Hours > options.MaxTrainingHours)
        {
            errors.Add(new FieldError(
                "hours",
                $"培训时长须大于 0 且不超过 {options.MaxTrainingHours} 小时 (hours must be > 0 and ≤ {options.MaxTrainingHours})"));
        }

        ValidateAttendees(session.StaffIds, roster, errors);
        return errors;
    }

    private static void ValidateAttendees(IReadOnlyList<string?>? staffIds, StaffRoster? roster, List<FieldError> errors)
    {
        if (staffIds is null || staffIds.Count == 0 || staffIds.Count > MaxAttendees)
        {
            errors.Add(new FieldError("staffIds", $"参训人员必填，1–{MaxAttendees} 人 (staffIds: 1–{MaxAttendees} attendees required)"));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < staffIds.Count; i++)
        {
            var id = staffIds[i];
            var at = $"staffIds[{i}]";
            if (!FieldRules.IsId(id))
            {
                FieldRules.RequireId(id, at, "员工编号", errors);
            }
            else if (!seen.Add(id))
            {
                errors.Add(new FieldError(at, $"员工编号 {id} 重复 (duplicate staffId {id})"));
            }
            else if (roster is not null && roster.Find(id) is null)
            {
                errors.Add(new FieldError(at, $"花名册中没有员工 {id} (staffId {id} is not on the roster)"));
            }
        }
    }
}
