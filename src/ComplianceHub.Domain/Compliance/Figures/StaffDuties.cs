using ComplianceHub.Domain.People;
using ComplianceHub.Domain.Time;

namespace ComplianceHub.Domain.Compliance.Figures;

/// <summary>
/// The one place the staff duties (L3 agreements and training, L4 departed accounts) are counted. The rules judge
/// from these lists, and every figure shown beside a finding (API, PDFs, roll-ups, console) is a count of the same
/// lists, so a report can never print a count its own findings contradict.
/// </summary>
public static class StaffDuties
{
    /// <summary>Active staff at <paramref name="now"/> who handle personal information: the population L3 binds.</summary>
    public static IEnumerable<StaffMember> HandlingPersonalInfo(StaffRoster roster, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return roster.ActiveAt(now).Where(s => s.HandlesPersonalInfo);
    }

    /// <summary>Of the L3 population, those without a confidentiality agreement in force today (China calendar).</summary>
    public static IEnumerable<StaffMember> LackingNda(StaffRoster roster, DateTimeOffset now)
    {
        var today = ChinaTime.DateOf(now);
        return HandlingPersonalInfo(roster, now).Where(s => s.Nda?.IsInForceOn(today) != true);
    }

    /// <summary>
    /// Each member of the L3 population with their training standing: trained within the window, inside the new
    /// joiner's grace for a first training (not overdue), or overdue since <see cref="StaffTrainingStatus.DueAt"/>.
    /// </summary>
    public static IReadOnlyList<StaffTrainingStatus> Training(
        StaffRoster roster, IEnumerable<TrainingSession> trainings, DateTimeOffset now, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(trainings);
        ArgumentNullException.ThrowIfNull(options);
        var today = ChinaTime.DateOf(now);
        var windowStart = ChinaTime.AddMonthsClamped(today, -options.TrainingWindowMonths);
        var lastTrained = LastTrainingByStaff(trainings);
        var statuses = new List<StaffTrainingStatus>();
        foreach (var member in HandlingPersonalInfo(roster, now))
        {
            var firstDue = ChinaTime.StartOf(member.JoinedOn) + options.NewJoinerTrainingGrace;
            DateOnly? last = lastTrained.TryGetValue(member.StaffId, out var held) ? held : null;
            var dueAt = last is { } previous
                ? Later(ChinaTime.EndOf(ChinaTime.AddMonthsClamped(previous, options.TrainingWindowMonths)), firstDue)
                : firstDue;
            var standing = last is { } attended && attended >= windowStart ? TrainingStanding.Trained
                : dueAt <= now ? TrainingStanding.Overdue
                : TrainingStanding.InNewJoinerGrace;
            statuses.Add(new StaffTrainingStatus(member, standing, dueAt, last));
        }

        return statuses;
    }

    /// <summary>
    /// L4 (离职审计): departed holders whose account is still open past the grace (24 h by default) and has not
    /// passed to an active holder. Those still inside the grace are not late yet and are not listed.
    /// </summary>
    public static IEnumerable<StaffMember> DepartedAccountsOpen(StaffRoster roster, DateTimeOffset now, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(options);
        return roster.Staff.Where(member =>
            member is { Account: { } account, DepartedAt: { } departedAt, LeftOn: not null }
            && member.HasOpenAccountAt(now)
            && departedAt + options.DepartedAccountGrace <= now
            && !roster.HoldersOf(account).Any(h => h.IsActiveAt(now)));
    }

    private static Dictionary<string, DateOnly> LastTrainingByStaff(IEnumerable<TrainingSession> sessions)
    {
        var last = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var session in sessions)
        {
            foreach (var id in session.StaffIds)
            {
                if (!last.TryGetValue(id, out var seen) || session.HeldOn > seen)
                {
                    last[id] = session.HeldOn;
                }
            }
        }

        return last;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
