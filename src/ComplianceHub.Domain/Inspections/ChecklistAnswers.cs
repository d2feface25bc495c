namespace ComplianceHub.Domain.Inspections;

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

    /// <summary>
    /// The wire names, and the regulator's own words for them: compliant (yes), non-compliant (no),
    /// not-applicable (n.a.). Every checklist question is asked so that "yes" means compliant.
    /// </summary>
    public static bool TryParse(string? s, out ChecklistAnswer answer)
    {
        ChecklistAnswer? parsed = s?.Trim().ToLowerInvariant() switch
        {
            "yes" or "compliant" => ChecklistAnswer.Yes,
            "no" or "non-compliant" => ChecklistAnswer.No,
            "partly" or "partly-compliant" => ChecklistAnswer.Partly,
            "n.a." or "not-applicable" => ChecklistAnswer.NotApplicable,
            _ => null,
        };
        answer = parsed ?? default;
        return parsed is not null;
    }
}
