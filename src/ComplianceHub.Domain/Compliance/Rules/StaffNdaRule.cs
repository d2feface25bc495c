using ComplianceHub.Domain.Compliance.Figures;
using ComplianceHub.Domain.People;
using ComplianceHub.Domain.Time;
using static ComplianceHub.Domain.Compliance.Rules.RuleText;

namespace ComplianceHub.Domain.Compliance.Rules;

/// <summary>
/// L3: everyone on the roster who handles personal information, crowdsourced couriers included, has a
/// confidentiality agreement in force today. One finding for the enterprise, naming the staff ids.
/// </summary>
public sealed class StaffNdaRule : IRuleCheck
{
    public IEnumerable<Finding> Evaluate(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        var lacking = StaffDuties.LackingNda(snapshot.Roster, snapshot.Now).ToList();
        if (lacking.Count == 0)
        {
            yield break;
        }

        var rule = ComplianceRules.StaffNda;
        var ids = Ids(lacking.Select(s => s.StaffId), options.MaxSubjectsNamed);
        yield return new Finding(
            rule.Id,
            null,
            string.Empty,
            rule.Severity,
            Invariant($"{lacking.Count} 名接触用户信息的人员没有有效的保密协议：{ids} ({lacking.Count} staff handling personal information have no NDA in force: {ids})"),
            Seqs([snapshot.Evidence.Roster]),
            lacking.Min(GapStartedAt),
            null,
            lacking.Count);
    }

    /// <summary>When the first agreement in force now runs out (the day after its last day, China time).</summary>
    public DateTimeOffset? NextChange(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var today = ChinaTime.DateOf(snapshot.Now);
        return NextChanges.Earliest(snapshot.Now, snapshot.Roster.ActiveAt(snapshot.Now)
            .Where(s => s.HandlesPersonalInfo && s.Nda is { ExpiresOn: not null } nda && nda.IsInForceOn(today))
            .Select(s => ChinaTime.EndOf(s.Nda!.ExpiresOn!.Value)));
    }

    /// <summary>Without an agreement since joining; with a lapsed one since the day after it expired.</summary>
    private static DateTimeOffset GapStartedAt(StaffMember member) => member.Nda?.ExpiresOn is { } expired
        ? ChinaTime.EndOf(expired)
        : ChinaTime.StartOf(member.JoinedOn);
}
