using ComplianceHub.Domain.People;

namespace ComplianceHub.Domain.Tests.People;

/// <summary>Builds roster rows for tests: a courier who handles personal information, signed and current.</summary>
internal static class Staff
{
    public static readonly DateOnly Joined = new(2024, 3, 1);

    public static StaffMember Member(string id, string? account = null) => new(
        StaffId: id,
        Role: "快递员",
        Account: account ?? $"acc-{id}",
        JoinedOn: Joined,
        LeftOn: null,
        AccountClosedAt: null,
        Nda: new Nda(Joined),
        HandlesPersonalInfo: true,
        Crowdsourced: false);

    public static StaffRoster Roster(params StaffMember[] staff) => new(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8)), staff);
}
