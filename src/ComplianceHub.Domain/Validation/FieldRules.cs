using System.Diagnostics.CodeAnalysis;
using ComplianceHub.Domain.Time;

namespace ComplianceHub.Domain.Validation;

/// <summary>Checks shared by every validator in the domain, so identical input gets identical wording.</summary>
public static class FieldRules
{
    public const int MaxIdLength = 64;

    public const int MaxTextLength = 200;

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

    public static void RequireId(string? value, string field, string zhName, List<FieldError> errors)
    {
        if (!IsId(value))
        {
            errors.Add(new FieldError(
                field,
                $"{zhName}必填，1–{MaxIdLength} 位字母、数字或 . _ : - ({field} is required: 1–{MaxIdLength} of letters, digits . _ : -)"));
        }
    }

    public static void RequireText(string? value, string field, string zhName, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxTextLength || value.Any(char.IsControl))
        {
            errors.Add(new FieldError(
                field,
                $"{zhName}必填，不超过 {MaxTextLength} 字符且无控制字符 ({field} is required, at most {MaxTextLength} characters, no control characters)"));
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
