using ComplianceHub.Abstractions.Evidence;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Domain.Evidence.Merkle;
using ComplianceHub.Domain.Time;
using ComplianceHub.Grains.Evidence;
using ComplianceHub.Storage.Evidence;

namespace ComplianceHub.Grains.Enterprises;

/// <summary>
/// The enterprise's Merkle tree over its evidence log (RFC 9162) and its signed tree heads. Each new entry is one
/// more leaf on the right edge kept in state; the tile nodes it completes and, unless heads are coalesced, a new
/// signed head go into the entry's own storage transaction. Reads and exports by regulators and prosecutors are
/// entries too.
/// </summary>
public sealed partial class EnterpriseGrain
{
    private IGrainTimer? _headTimer;

    public Task<SignedTreeHead?> GetTreeHead() => Task.FromResult(state.State.Tree.Latest);

    public async Task<long> RecordEvidenceRead(EvidenceRead read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var current = await RegisteredStateAsync();
        var now = clock.GetUtcNow();
        var day = ChinaTime.DateOf(now);
        var key = $"{read.What}|{read.Actor}";
        var coalesced = read.What != EvidenceReadKinds.Bundle;
        if (coalesced && current.Reads.Has(day, key))
        {
            return 0;
        }

        var payload = new EvidenceReadPayload(read.What, read.Role, read.Office, read.From, read.To, read.CaseNumber, read.Reason);
        var kind = coalesced ? EvidenceKinds.EvidenceRead : EvidenceKinds.EvidenceExported;
        var entry = EvidenceChain.Next(current.Head, Id, now, kind, read.Actor, EvidencePayload.Serialize(payload));
        await CommitAsync(current with { Head = entry, Reads = coalesced ? current.Reads.With(day, key) : current.Reads });
        return entry.Seq;
    }

    /// <summary>
    /// <paramref name="next"/> with its head entry added to the tree: the leaf appended, the tile nodes it completed
    /// kept for the publish, and a head signed now unless heads are coalesced or wait for a timestamp.
    /// </summary>
    private async Task<EnterpriseState> WithTreeAsync(EnterpriseState next, DateTimeOffset now)
    {
        if (next.Head is not { } head || head == state.State.Head) return next;
        var frontier = state.State.Tree.Frontier ?? await BuildTreeAsync(state.State.Head);
        var completed = new List<TreeNodeRecord>();
        frontier = frontier.Append(MerkleHash.LeafOfEntry(head.Hash), n =>
        {
            if (MerkleTiles.Place(n) is not null) completed.Add(new TreeNodeRecord(n.Level, n.Index, n.Hash));
        });

        var signNow = state.State.Tree.Latest is not { } latest || now - latest.Head.Timestamp >= evidenceOptions.Value.TreeHeadInterval;
        var tree = new EvidenceTreeState
        {
            Frontier = frontier,
            Completed = completed,
            Latest = signNow ? await SignAsync(frontier, now, CancellationToken.None) : state.State.Tree.Latest,
            LatestWithHead = signNow,
        };
        return next with { Tree = tree };
    }

    /// <summary>
    /// A head over <paramref name="frontier"/>, with an RFC 3161 token over its signature when an authority is
    /// configured (awaited here: with an authority, a <c>TreeHeadInterval</c> keeps its round trip off most writes).
    /// </summary>
    private async Task<SignedTreeHead> SignAsync(MerkleFrontier frontier, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var signed = keys.Sign(Id, frontier.Size, frontier.Root(), now);
        if (!timestamper.Enabled) return signed;
        try
        {
            var token = await timestamper.StampAsync(Convert.FromBase64String(signed.Signature), cancellationToken);
            return signed with { TimestampToken = token is null ? null : Convert.ToBase64String(token) };
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Security.Cryptography.CryptographicException)
        {
            // An unreachable authority must not stop the log: this head goes out signed but unstamped, a later one gets its token.
            return signed;
        }
    }

    /// <summary>What the publish of the head entry stores beside it: its tile nodes and the head signed with it.</summary>
    private static TreeUpdate TreeUpdateFor(EnterpriseState s)
    {
        if (s.Tree.Frontier is not { } frontier || s.Head is not { } head || frontier.Size != head.Seq) return TreeUpdate.None;
        var nodes = s.Tree.Completed.Select(n => new MerkleNode(n.Level, n.Index, n.Hash)).ToList();
        return new TreeUpdate(nodes, s.Tree.LatestWithHead ? s.Tree.Latest : null);
    }

    /// <summary>
    /// The tree of a log written before trees existed, from entry 1 to <paramref name="head"/>, its tiles stored.
    /// Runs once per enterprise; afterwards the tree only grows with each entry.
    /// </summary>
    private async Task<MerkleFrontier> BuildTreeAsync(EvidenceEntry? head)
    {
        var frontier = MerkleFrontier.Empty;
        if (head is null) return frontier;
        var nodes = new List<MerkleNode>();
        await foreach (var entry in evidence.ReadAsync(Id))
        {
            if (entry.Seq > head.Seq) break;
            frontier = frontier.Append(MerkleHash.LeafOfEntry(entry.Hash), n =>
            {
                if (MerkleTiles.Place(n) is not null) nodes.Add(n);
            });
        }

        if (frontier.Size != head.Seq)
        {
            throw new InvalidOperationException($"Evidence log of {Id} holds {frontier.Size} entries, its head is {head.Seq}.");
        }

        await trees.PutNodesAsync(Id, nodes);
        return frontier;
    }

    /// <summary>
    /// On activation: a log from before trees gets its tree and its first signed head now; a head left unsigned
    /// (coalesced, or the silo stopped first) is signed as soon as the timer runs.
    /// </summary>
    private async Task EnsureTreeAsync()
    {
        var current = state.State;
        if (current.Head is { } head && current.Tree.Frontier is null)
        {
            var frontier = await BuildTreeAsync(head);
            await state.WriteOrReloadAsync(current with { Tree = new EvidenceTreeState { Frontier = frontier } }, this);
            await SignPendingHeadAsync(CancellationToken.None);
        }

        ScheduleHead();
    }

    private void ScheduleHead()
    {
        if (!state.State.Tree.HeadPending || _headTimer is not null) return;
        var due = state.State.Tree.Latest is { } latest
            ? latest.Head.Timestamp + evidenceOptions.Value.TreeHeadInterval - clock.GetUtcNow()
            : TimeSpan.Zero;
        _headTimer = this.RegisterGrainTimer(OnHeadTimer, new GrainTimerCreationOptions(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan));
    }

    private async Task OnHeadTimer(CancellationToken cancellationToken)
    {
        _headTimer?.Dispose();
        _headTimer = null;
        await SignPendingHeadAsync(cancellationToken);
    }

    /// <summary>Signs (and, when configured, timestamps) a head over every entry so far; stores it, then remembers it.</summary>
    private async Task SignPendingHeadAsync(CancellationToken cancellationToken)
    {
        var current = state.State;
        if (!current.Tree.HeadPending || current.Tree.Frontier is not { } frontier) return;
        var signed = await SignAsync(frontier, clock.GetUtcNow(), cancellationToken);
        await trees.PutHeadAsync(signed, cancellationToken);
        await state.WriteOrReloadAsync(current with { Tree = current.Tree with { Latest = signed, LatestWithHead = false } }, this);
    }
}
