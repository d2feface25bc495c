namespace ComplianceHub.Reports.Data;

/// <summary>Wire and Chinese names of <see cref="ChecklistAnswer"/>.</summary>
public static class ChecklistAnswers
{
    public static string ToWireName(ChecklistAnswer answer) => answer switch
    {
        ChecklistAnswer.Yes => "yes",
        ChecklistAnswer.No => "no",
        ChecklistAnswer.Partly => "partly",
        ChecklistAnswer.NotApplicable => "n.a.",
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, null),
    };

    public static string ChineseName(ChecklistAnswer answer) => answer switch
    {
        ChecklistAnswer.Yes => "是",
        ChecklistAnswer.No => "否",
        ChecklistAnswer.Partly => "部分",
        ChecklistAnswer.NotApplicable => "不适用",
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, null),
    };
}
