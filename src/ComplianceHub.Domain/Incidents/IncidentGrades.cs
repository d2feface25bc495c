namespace ComplianceHub.Domain.Incidents;

/// <summary>
/// Wire and Chinese names of <see cref="IncidentGrade"/>: <c>yiban</c>, <c>jiaoda</c>, <c>zhongda</c>,
/// <c>tebie-zhongda</c>. The English names once used (general/major/serious/critical) are refused on input,
/// because "major" was taken for 重大 when it meant 较大.
/// </summary>
public static class IncidentGrades
{
    private static readonly WireNames<IncidentGrade> Names = new(
        (IncidentGrade.Yiban, "yiban", "一般"),
        (IncidentGrade.Jiaoda, "jiaoda", "较大"),
        (IncidentGrade.Zhongda, "zhongda", "重大"),
        (IncidentGrade.TebieZhongda, "tebie-zhongda", "特别重大"));

    /// <summary>The field error for a grade that is none of these, naming the accepted forms.</summary>
    public const string ExpectedForms =
        "事件分级须为 一般/较大/重大/特别重大 或 yiban/jiaoda/zhongda/tebie-zhongda (grade must be yiban, jiaoda, zhongda or tebie-zhongda; general/major/serious/critical are no longer accepted: \"major\" was ambiguous)";

    public static IReadOnlyList<IncidentGrade> All => Names.All;

    public static string ToWireName(IncidentGrade grade) => Names.ToWireName(grade);

    public static string ChineseName(IncidentGrade grade) => Names.ChineseName(grade);

    /// <summary>Accepts a wire name (any letter case) or the Chinese name (一般, 较大, 重大, 特别重大).</summary>
    public static bool TryParse(string? s, out IncidentGrade grade) => Names.TryParse(s, out grade);
}
