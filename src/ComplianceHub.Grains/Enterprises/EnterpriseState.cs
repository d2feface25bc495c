using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Domain.Inspections;
using ComplianceHub.Grains.Compliance;
using ComplianceHub.Grains.Evidence;
using ComplianceHub.Grains.Labels;
using ComplianceHub.Grains.Rollups;

namespace ComplianceHub.Grains.Enterprises;

/// <summary>
/// What an enterprise grain persists. <see cref="Head"/> is the newest evidence entry in full: it is
/// written with the state, then appended to the log, so a crash between the two is repaired on the
/// next activation instead of leaving state the log does not prove (or a log entry for lost state).
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.EnterpriseState")]
public sealed record EnterpriseState
{
    [Id(0)] public EnterpriseProfile? Profile { get; init; }

    [Id(1)] public DateTimeOffset RegisteredAt { get; init; }

    [Id(2)] public DateTimeOffset UpdatedAt { get; init; }

    [Id(3)] public EvidenceEntry? Head { get; init; }

    /// <summary>The division whose directory row must go after a move (kept until the move is published).</summary>
    [Id(4)] public string? VacatedDivision { get; init; }

    [Id(5)] public LabelLedgerState Labels { get; init; } = LabelLedgerState.Empty;

    /// <summary>Roster, trainings, access summary, incidents and the findings history (the rulebook's inputs and output).</summary>
    [Id(6)] public ComplianceLedger Compliance { get; init; } = ComplianceLedger.Empty;

    /// <summary>The enterprise's inspections and their rectification orders (deadlines kept so overdue is computed on read).</summary>
    [Id(7)] public InspectionLedger Inspections { get; init; } = InspectionLedger.Empty;

    /// <summary>The summary last built for the division and brand roll-ups, and its version.</summary>
    [Id(8)] public RollupState Rollup { get; init; } = RollupState.None;

    /// <summary>The Merkle tree over the evidence log and its newest signed head.</summary>
    [Id(9)] public EvidenceTreeState Tree { get; init; } = EvidenceTreeState.None;

    /// <summary>Which callers' reads of the evidence are already recorded today (reads are coalesced per caller and day).</summary>
    [Id(10)] public EvidenceReadLedger Reads { get; init; } = EvidenceReadLedger.Empty;

    /// <summary>When the findings next change on the clock alone (the durable reminder is set for it); null when only data can change them.</summary>
    [Id(11)] public DateTimeOffset? WakeAt { get; init; }
}
