using ComplianceHub.Domain.Compliance.Rules;

namespace ComplianceHub.Domain.Compliance;

/// <summary>
/// Runs every check over a snapshot. Pure: the same snapshot and options always give the same findings, in
/// the same order (most severe first, then by rule and subject), so findings can be recomputed on every change.
/// </summary>
public static class Rulebook
{
    /// <summary>The checks, in catalogue order; together they cover every rule in <see cref="ComplianceRules.All"/>.</summary>
    public static IReadOnlyList<IRuleCheck> Checks { get; } =
    [
        new WaybillMaskCoverageRule(),
        new WaybillFalseDeclarationRule(),
        new StaffNdaRule(),
        new StaffTrainingRule(),
        new DepartedAccountOpenRule(),
        .. AccessAnomalyRule.All,
        .. IncidentClockRule.All,
        new ProtectionOfficerRule(),
        new ComplianceAuditRule(),
    ];

    public static IReadOnlyList<Finding> Evaluate(EnterpriseSnapshot snapshot, RulebookOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        options ??= RulebookOptions.Default;
        return Checks
            .SelectMany(check => Total(check, snapshot, options))
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Subject, StringComparer.Ordinal)
            .ThenBy(f => f.Condition, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The first instant after <see cref="EnterpriseSnapshot.Now"/> at which any check's verdict changes on the clock
    /// alone, or null: when the enterprise must wake to re-evaluate and publish its findings without new data.
    /// </summary>
    public static DateTimeOffset? NextChange(EnterpriseSnapshot snapshot, RulebookOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        options ??= RulebookOptions.Default;
        var rulebook = options;
        return NextChanges.Earliest(snapshot.Now, Checks.Select(check =>
        {
            try
            {
                return check.NextChange(snapshot, rulebook);
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
            {
                return null;
            }
        }).OfType<DateTimeOffset>());
    }

    /// <summary>
    /// A check's findings, or none when a stored value it meets is outside what date and number arithmetic can
    /// hold (a date at the end of the calendar that slipped in before bounds were enforced). Reads must stay total:
    /// such a value costs the one rule that met it, never the enterprise's whole view or its jurisdiction.
    /// </summary>
    private static IReadOnlyList<Finding> Total(IRuleCheck check, EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        try
        {
            return [.. check.Evaluate(snapshot, options)];
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return [];
        }
    }
}
