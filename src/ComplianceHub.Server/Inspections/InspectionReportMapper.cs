using ComplianceHub.Abstractions.Inspections;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Domain.Inspections;
using ComplianceHub.Reports.Data;

namespace ComplianceHub.Server.Inspections;

/// <summary>Turns an inspection read at one instant into the report model; order statuses are as of that instant.</summary>
public static class InspectionReportMapper
{
    /// <param name="reviewed">A follow-up's report also lists the original inspection's orders it reviews.</param>
    public static InspectionDetails ToDetails(InspectionView view, DivisionCode division, IReadOnlyList<OrderRecord>? reviewed = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var i = view.Inspection;
        var checklist = InspectionChecklist.For(i.Authority);
        var office = DivisionCatalog.Default.FullName(division) + (i.Authority == InspectionAuthority.Postal ? "邮政管理部门" : "网信部门");
        var inspectors = new[] { i.OpenedBy }
            .Concat(i.Answers.Select(a => a.AnsweredBy))
            .Concat(i.Findings.Select(f => f.RecordedBy))
            .Concat(i.Orders.Select(o => o.IssuedBy))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new InspectionDetails(
            i.Authority,
            i.InspectionId,
            i.Kind,
            office,
            i.PlannedOn,
            i.PerformedOn,
            inspectors,
            "被检查单位负责人",
            [.. i.Answers.Select(a => ToResponse(a, checklist))],
            [.. (reviewed ?? []).Concat(i.Orders).Select(o => ToOrder(o, view.EvaluatedAt))]);
    }

    private static ChecklistResponse ToResponse(ChecklistEntry entry, InspectionChecklist checklist)
    {
        var item = checklist.Find(entry.ItemId);
        return new ChecklistResponse(entry.ItemId, item?.QuestionZh ?? entry.ItemId, item?.QuestionEn ?? "", item?.Basis ?? "", entry.Answer, entry.Note);
    }

    private static RectificationOrder ToOrder(OrderRecord order, DateTimeOffset now) => new(
        order.OrderId,
        order.Requirement,
        order.LegalBasis,
        order.Deadline,
        order.StatusAt(now) switch
        {
            OrderStatus.Verified => RectificationStatus.Rectified,
            OrderStatus.Overdue => RectificationStatus.Overdue,
            _ => RectificationStatus.Open,
        });
}
