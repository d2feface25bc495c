using ComplianceHub.Abstractions.Rollups;
using ComplianceHub.Domain.Compliance;
using ComplianceHub.Grains.Rollups;
using ComplianceHub.Storage.Diagnostics;
using ComplianceHub.Storage.Rollups;

namespace ComplianceHub.Grains.Enterprises;

/// <summary>
/// The enterprise's side of the roll-ups: after each change it rebuilds its summary (one place:
/// <see cref="RollupBuilder"/>), bumps the version when a figure moved, and publishes it: the member row first
/// (so a leaf that activates later reads it), then the push to its division and brand, then the removal from a
/// division or brand it left, at the same version. At least once: a crash before the evidence entry is appended
/// repeats the whole publish on activation, and leaves ignore what they already hold.
/// </summary>
public sealed partial class EnterpriseGrain
{
    private EnterpriseState WithRollup(EnterpriseState s, DateTimeOffset now, bool byRead) =>
        RollupBuilder.Build(Id, s, Options, now) is { } built ? s with { Rollup = s.Rollup.Next(built, byRead) } : s;

    /// <summary>
    /// Clocks run out without any change (an incident deadline, a lapsed NDA, the label window moving on): a
    /// read that sees the summary differ writes the new version and pushes it, so roll-ups follow what was read.
    /// <paramref name="findings"/> are those the read evaluated at <paramref name="now"/>: evaluated once per read.
    /// </summary>
    private async Task RefreshRollupAsync(IReadOnlyList<FindingRecord> findings, DateTimeOffset now)
    {
        var current = state.State;
        if (current.Profile is null) return;
        var refreshed = WithRollup(current with { Compliance = current.Compliance with { Findings = findings } }, now, byRead: true).Rollup;
        var wakeAt = WithWake(current, now).WakeAt;
        if (refreshed == current.Rollup && wakeAt == current.WakeAt) return;

        await ScheduleWakeAsync(current.WakeAt, wakeAt, now);
        await state.WriteOrReloadAsync(current with { Rollup = refreshed, WakeAt = wakeAt }, this);
        await PushRollupAsync();
    }

    private async Task PushRollupAsync()
    {
        if (state.State.Rollup is not { Last: { } summary } rollup || rollup.Version <= _rollupPushed) return;

        var version = rollup.Version;
        var json = RollupJson.Serialize(summary);
        await rollupMembers.PutAsync(RollupMemberStore.DivisionLeaf(summary.Division), new RollupMemberRow(Id, version, json));
        await GrainFactory.GetGrain<IJurisdictionGrain>(summary.Division).Apply(summary);
        HubMetrics.RollupPush(RollupLevel.Enterprise);
        if (rollup.VacatedDivision is { } vacated)
        {
            await rollupMembers.PutAsync(RollupMemberStore.DivisionLeaf(vacated), new RollupMemberRow(Id, version, null));
            await GrainFactory.GetGrain<IJurisdictionGrain>(vacated).Remove(Id, version);
        }

        if (summary.BrandId is { } brand)
        {
            await rollupMembers.PutAsync(RollupMemberStore.BrandLeaf(brand), new RollupMemberRow(Id, version, json));
            await GrainFactory.GetGrain<IBrandGrain>(brand).Apply(summary);
        }

        if (rollup.VacatedBrand is { } left)
        {
            await rollupMembers.PutAsync(RollupMemberStore.BrandLeaf(left), new RollupMemberRow(Id, version, null));
            await GrainFactory.GetGrain<IBrandGrain>(left).Remove(Id, version);
        }

        _rollupPushed = version;
    }
}
