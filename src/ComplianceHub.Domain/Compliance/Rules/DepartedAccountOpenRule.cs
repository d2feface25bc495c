using ComplianceHub.Domain.Compliance.Figures;
using static ComplianceHub.Domain.Compliance.Rules.RuleText;

namespace ComplianceHub.Domain.Compliance.Rules;

/// <summary>
/// L4 (离职审计): a departed holder's account is closed within the grace period (24 h by default). One finding
/// per departed staff member whose account is still open, unless the account has passed to an active holder.
/// </summary>
public sealed class DepartedAccountOpenRule : IRuleCheck
{
    /// <summary>When the first departed holder's account, still open and still inside its grace, runs out of grace.</summary>
    public DateTimeOffset? NextChange(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        return NextChanges.Earliest(snapshot.Now, snapshot.Roster.Staff
            .Where(m => m is { Account: not null, DepartedAt: not null } && m.HasOpenAccountAt(snapshot.Now))
            .Select(m => m.DepartedAt!.Value + options.DepartedAccountGrace));
    }

    public IEnumerable<Finding> Evaluate(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        var rule = ComplianceRules.AccountDepartedOpen;
        var graceText = Duration(options.DepartedAccountGrace);
        foreach (var member in StaffDuties.DepartedAccountsOpen(snapshot.Roster, snapshot.Now, options))
        {
            if (member is not { Account: { } account, DepartedAt: { } departedAt, LeftOn: { } leftOn })
            {
                continue;
            }

            var open = Duration(snapshot.Now - departedAt);
            yield return new Finding(
                rule.Id,
                member.StaffId,
                string.Empty,
                rule.Severity,
                Invariant($"人员 {member.StaffId} 已于 {Day(leftOn)} 离职，账号 {account} 离职 {open.Zh}后仍未注销（时限 {graceText.Zh}）")
                    + Invariant($" (staff {member.StaffId} left on {Day(leftOn)}; account {account} still open {open.En} later, limit {graceText.En})"),
                Seqs([snapshot.Evidence.Roster]),
                departedAt + options.DepartedAccountGrace,
                null,
                1);
        }
    }
}
