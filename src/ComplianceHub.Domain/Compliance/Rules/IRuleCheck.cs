namespace ComplianceHub.Domain.Compliance.Rules;

/// <summary>The check behind one or more catalogue rules: a pure function from a snapshot to findings.</summary>
public interface IRuleCheck
{
    IEnumerable<Finding> Evaluate(EnterpriseSnapshot snapshot, RulebookOptions options);

    /// <summary>
    /// The first instant after <see cref="EnterpriseSnapshot.Now"/> at which this check's verdict on the same snapshot
    /// changes on the clock alone (an agreement expiring, a deadline running out, a window moving on), or null when only
    /// new data can change it. The enterprise wakes itself then, so a quiet enterprise's findings reach the roll-ups on time.
    /// </summary>
    DateTimeOffset? NextChange(EnterpriseSnapshot snapshot, RulebookOptions options) => null;
}
