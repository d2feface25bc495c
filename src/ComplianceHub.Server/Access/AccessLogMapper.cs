using ComplianceHub.Domain.Access;
using ComplianceHub.Domain.Validation;
using ComplianceHub.Server.Http;

namespace ComplianceHub.Server.Access;

/// <summary>Turns an access-log batch request into domain records, or names every bad field.</summary>
public static class AccessLogMapper
{
    public static IReadOnlyList<AccessLogRecord>? ToRecords(AccessLogBatchRequest request, DateTimeOffset now, ValidationOptions options, ProblemErrors errors)
    {
        errors.Add(FieldRules.CheckId(request.BatchId, "batchId", "批次号"));

        if (request.Records is not { } rows)
        {
            errors.Add("records", "日志记录必填 (records is required)");
            return null;
        }

        var records = new List<AccessLogRecord?>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            records.Add(ToRecord(rows[i], $"records[{i}]", errors));
        }

        if (errors.Any)
        {
            return null;
        }

        errors.AddRange(AccessLogValidator.Validate(records, now, options));

        return errors.Any ? null : records.Select(r => r!).ToList();
    }

    private static AccessLogRecord? ToRecord(AccessLogRequest? row, string path, ProblemErrors errors)
    {
        if (row is null)
        {
            errors.Add(path, "不能为空 (must be an object, not null)");
            return null;
        }

        var ok = true;
        if (row.At is null)
        {
            errors.Add($"{path}.at", "时间必填 (at is required, ISO 8601 with offset)");
            ok = false;
        }

        if (!AccessActions.TryParse(row.Action, out var action))
        {
            errors.Add($"{path}.action", "操作类型未知，可选 query, print, export (unknown action)");
            ok = false;
        }

        if (row.Count is null)
        {
            errors.Add($"{path}.count", "运单数必填 (count is required)");
            ok = false;
        }

        return ok ? new AccessLogRecord(row.Account ?? "", row.At!.Value, action, row.WaybillOutlet ?? "", row.Count!.Value) : null;
    }
}
