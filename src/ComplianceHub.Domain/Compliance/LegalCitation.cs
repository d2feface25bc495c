using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Domain.Compliance;

/// <summary>
/// One provision a rule rests on, as a regulator would cite it, with the days it is in force and the enterprise
/// kinds it binds. A finding cites the provisions in force on the day of its events: after the Cybersecurity
/// Law's renumbering (in force 2026-01-01) an event of 2025 still cites 第二十一条 and one of 2026 第二十三条.
/// </summary>
/// <param name="Text">Law, article and what it provides, with its effective date; "未经核实 (unconfirmed)" where not confirmed.</param>
/// <param name="From">First day in force (China calendar); null when in force for every event the hub sees.</param>
/// <param name="Until">Last day in force; null while in force.</param>
/// <param name="Kinds">Enterprise kinds it binds; null for all (e.g. PIPL binds every processor).</param>
public sealed record LegalCitation(string Text, DateOnly? From = null, DateOnly? Until = null, IReadOnlyList<EnterpriseKind>? Kinds = null)
{
    public bool AppliesOn(DateOnly day) => (From is not { } from || day >= from) && (Until is not { } until || day <= until);

    /// <summary>Whether it binds <paramref name="kind"/>; an unknown kind is bound by every provision.</summary>
    public bool Binds(EnterpriseKind? kind) => Kinds is null || kind is not { } k || Kinds.Contains(k);
}
