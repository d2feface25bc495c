using System.Diagnostics.CodeAnalysis;
using ComplianceHub.Domain.Time;

namespace ComplianceHub.Domain.Validation;

/// <summary>Checks shared by every validator in the domain, so identical input gets identical wording.</summary>
public static class FieldRules
{
    public const int MaxIdLength = 64;

    public const int MaxTextLength = 200;

    /// <summary>How far ahead a deadline or planned date may lie (5 years: no order or plan runs longer).</summary>
    public const int MaxYearsAhead = 5;

    /// <summary>Dates before this are typing mistakes, not history: the express industry's systems are younger.</summary>
    public static readonly DateOnly EarliestDate = new(1990, 1, 1);

    /// <summary>
    /// Ids are the enterprise's own pseudonymous keys (staffId, account, incidentId, batchId): letters, digits
    /// and <c>. _ : -</c> only, so they are safe in storage keys and can never smuggle a name or phone
    /// number with spaces or CJK characters into the hub.
    /// </summary>
    public static bool IsId([NotNullWhen(true)] string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxIdLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or ':' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The one id rule: present, 1–64 of <c>[A-Za-z0-9._:-]</c>, and no mobile or identity number inside it
    /// (ids are stored in keys and the permanent log). Null when the id is acceptable.
    /// </summary>
    public static FieldError? CheckId(string? value, string field, string zhName) =>
        !IsId(value)
            ? new FieldError(field, $"{zhName}必填，1–{MaxIdLength} 位字母、数字或 . _ : - ({field} is required: 1–{MaxIdLength} of letters, digits . _ : -)")
            : PersonalData.Find(value) != PersonalDataKind.None
                ? new FieldError(field, TextRules.PersonalDataMessage)
                : null;

    /// <summary>
    /// The one free-text rule: present unless optional, not blank, at most <paramref name="maxLength"/> characters, no
    /// control or invisible characters, no mobile or identity number. The message never quotes the text.
    /// </summary>
    public static FieldError? CheckText(string? value, string field, string zhName, int maxLength = MaxTextLength, bool required = true)
    {
        if (value is null && !required)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return new FieldError(field, $"{zhName}必填且不能为空白 ({field} is required and may not be blank)");
        }

        if (value.Length > maxLength)
        {
            return new FieldError(field, $"{zhName}不超过 {maxLength} 字符 ({field}: at most {maxLength} characters)");
        }

        return TextRules.Problem(value) is { } problem ? new FieldError(field, problem) : null;
    }

    public static void RequireId(string? value, string field, string zhName, List<FieldError> errors) =>
        AddIfAny(errors, CheckId(value, field, zhName));

    public static void RequireText(string? value, string field, string zhName, List<FieldError> errors) =>
        AddIfAny(errors, CheckText(value, field, zhName));

    /// <summary>
    /// A forward-looking date (a deadline, a planned day) lies between <see cref="EarliestDate"/> and
    /// <paramref name="yearsAhead"/> years after today: anything further is a typing error, and a date near
    /// <see cref="DateOnly.MaxValue"/> would overflow every calculation that reads it later.
    /// </summary>
    public static void RequireDateWithin(DateOnly value, string field, DateTimeOffset now, int yearsAhead, List<FieldError> errors)
    {
        var latest = ChinaTime.DateOf(now).AddYears(yearsAhead);
        if (value < EarliestDate || value > latest)
        {
            errors.Add(new FieldError(
                field,
                $"日期须在 {EarliestDate:yyyy-MM-dd} 至 {latest:yyyy-MM-dd} 之间 ({field} must be between {EarliestDate:yyyy-MM-dd} and {latest:yyyy-MM-dd})"));
        }
    }

    private static void AddIfAny(List<FieldError> errors, FieldError? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }

    /// <summary>A calendar date (China time) may not lie after today, allowing the clock skew at midnight.</summary>
    public static void RequireNotFutureDate(DateOnly value, string field, DateTimeOffset now, TimeSpan skew, List<FieldError> errors)
    {
        var latest = ChinaTime.DateOf(now + skew);
        if (value > latest)
        {
            errors.Add(new FieldError(field, $"日期 {value:yyyy-MM-dd} 晚于今天 ({field} {value:yyyy-MM-dd} is in the future)"));
        }
        else if (value < EarliestDate)
        {
            errors.Add(new FieldError(field, $"日期不能早于 {EarliestDate:yyyy-MM-dd} ({field} is before {EarliestDate:yyyy-MM-dd})"));
        }
    }

    /// <summary>An instant may not lie after <paramref name="now"/> by more than the allowed clock skew.</summary>
    public static void RequireNotFutureInstant(DateTimeOffset value, string field, DateTimeOffset now, TimeSpan skew, List<FieldError> errors)
    {
        if (value > now + skew)
        {
            errors.Add(new FieldError(
                field,
                $"时间 {value:O} 晚于当前时间（允许误差 {skew.TotalMinutes:0} 分钟）({field} is in the future beyond the allowed clock skew of {skew.TotalMinutes:0} min)"));
        }
        else if (value < new DateTimeOffset(EarliestDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
        {
            errors.Add(new FieldError(field, $"时间不能早于 {EarliestDate:yyyy-MM-dd} ({field} is before {EarliestDate:yyyy-MM-dd})"));
        }
    }
}
