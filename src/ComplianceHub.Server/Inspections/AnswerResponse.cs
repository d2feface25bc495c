using ComplianceHub.Domain.Inspections;

namespace ComplianceHub.Server.Inspections;

/// <summary>An answered checklist item with its question, as the checklist in force words it.</summary>
public sealed record AnswerResponse(string ItemId, string QuestionZh, string QuestionEn, string Answer, string AnswerName, string? Note, DateTimeOffset AnsweredAt)
{
    public static AnswerResponse From(ChecklistEntry entry, InspectionChecklist checklist)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(checklist);
        var item = checklist.Find(entry.ItemId);
        return new(
            entry.ItemId, item?.QuestionZh ?? "", item?.QuestionEn ?? "", ChecklistAnswers.ToWireName(entry.Answer), ChecklistAnswers.ChineseName(entry.Answer),
            entry.Note, entry.AnsweredAt);
    }
}
