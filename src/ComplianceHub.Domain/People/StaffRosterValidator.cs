using ComplianceHub.Domain.Validation;

namespace ComplianceHub.Domain.People;

/// <summary>Checks a roster row by row; each error names its JSON path, e.g. <c>staff[3].leftOn</c>.</summary>
public static class StaffRosterValidator
{
    public const int MaxStaff = 100_000;

    /// <summary>An NDA's end date lies at most this far ahead; one without end is sent without <c>expiresOn</c>.</summary>
    public const int MaxNdaYearsAhead = 30;

    /// <param name="staff">The rows as received (null rows are reported, not thrown on).</param>
    /// <param name="now">The hub's clock: dates after it (beyond the skew) are rejected.</param>
    public static IReadOnlyList<FieldError> Validate(
        IReadOnlyList<StaffMember?> staff, DateTimeOffset now, ValidationOptions? options = null, string path = "staff")
    {
        ArgumentNullException.ThrowIfNull(staff);
        options ??= ValidationOptions.Default;
        var errors = new List<FieldError>();
        if (staff.Count > MaxStaff)
        {
            errors.Add(new FieldError(path, $"花名册最多 {MaxStaff} 人 (at most {MaxStaff} staff per roster)"));
            return errors;
        }

        var firstIndexById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < staff.Count; i++)
        {
            var at = $"{path}[{i}]";
            if (staff[i] is not { } member)
            {
                errors.Add(new FieldError(at, "人员不能为空 (staff entry cannot be null)"));
                continue;
            }

            ValidateMember(member, at, now, options, errors);
            if (FieldRules.IsId(member.StaffId) && !firstIndexById.TryAdd(member.StaffId, i))
            {
                var first = firstIndexById[member.StaffId];
                errors.Add(new FieldError(
                    $"{at}.staffId",
                    $"员工编号 {member.StaffId} 与 {path}[{first}] 重复 (duplicate staffId {member.StaffId}, first at {path}[{first}])"));
            }
        }

        return errors;
    }

    private static void ValidateMember(StaffMember member, string at, DateTimeOffset now, ValidationOptions options, List<FieldError> errors)
    {
        var skew = options.ClockSkew;
        FieldRules.RequireId(member.StaffId, $"{at}.staffId", "员工编号", errors);
        FieldRules.RequireText(member.Role, $"{at}.role", "岗位", errors);
        if (member.Account is not null)
        {
            FieldRules.RequireId(member.Account, $"{at}.account", "系统账号", errors);
        }

        FieldRules.RequireNotFutureDate(member.JoinedOn, $"{at}.joinedOn", now, skew, errors);
        if (member.LeftOn is { } left)
        {
            FieldRules.RequireNotFutureDate(left, $"{at}.leftOn", now, skew, errors);
            if (left < member.JoinedOn)
            {
                errors.Add(new FieldError(
                    $"{at}.leftOn",
                    $"离职日期 {left:yyyy-MM-dd} 早于入职日期 {member.JoinedOn:yyyy-MM-dd} (left before joined)"));
            }
        }

        if (member.AccountClosedAt is { } closed)
        {
            FieldRules.RequireNotFutureInstant(closed, $"{at}.accountClosedAt", now, skew, errors);
            if (member.Account is null)
            {
                errors.Add(new FieldError(
                    $"{at}.accountClosedAt",
                    "未填写系统账号却填写了销号时间 (accountClosedAt given without an account)"));
            }
        }

        if (member.Nda is { } nda)
        {
            FieldRules.RequireNotFutureDate(nda.SignedOn, $"{at}.nda.signedOn", now, skew, errors);
            if (nda.ExpiresOn is { } ends)
            {
                FieldRules.RequireDateWithin(ends, $"{at}.nda.expiresOn", now, MaxNdaYearsAhead, errors);
            }

            if (nda.ExpiresOn is { } expires && expires < nda.SignedOn)
            {
                errors.Add(new FieldError(
                    $"{at}.nda.expiresOn",
                    $"保密协议到期日 {expires:yyyy-MM-dd} 早于签署日 {nda.SignedOn:yyyy-MM-dd} (NDA expires before it was signed)"));
            }
        }
    }
}
