namespace ComplianceHub.Domain.Inspections;

/// <summary>Wire and Chinese names of <see cref="ChecklistAnswer"/>.</summary>
public static class ChecklistAnswers
{
    private static readonly WireNames<ChecklistAnswer> Names = new(
        (ChecklistAnswer.Yes, "yes", "是"),
        (ChecklistAnswer.No, "no", "否"),
        (ChecklistAnswer.Partly, "partly", "部分"),
        (ChecklistAnswer.NotApplicable, "n.a.", "不适用"));

    public static string ToWireName(ChecklistAnswer answer) => Names.ToWireName(answer);

    public static string ChineseName(ChecklistAnswer answer) => Names.ChineseName(answer);

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
