using ComplianceHub.Domain.People;

namespace ComplianceHub.Domain.Access;

/// <summary>What the detector needs to know about the enterprise whose log it reads.</summary>
/// <param name="OwnOutletCode">The enterprise's own outlet code; null for enterprises that are not outlets (no cross-outlet check).</param>
/// <param name="Roster">The current roster: who held which account, and when they left.</param>
public sealed record AccessContext(string? OwnOutletCode, StaffRoster Roster);
