namespace ComplianceHub.Domain.Compliance.Rules;

/// <summary>The check behind one or more catalogue rules: a pure function from a snapshot to findings.</summary>
public interface IRuleCheck
{
    IEnumerable<Finding> Evaluate(EnterpriseSnapshot snapshot, RulebookOptions options);
}
