using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Validation;

namespace ComplianceHub.Domain.Access;

/// <summary>Checks an access-log batch line by line; errors name their JSON path (<c>records[4].at</c>).</summary>
public static class AccessLogValidator
{
    public const int MaxRecords = 100_000;

    public static IReadOnlyList<FieldError> Validate(
        IReadOnlyList<AccessLogRecord?> records, DateTimeOffset now, ValidationOptions? options = null, string path = "records")
    {
        ArgumentNullException.ThrowIfNull(records);
        options ??= ValidationOptions.Default;
        var errors = new List<FieldError>();
        if (records.Count is 0 or > MaxRecords)
        {
            errors.Add(new FieldError(path, $"每批 1–{MaxRecords} 条日志 (1–{MaxRecords} records per batch)"));
            return errors;
        }

        for (var i = 0; i < records.Count; i++)
        {
            var at = $"{path}[{i}]";
            if (records[i] is not { } record)
            {
                errors.Add(new FieldError(at, "日志不能为空 (record cannot be null)"));
                continue;
            }

            FieldRules.RequireId(record.Account, $"{at}.account", "系统账号", errors);
            FieldRules.RequireNotFutureInstant(record.At, $"{at}.at", now, options.ClockSkew, errors);
            if (!Enum.IsDefined(record.Action))
            {
                errors.Add(new FieldError($"{at}.action", "操作须为 query、print 或 export (action must be query, print or export)"));
            }

            if (!OutletCode.TryParse(record.WaybillOutlet, out _, out var outletError))
            {
                errors.Add(new FieldError($"{at}.waybillOutlet", outletError));
            }

            if (record.Count < 1 || record.Count > options.MaxAccessCount)
            {
                errors.Add(new FieldError($"{at}.count", $"运单数须为 1–{options.MaxAccessCount} (count must be 1–{options.MaxAccessCount})"));
            }
        }

        return errors;
    }
}
