using ComplianceHub.Domain.Validation;
using ComplianceHub.Server.Http;

namespace ComplianceHub.Server.Inspections;

/// <summary>The free-text rules of inspection requests: bounded length, no control or invisible format characters.</summary>
public static class InspectionText
{
    public const int MaxText = 2000;

    public const int MaxNote = 500;

    /// <summary>
    /// Adds an error naming <paramref name="field"/> when the text is missing (if required), blank, too long, or carries
    /// control characters or personal data (the shared rule of <see cref="FieldRules.CheckText"/>).
    /// </summary>
    public static void Check(ProblemErrors errors, string field, string? value, int max, bool required)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Add(FieldRules.CheckText(value, field, field, max, required));
    }

    public static bool IsSha256(string? value) => value is { Length: 64 } && value.All(char.IsAsciiHexDigitLower);
}
