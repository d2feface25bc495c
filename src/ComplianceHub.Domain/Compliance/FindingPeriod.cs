namespace ComplianceHub.Domain.Compliance;

/// <summary>One stretch during which a finding was open; <see cref="ClearedAt"/> is null while it still is.</summary>
public sealed record FindingPeriod(DateTimeOffset OpenedAt, DateTimeOffset? ClearedAt);
