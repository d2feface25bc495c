namespace ComplianceHub.Domain.People;

/// <summary>
/// What changed between two rosters, in the terms the evidence log records: each list is one kind of
/// entry, in the order of the new roster (removals in the order of the old one).
/// </summary>
/// <param name="Joins">Staff ids new to the roster.</param>
/// <param name="Departures">Staff whose leftOn was set by this roster (including new rows already departed).</param>
/// <param name="Returns">Staff whose leftOn was cleared: rehired, or a departure entered by mistake.</param>
/// <param name="Removed">Staff ids the old roster had and the new one dropped without a departure: worth a look.</param>
/// <param name="NdaChanges">Agreements signed, renewed, changed or withdrawn.</param>
/// <param name="AccountsClosed">Staff whose accountClosedAt was set by this roster.</param>
public sealed record RosterChanges(
    IReadOnlyList<StaffMember> Joins,
    IReadOnlyList<StaffMember> Departures,
    IReadOnlyList<StaffMember> Returns,
    IReadOnlyList<StaffMember> Removed,
    IReadOnlyList<NdaChange> NdaChanges,
    IReadOnlyList<StaffMember> AccountsClosed)
{
    public bool IsEmpty =>
        Joins.Count == 0 && Departures.Count == 0 && Returns.Count == 0 && Removed.Count == 0
        && NdaChanges.Count == 0 && AccountsClosed.Count == 0;
}
