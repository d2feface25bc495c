using ComplianceHub.Domain.Inspections;

namespace ComplianceHub.Server.Inspections;

/// <summary>A rectification order with its status computed at <paramref name="now"/>.</summary>
public sealed record OrderResponse(
    string OrderId,
    string Requirement,
    string LegalBasis,
    DateOnly Deadline,
    string Status,
    string StatusName,
    int DaysOverdue,
    DateTimeOffset IssuedAt,
    string? SubmissionDescription,
    string? SubmissionDocumentSha256,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? VerifiedAt,
    string? VerifiedBy,
    string? FollowUpInspectionId)
{
    public static OrderResponse From(OrderRecord order, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        var status = order.StatusAt(now);
        return new(
            order.OrderId, order.Requirement, order.LegalBasis, order.Deadline, OrderStatuses.ToWireName(status), OrderStatuses.ChineseName(status),
            status == OrderStatus.Overdue ? OrderDeadlines.DaysOverdue(order.Deadline, now) : 0, order.IssuedAt,
            order.Submission?.Description, order.Submission?.DocumentSha256, order.Submission?.SubmittedAt,
            order.Verification?.VerifiedAt, order.Verification?.VerifiedBy, order.Verification?.FollowUpInspectionId);
    }
}
