using ComplianceHub.Domain.Validation;

namespace ComplianceHub.Domain.Incidents;

/// <summary>Checks an incident as created or patched; errors name their JSON field.</summary>
public static class IncidentValidator
{
    /// <summary>More records than this (over the world's population) is a typing error; the bound keeps sums far from overflow.</summary>
    public const long MaxRecordsAffected = 10_000_000_000;

    public static IReadOnlyList<FieldError> Validate(Incident incident, DateTimeOffset now, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        options ??= ValidationOptions.Default;
        var errors = new List<FieldError>();
        FieldRules.RequireId(incident.IncidentId, "incidentId", "事件编号", errors);
        if (!Enum.IsDefined(incident.Kind))
        {
            errors.Add(new FieldError("kind", "事件类型无效 (kind must be leak, trojan, label-photography, account-misuse, lost-waybills or other)"));
        }

        if (!Enum.IsDefined(incident.Grade))
        {
            errors.Add(new FieldError("grade", IncidentGrades.ExpectedForms));
        }

        if (incident.RecordsAffected is < 0 or > MaxRecordsAffected)
        {
            errors.Add(new FieldError("recordsAffected", $"涉及记录数须在 0 到 {MaxRecordsAffected:N0} 之间 (recordsAffected must be 0 to {MaxRecordsAffected:N0})"));
        }

        FieldRules.RequireNotFutureInstant(incident.DetectedAt, "detectedAt", now, options.ClockSkew, errors);
        Later(incident.ReportedToPostalAt, "reportedToPostalAt", "向邮政管理部门报告时间", incident, now, options, errors);
        Later(incident.ReportedToCacAt, "reportedToCacAt", "网络安全事件报告时间", incident, now, options, errors);
        Later(incident.IndividualsNotifiedAt, "individualsNotifiedAt", "通知个人时间", incident, now, options, errors);
        Later(incident.ContainedAt, "containedAt", "处置完成时间", incident, now, options, errors);
        Later(incident.ClosedAt, "closedAt", "结案时间", incident, now, options, errors);
        if (incident is { ContainedAt: { } contained, ClosedAt: { } closed } && closed < contained)
        {
            errors.Add(new FieldError("closedAt", "结案时间早于处置完成时间 (closedAt is before containedAt)"));
        }

        return errors;
    }

    /// <summary>Every follow-up happens after detection and not in the future.</summary>
    private static void Later(DateTimeOffset? value, string field, string zhName, Incident incident, DateTimeOffset now, ValidationOptions options, List<FieldError> errors)
    {
        if (value is not { } at)
        {
            return;
        }

        if (at < incident.DetectedAt)
        {
            errors.Add(new FieldError(field, $"{zhName}早于发现时间 ({field} is before detectedAt)"));
        }
        else
        {
            FieldRules.RequireNotFutureInstant(at, field, now, options.ClockSkew, errors);
        }
    }
}
