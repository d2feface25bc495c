namespace ComplianceHub.Domain.Incidents;

/// <summary>Wire and Chinese names of <see cref="IncidentGrade"/>.</summary>
public static class IncidentGrades
{
    public static IReadOnlyList<IncidentGrade> All { get; } =
        [IncidentGrade.General, IncidentGrade.Major, IncidentGrade.Serious, IncidentGrade.Critical];

    public static string ToWireName(IncidentGrade grade) => grade switch
    {
        IncidentGrade.General => "general",
        IncidentGrade.Major => "major",
        IncidentGrade.Serious => "serious",
        IncidentGrade.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, null),
    };

    public static string ChineseName(IncidentGrade grade) => grade switch
    {
        IncidentGrade.General => "一般",
        IncidentGrade.Major => "较大",
        IncidentGrade.Serious => "重大",
        IncidentGrade.Critical => "特别重大",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, null),
    };

    /// <summary>Accepts a wire name (any letter case) or the Chinese name (一般, 较大, 重大, 特别重大).</summary>
    public static bool TryParse(string? s, out IncidentGrade grade)
    {
        var value = s?.Trim();
        foreach (var candidate in All)
        {
            if (string.Equals(value, ToWireName(candidate), StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, ChineseName(candidate), StringComparison.Ordinal))
            {
                grade = candidate;
                return true;
            }
        }

        grade = default;
        return false;
    }
}
