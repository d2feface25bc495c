namespace ComplianceHub.Reports.Data;

/// <summary>Head counts from the staff roster (people are counted, never named).</summary>
/// <param name="HandlingPersonalInfo">Staff whose work touches users' personal information (L3 applies to them).</param>
/// <param name="WithNdaInForce">Of those, with a confidentiality agreement in force today.</param>
/// <param name="TrainedIn12Months">Of those, trained within the rulebook's training period (12 months by default; the name is kept).</param>
/// <param name="DepartedWithAccountOpen">Staff who left and whose system account is still open past the rulebook's grace (24 h by default).</param>
/// <param name="InTrainingGrace">Of those handling personal information, new joiners not trained yet but inside the grace for a first training.</param>
/// <remarks>The hub fills these from Domain's <c>StaffCoverage</c>, the counts the findings are judged on; the report only prints them.</remarks>
public sealed record StaffFigures(
    int StaffCount,
    int HandlingPersonalInfo,
    int WithNdaInForce,
    int TrainedIn12Months,
    int DepartedWithAccountOpen,
    int InTrainingGrace = 0)
{
    /// <summary>Overdue for training: neither trained within the period nor inside the new joiner's grace (what the training finding counts).</summary>
    public int TrainingOverdue => Math.Max(0, HandlingPersonalInfo - TrainedIn12Months - InTrainingGrace);

    /// <summary>The training line every document prints: trained, in grace (when any), overdue.</summary>
    public string TrainingLine(Func<long, long, string> percent)
    {
        ArgumentNullException.ThrowIfNull(percent);
        var grace = InTrainingGrace > 0 ? $"；新入职宽限期内 {InTrainingGrace} 人" : "";
        return $"{TrainedIn12Months} 人（{percent(TrainedIn12Months, HandlingPersonalInfo)}）{grace}；逾期未培训 {TrainingOverdue} 人";
    }
}
