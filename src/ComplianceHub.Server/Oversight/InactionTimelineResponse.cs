using ComplianceHub.Domain.Oversight;

namespace ComplianceHub.Server.Oversight;

/// <summary>The "knew and did not act" timeline of a division: per enterprise, what its regulators could see and what followed.</summary>
public sealed record InactionTimelineResponse(
    string Division, DateTimeOffset GeneratedAt, int EnterprisesExamined, bool Truncated, IReadOnlyList<EnterpriseInaction> Enterprises);
