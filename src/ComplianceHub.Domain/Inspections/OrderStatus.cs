namespace ComplianceHub.Domain.Inspections;

/// <summary>
/// Where a rectification order (责令改正) stands, as computed at a given instant (see <see cref="OrderDeadlines"/>):
/// open → submitted (the enterprise reported its rectification) → verified (a regulator accepted it), or
/// overdue once its deadline day is over and it is not verified.
/// </summary>
public enum OrderStatus
{
    Open,
    Submitted,
    Verified,
    Overdue,
}
