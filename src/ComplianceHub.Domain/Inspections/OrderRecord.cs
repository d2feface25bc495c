namespace ComplianceHub.Domain.Inspections;

/// <summary>
/// A rectification order (责令改正) as issued, with what happened to it since. Its status is not stored:
/// <see cref="StatusAt"/> computes it from the deadline and the clock, so overdue shows without anyone acting.
/// </summary>
/// <param name="OrderId">Client-supplied, so a retried POST issues the order once.</param>
public sealed record OrderRecord(
    string OrderId,
    string Requirement,
    string LegalBasis,
    DateOnly Deadline,
    string IssuedBy,
    DateTimeOffset IssuedAt,
    RectificationSubmission? Submission = null,
    OrderVerification? Verification = null)
{
    public bool IsVerified => Verification is not null;

    public OrderStatus StatusAt(DateTimeOffset now) => OrderDeadlines.StatusOf(Deadline, Submission is not null, IsVerified, now);

    /// <summary>Same order as issued (a replay of the POST), ignoring who issued it and when.</summary>
    public bool SameIssue(OrderRecord other) =>
        other is not null && OrderId == other.OrderId && Requirement == other.Requirement && LegalBasis == other.LegalBasis && Deadline == other.Deadline;
}
