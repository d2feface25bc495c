namespace ComplianceHub.Grains.Compliance;

public sealed record RosterDeparture(string StaffId, DateOnly? LeftOn, DateTimeOffset? AccountClosedAt);
