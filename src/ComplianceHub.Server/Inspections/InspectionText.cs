using ComplianceHub.Server.Http;

namespace ComplianceHub.Server.Inspections;

/// <summary>The free-text rules of inspection requests: bounded length, no control or invisible format characters.</summary>
public static class InspectionText
{
    public const int MaxText = 2000;

    public const int MaxNote = 500;

    /// <summary>Adds an error naming <paramref name="field"/> when the text is missing (if required), too long or carries control characters.</summary>
    public static void Check(ProblemErrors errors, string field, string? value, int max, bool required)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required || value is not null)
            {
                errors.Add(field, $"{field} 必填且不能为空白 ({field} is required and may not be blank)");
            }

            return;
        }

        if (value.Length > max)
        {
            errors.Add(field, $"最多 {max} 个字符 (at most {max} characters)");
        }

        if (TextRules.HasControlCharacters(value))
        {
            errors.Add(field, "不能包含控制字符或不可见格式字符 (control or invisible format characters are not allowed)");
        }
    }

    public static bool IsSha256(string? value) => value is { Length: 64 } && value.All(char.IsAsciiHexDigitLower);
}
