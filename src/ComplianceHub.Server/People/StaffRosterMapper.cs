using ComplianceHub.Domain.People;
using ComplianceHub.Domain.Validation;
using ComplianceHub.Server.Http;

namespace ComplianceHub.Server.People;

/// <summary>Turns a roster request into the domain roster, or names every field that is missing or wrong.</summary>
public static class StaffRosterMapper
{
    public static StaffRoster? ToRoster(StaffRosterRequest request, DateTimeOffset now, ValidationOptions options, ProblemErrors errors)
    {
        errors.Add(FieldRules.CheckId(request.BatchId, "batchId", "批次号"));

        if (request.AsOf is not { } asOf)
        {
            errors.Add("asOf", "导出时间必填 (asOf is required, ISO 8601 with offset)");
        }
        else
        {
            var bounds = new List<FieldError>();
            FieldRules.RequireNotFutureInstant(asOf, "asOf", now, options.ClockSkew, bounds);
            errors.AddRange(bounds);
        }

        if (request.Staff is not { } rows)
        {
            errors.Add("staff", "人员名单必填 (staff is required; send [] for none)");
            return null;
        }

        var staff = new List<StaffMember?>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            staff.Add(ToMember(rows[i], $"staff[{i}]", errors));
        }

        if (errors.Any)
        {
            return null;
        }

        errors.AddRange(StaffRosterValidator.Validate(staff, now, options));

        return errors.Any ? null : new StaffRoster(request.AsOf!.Value, staff.Select(s => s!).ToList());
    }

    private static StaffMember? ToMember(StaffMemberRequest? row, string path, ProblemErrors errors)
    {
        if (row is null)
        {
            errors.Add(path, "不能为空 (must be an object, not null)");
            return null;
        }

        var before = errors.Any;
        var missing = new List<string>();
        if (row.JoinedOn is null)
        {
            missing.Add("joinedOn");
        }

        if (row.HandlesPersonalInfo is null)
        {
            missing.Add("handlesPersonalInfo");
        }

        foreach (var field in missing)
        {
            errors.Add($"{path}.{field}", "必填 (required)");
        }

        if (row.Nda is { SignedOn: null })
        {
            errors.Add($"{path}.nda.signedOn", "保密协议签订日期必填 (required when nda is given)");
        }

        if (missing.Count > 0 || (errors.Any && !before))
        {
            return null;
        }

        return new StaffMember(
            row.StaffId ?? "", row.Role ?? "", string.IsNullOrWhiteSpace(row.Account) ? null : row.Account, row.JoinedOn!.Value, row.LeftOn,
            row.AccountClosedAt, row.Nda is { SignedOn: { } signed } nda ? new Nda(signed, nda.ExpiresOn) : null,
            row.HandlesPersonalInfo!.Value, row.Crowdsourced ?? false);
    }
}
