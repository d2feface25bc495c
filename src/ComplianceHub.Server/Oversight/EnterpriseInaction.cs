using ComplianceHub.Domain.Oversight;

namespace ComplianceHub.Server.Oversight;

/// <summary>One enterprise's items, worst gap first.</summary>
public sealed record EnterpriseInaction(string EnterpriseId, string Name, string Division, IReadOnlyList<InactionItem> Items);
