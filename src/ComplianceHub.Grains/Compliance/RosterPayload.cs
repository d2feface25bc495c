using ComplianceHub.Domain.People;

namespace ComplianceHub.Grains.Compliance;

/// <summary>
/// The evidence payload of a roster upload: what changed, by pseudonymous staff id, and a digest-friendly
/// count of the whole roster. The full roster is in state; the log proves each change to it.
/// </summary>
public sealed record RosterPayload(
    string BatchId,
    DateTimeOffset AsOf,
    int Staff,
    IReadOnlyList<string> Joined,
    IReadOnlyList<RosterDeparture> Departed,
    IReadOnlyList<string> Returned,
    IReadOnlyList<string> Removed,
    IReadOnlyList<NdaChangePayload> NdaChanges,
    IReadOnlyList<string> AccountsClosed)
{
    public static RosterPayload From(string batchId, StaffRoster roster, RosterChanges changes) => new(
        batchId,
        roster.AsOf,
        roster.Staff.Count,
        changes.Joins.Select(s => s.StaffId).ToList(),
        changes.Departures.Select(s => new RosterDeparture(s.StaffId, s.LeftOn, s.AccountClosedAt)).ToList(),
        changes.Returns.Select(s => s.StaffId).ToList(),
        changes.Removed.Select(s => s.StaffId).ToList(),
        changes.NdaChanges.Select(c => new NdaChangePayload(c.StaffId, c.Before?.SignedOn, c.After?.SignedOn, c.After?.ExpiresOn)).ToList(),
        changes.AccountsClosed.Select(s => s.StaffId).ToList());
}
