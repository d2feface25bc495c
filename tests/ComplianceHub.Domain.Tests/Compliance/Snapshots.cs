using ComplianceHub.Domain.Access;
using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Incidents;
using ComplianceHub.Domain.People;
using ComplianceHub.Domain.Tests.People;

namespace ComplianceHub.Domain.Tests.Compliance;

/// <summary>A courier outlet (YW001) that keeps every duty, as the base each test breaks one duty of.</summary>
internal static class Snapshots
{
    public const string OwnOutlet = "YW001";

    public static readonly DateTimeOffset Now = China(2026, 11, 23, 15);

    public static DateTimeOffset China(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    public static readonly EvidenceRefs Refs = new(
        Profile: 1,
        Roster: 5,
        LabelBatches: [10, 11, 12],
        FalseDeclarationBatches: [],
        Incidents: new Dictionary<string, long> { ["INC-1"] = 20 },
        Trainings: [6]);

    public static EnterpriseSnapshot Clean() => new(
        Scale: new ScaleProfile(50_000, null, null, false),
        OwnOutletCode: OwnOutlet,
        Labels: new LabelSummary(new DateOnly(2026, 10, 24), new DateOnly(2026, 11, 22), 30_000, 30_000, 600, 600, 0),
        Roster: Staff.Roster(Staff.Member("S1"), Staff.Member("S2"), Staff.Member("S3") with { Crowdsourced = true }),
        Trainings: [new TrainingSession("T-1", new DateOnly(2026, 10, 15), 2m, "面单信息保护", ["S1", "S2", "S3"])],
        Access: AccessSummary.Empty,
        Incidents: [],
        Evidence: Refs,
        Now: Now);

    public static EnterpriseSnapshot WithAccess(this EnterpriseSnapshot snapshot, IEnumerable<AccessLogRecord> records, long seq, RulebookOptions? options = null) =>
        snapshot with
        {
            Access = AccessAnomalyDetector.Add(
                snapshot.Access, records, new AccessContext(snapshot.OwnOutletCode, snapshot.Roster), (options ?? RulebookOptions.Default).Access, seq),
        };

    public static EnterpriseSnapshot WithStaff(this EnterpriseSnapshot snapshot, StaffMember member) =>
        snapshot with { Roster = snapshot.Roster with { Staff = [.. snapshot.Roster.Staff, member] } };

    public static EnterpriseSnapshot WithIncident(this EnterpriseSnapshot snapshot, Incident incident) =>
        snapshot with { Incidents = [.. snapshot.Incidents, incident] };

    public static AccessLogRecord Query(string account, DateTimeOffset at, string outlet = OwnOutlet, int count = 1) =>
        new(account, at, AccessAction.Query, outlet, count);
}
