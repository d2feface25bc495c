namespace ComplianceHub.Domain.Incidents;

/// <summary>Wire and Chinese names of <see cref="IncidentGrade"/>.</summary>
public static class IncidentGrades
{
    private static readonly WireNames<IncidentGrade> Names = new(
        (IncidentGrade.General, "general", "一般"),
        (IncidentGrade.Major, "major", "较大"),
        (IncidentGrade.Serious, "serious", "重大"),
        (IncidentGrade.Critical, "critical", "特别重大"));

    public static IReadOnlyList<IncidentGrade> All => Names.All;

    public static string ToWireName(IncidentGrade grade) => Names.ToWireName(grade);

    public static string ChineseName(IncidentGrade grade) => Names.ChineseName(grade);

    /// <summary>Accepts a wire name (any letter case) or the Chinese name (一般, 较大, 重大, 特别重大).</summary>
    public static bool TryParse(string? s, out IncidentGrade grade) => Names.TryParse(s, out grade);
}
