namespace ComplianceHub.Domain.Rollups;

/// <summary>What a jurisdiction hands its parent (and a query): its sums and its worst enterprises.</summary>
public sealed record RollupSummary(RollupAggregate Aggregate, IReadOnlyList<WorstEntry> Worst);
