using ComplianceHub.Abstractions.Rollups;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Domain.Rollups;
using ComplianceHub.Grains.Compliance;
using ComplianceHub.Storage.Diagnostics;
using ComplianceHub.Storage.Rollups;
using Microsoft.Extensions.Options;

namespace ComplianceHub.Grains.Rollups;

/// <summary>
/// A division's roll-up. Its own enterprises come from its member partition (read once on activation) and their
/// pushes; its children's summaries are asked for on activation and then pushed by them. Everything is summed
/// exactly (see <see cref="RollupAggregate"/>), so the figures equal the sum of the enterprises below whatever the
/// order of pushes. Changes reach the parent coalesced: one push per <see cref="RollupOptions.PushInterval"/>.
/// </summary>
public sealed class JurisdictionGrain(
    [PersistentState("jurisdiction")] IPersistentState<JurisdictionState> state,
    RollupMemberStore store,
    IOptions<RollupOptions> rollupOptions,
    IOptions<ComplianceOptions> complianceOptions,
    IOptions<InspectionPriorityOptions> planOptions,
    TimeProvider clock) : Grain, IJurisdictionGrain
{
    // Kept in code order, the order views and the snapshot list them in, so neither re-sorts.
    private readonly SortedDictionary<string, VersionedSummary> _children = new(StringComparer.Ordinal);
    private EnterpriseRollupSet _members = new();

    // Summed once per change of a member or child, not per read: a polled view or a repeated GetSummary costs a
    // clone, not a pass over every child and a sort of every direct member. Null means "changed since".
    private RollupSummary? _summary;
    private long _version;
    private bool _dirty;
    private IGrainTimer? _pushTimer;
    private bool _snapshotDirty;
    private IGrainTimer? _snapshotTimer;
    private DateTimeOffset _snapshotSavedAt;

    private DivisionCode? _code;

    private DivisionCode Code => _code ??= DivisionCode.Parse(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _members = await LeafMembers.LoadAsync(store, RollupMemberStore.DivisionLeaf(Code.Value), cancellationToken);
        foreach (var saved in state.State.Snapshot)
        {
            _children[saved.Code] = saved.Summary;
        }

        // Versions outlive activations: start from the clock so a new activation's pushes supersede the old one's.
        _version = clock.GetUtcNow().UtcTicks;
        _snapshotSavedAt = clock.GetUtcNow();

        // Answer from the snapshot now; the children's current summaries replace it as they arrive. Not awaited:
        // activation must not wait for every division below to activate (thousands of counties for the nation).
        _ = RefreshChildrenAsync();

        // The parent may hold a summary from before a crash that lost this division's last push: tell it the
        // truth rebuilt here.
        MarkDirty();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        try
        {
            if (_snapshotDirty) await SaveSnapshotAsync();
            if (_dirty) await PushAsync();
        }
        catch (Exception e) when (e is OrleansException or TimeoutException or OperationCanceledException or Azure.RequestFailedException)
        {
            // Best effort (the silo may be shutting down): the parent asks for this summary when it next
            // activates, and this division pushes it again when it does.
        }
    }

    public Task Apply(EnterpriseRollup rollup)
    {
        if (_members.Apply(rollup)) MarkChanged();
        return Task.CompletedTask;
    }

    public Task Remove(string enterpriseId, long version)
    {
        if (_members.Remove(enterpriseId, version)) MarkChanged();
        return Task.CompletedTask;
    }

    public async Task ReceiveChild(string childCode, VersionedSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (_children.TryGetValue(childCode, out var known) && known.Version >= summary.Version) return;
        var unlisted = known is null && !state.State.Children.Contains(childCode, StringComparer.Ordinal);

        // A child that never had an enterprise (activated by a query) is not worth remembering.
        if (unlisted && summary.Summary.Aggregate.Enterprises == 0) return;
        _children[childCode] = summary;
        _summary = null;
        MarkSnapshotDirty();
        if (unlisted)
        {
            state.State = state.State with { Children = [.. state.State.Children.Append(childCode).Order(StringComparer.Ordinal)] };
            await SaveSnapshotAsync();
        }

        MarkDirty();
    }

    public Task<VersionedSummary> GetSummary() => Task.FromResult(new VersionedSummary(_version, Summarize()));

    public Task<JurisdictionView> GetView() => Task.FromResult(new JurisdictionView(
        Code.Value,
        Summarize(),
        _members.Count,
        _children.Select(c => new ChildAggregate(c.Key, c.Value.Summary.Aggregate.Clone())).ToList()));

    public async Task<IReadOnlyList<EnterpriseRollup>> GetPlan(DateTimeOffset now, int limit)
    {
        // Each child returns its own top `limit`; the order is total, so the top `limit` of their union is exact.
        var fromChildren = await Task.WhenAll(_children
            .Where(c => c.Value.Summary.Aggregate.Enterprises > 0)
            .Select(c => GrainFactory.GetGrain<IJurisdictionGrain>(c.Key).GetPlan(now, limit)));
        var window = complianceOptions.Value.LabelWindowDays;
        return InspectionPriority.Rank(_members.Members.Concat(fromChildren.SelectMany(p => p)), now, limit, window, planOptions.Value)
            .Select(c => c.Enterprise)
            .ToList();
    }

    public async Task Flush()
    {
        if (Code.Parent is not { } parent) return;
        if (_dirty) await PushAsync();
        await GrainFactory.GetGrain<IJurisdictionGrain>(parent.Value).Flush();
    }

    /// <summary>The current summary; each caller gets its own aggregate, since aggregates are mutable (see <see cref="RollupAggregate"/>).</summary>
    private RollupSummary Summarize()
    {
        if (_summary is null)
        {
            var aggregate = _members.Aggregate.Clone();
            foreach (var child in _children.Values) aggregate.Add(child.Summary.Aggregate);
            var worst = WorstList.Merge(_children.Values.Select(c => c.Summary.Worst).Append(_members.Members.Select(m => m.ToWorstEntry())));
            _summary = new RollupSummary(aggregate, worst);
        }

        return _summary with { Aggregate = _summary.Aggregate.Clone() };
    }

    private void MarkChanged()
    {
        _summary = null;
        MarkDirty();
    }

    private async Task RefreshChildrenAsync() =>
        await Task.WhenAll(state.State.Children.Select(RefreshChildAsync));

    private async Task RefreshChildAsync(string code)
    {
        try
        {
            var current = await GrainFactory.GetGrain<IJurisdictionGrain>(code).GetSummary();
            if (_children.TryGetValue(code, out var known) && known.Version >= current.Version) return;
            _children[code] = current;
            _summary = null;
            MarkSnapshotDirty();
            MarkDirty();
        }
        catch (Exception e) when (e is OrleansException or TimeoutException or ObjectDisposedException or OperationCanceledException)
        {
            // That child pushes its summary when it activates; until then the snapshot stands in for it.
        }
    }

    private async Task SaveSnapshotAsync()
    {
        _snapshotDirty = false;
        _snapshotSavedAt = clock.GetUtcNow();
        state.State = state.State with
        {
            Snapshot = [.. _children.Select(c => new ChildSnapshot(c.Key, c.Value))],
        };
        await state.WriteStateAsync();
    }

    private void MarkSnapshotDirty()
    {
        _snapshotDirty = true;
        var due = rollupOptions.Value.SnapshotInterval - (clock.GetUtcNow() - _snapshotSavedAt);
        _snapshotTimer ??= this.RegisterGrainTimer(OnSnapshotTimer, new GrainTimerCreationOptions(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan));
    }

    private async Task OnSnapshotTimer(CancellationToken cancellationToken)
    {
        _snapshotTimer?.Dispose();
        _snapshotTimer = null;
        if (_snapshotDirty) await SaveSnapshotAsync();
    }

    private void MarkDirty()
    {
        if (Code.Parent is null) return;
        _dirty = true;
        _pushTimer ??= this.RegisterGrainTimer(OnPushTimer, new GrainTimerCreationOptions(rollupOptions.Value.PushInterval, Timeout.InfiniteTimeSpan));
    }

    private async Task OnPushTimer(CancellationToken cancellationToken)
    {
        _pushTimer?.Dispose();
        _pushTimer = null;
        if (!_dirty) return;
        try
        {
            await PushAsync();
        }
        catch
        {
            // Try again at the next tick; the parent keeps the previous summary meanwhile.
            MarkDirty();
            throw;
        }
    }

    private async Task PushAsync()
    {
        _dirty = false;
        _version = Math.Max(_version + 1, clock.GetUtcNow().UtcTicks);
        try
        {
            await GrainFactory.GetGrain<IJurisdictionGrain>(Code.Parent!.Value.Value).ReceiveChild(Code.Value, new VersionedSummary(_version, Summarize()));
            HubMetrics.RollupPush(RollupLevel.Division);
        }
        catch
        {
            _dirty = true;
            throw;
        }
    }
}
