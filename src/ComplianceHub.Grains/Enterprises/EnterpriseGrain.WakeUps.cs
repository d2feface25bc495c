using ComplianceHub.Domain.Compliance;
using ComplianceHub.Grains.Compliance;

namespace ComplianceHub.Grains.Enterprises;

/// <summary>
/// Durable wake-ups: a quiet enterprise's findings change on the clock alone (an NDA expiring, a training falling due,
/// an incident deadline running out, the label window moving on). Each enterprise keeps one Orleans reminder, stored in
/// the reminders table, for the earliest such instant the rulebook names; when it fires — on whichever silo holds the
/// grain then, after any restart — the enterprise re-evaluates, publishes its roll-up summary and sets the next one.
/// </summary>
public sealed partial class EnterpriseGrain : IRemindable
{
    public const string WakeReminder = "clock";

    /// <summary>Reminders repeat at this period as a safety net; each firing sets the next due time anyway.</summary>
    private static readonly TimeSpan WakePeriod = TimeSpan.FromDays(1);

    /// <summary>Due times beyond this are set in steps (timers cannot wait past about 49 days); a step that changes nothing sets the next.</summary>
    private static readonly TimeSpan MaxWakeDue = TimeSpan.FromDays(30);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != WakeReminder || state.State.Profile is null)
        {
            return;
        }

        await PublishAsync();
        var view = ComplianceNow();
        await RefreshRollupAsync(view.Findings, view.EvaluatedAt);
    }

    /// <summary><paramref name="s"/> with <see cref="EnterpriseState.WakeAt"/> set to the rulebook's next change at <paramref name="now"/>.</summary>
    private EnterpriseState WithWake(EnterpriseState s, DateTimeOffset now) =>
        s.Profile is null ? s : s with { WakeAt = Rulebook.NextChange(SnapshotBuilder.Build(Id, s, Options, now), Options.Rulebook) };

    /// <summary>
    /// Sets, moves or removes the reminder when the wake-up instant changed. Called before the state that records the new
    /// instant is written: a reminder set for a state that then failed to write only wakes the grain to find nothing new.
    /// </summary>
    private async Task ScheduleWakeAsync(DateTimeOffset? before, DateTimeOffset? after, DateTimeOffset now)
    {
        if (before == after)
        {
            return;
        }

        if (after is { } at)
        {
            var due = at - now;
            await this.RegisterOrUpdateReminder(WakeReminder, due < TimeSpan.Zero ? TimeSpan.Zero : due > MaxWakeDue ? MaxWakeDue : due, WakePeriod);
        }
        else if (await this.GetReminder(WakeReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
