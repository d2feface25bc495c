using ComplianceHub.Abstractions.Access;
using ComplianceHub.Abstractions.Incidents;
using ComplianceHub.Abstractions.People;
using ComplianceHub.Domain.Access;
using ComplianceHub.Domain.Incidents;
using ComplianceHub.Domain.People;
using ComplianceHub.Domain.Time;

namespace ComplianceHub.Server.Demo;

/// <summary>
/// Staff, trainings, access logs and incidents for a demo enterprise, acting out its <see cref="DemoComplianceStory"/>.
/// Times are relative to the first seeding; batch and incident ids are fixed, so seeding again replays
/// them and changes nothing. Staff and accounts are pseudonymous ids, as the API requires.
/// </summary>
public static class DemoComplianceHistory
{
    public const string RosterBatchId = "demo-roster-1";

    public const string TrainingBatchId = "demo-training-1";

    public const string AccessBatchId = "demo-access-1";

    private const int StaffCount = 8;

    public static DemoComplianceStory StoryOf(DemoEnterprise demo, int serial) => demo.Kind switch
    {
        Domain.Enterprises.EnterpriseKind.CourierOutlet => (serial % 4) switch
        {
            0 => DemoComplianceStory.RentedAccount,
            1 => DemoComplianceStory.NdaGaps,
            2 => DemoComplianceStory.TrainingLapsed,
            _ => DemoComplianceStory.Exemplary,
        },
        Domain.Enterprises.EnterpriseKind.CloudWarehouse => (serial % 3) switch
        {
            0 => DemoComplianceStory.TrojanUnreported,
            1 => DemoComplianceStory.BulkExport,
            _ => DemoComplianceStory.LeakReportedLate,
        },
        Domain.Enterprises.EnterpriseKind.TerminalStation => serial % 2 == 0 ? DemoComplianceStory.StationLeakReportedLate : DemoComplianceStory.Exemplary,
        _ => DemoComplianceStory.Exemplary,
    };

    public static ReplaceRoster Roster(DemoComplianceStory story, DateTimeOffset now, string actor)
    {
        var today = ChinaTime.DateOf(now);
        var staff = Enumerable.Range(1, StaffCount).Select(i => Member(i, story, today)).ToList();
        return new ReplaceRoster(RosterBatchId, new StaffRoster(now.AddMinutes(-5), staff), actor);
    }

    public static RecordTraining Training(DemoComplianceStory story, DateTimeOffset now, string actor)
    {
        var today = ChinaTime.DateOf(now);
        var heldOn = story == DemoComplianceStory.TrainingLapsed ? today.AddMonths(-15) : today.AddDays(-45);
        var attendees = Enumerable.Range(1, StaffCount).Select(StaffId).ToList();
        return new RecordTraining(new TrainingSession(TrainingBatchId, heldOn, 2m, "寄递用户个人信息保护与隐私面单操作规范", attendees), actor);
    }

    public static RecordAccessLogs AccessLogs(DemoComplianceStory story, string? ownOutlet, DateTimeOffset now, string actor)
    {
        var yesterday = ChinaTime.DateOf(now).AddDays(-1);
        List<AccessLogRecord> records = story switch
        {
            // Account of S08, who left ten days ago, querying outlet YW999's waybills in the small hours.
            DemoComplianceStory.RentedAccount => Enumerable.Range(0, 6)
                .Select(i => new AccessLogRecord(Account(8), At(yesterday, 2, 5 + (i * 7)), AccessAction.Query, "YW999", 60 + (i * 15)))
                .ToList(),
            DemoComplianceStory.BulkExport => Enumerable.Range(0, 4)
                .Select(i => new AccessLogRecord(Account(3), At(yesterday, 14, i * 12), AccessAction.Export, ownOutlet ?? "", 900))
                .ToList(),
            _ => [],
        };

        // Everyone's ordinary day shift, so the log is not only anomalies.
        records.AddRange(Enumerable.Range(1, 5).Select(i => new AccessLogRecord(Account(i), At(yesterday, 9 + i, 30), AccessAction.Print, ownOutlet ?? "", 120)));
        return new RecordAccessLogs(AccessBatchId, records, actor);
    }

    public static RecordIncident? Incident(DemoComplianceStory story, DateTimeOffset now, string actor) => story switch
    {
        DemoComplianceStory.TrojanUnreported => new RecordIncident(
            new Incident("DEMO-INC-TROJAN", IncidentKind.Trojan, IncidentGrade.Jiaoda, now.AddHours(-6), 0,
                ReportedToPostalAt: now.AddHours(-5)), IsNew: true, actor),
        DemoComplianceStory.LeakReportedLate => new RecordIncident(
            new Incident("DEMO-INC-LEAK", IncidentKind.Leak, IncidentGrade.Yiban, now.AddDays(-10), 1_240_000,
                ContainedAt: now.AddDays(-9)), IsNew: true, actor),
        DemoComplianceStory.StationLeakReportedLate => new RecordIncident(
            new Incident("DEMO-INC-SHELF", IncidentKind.LabelPhotography, IncidentGrade.Yiban, now.AddDays(-8), 2_300,
                ReportedToPostalAt: now.AddDays(-8).AddHours(60), IndividualsNotifiedAt: now.AddDays(-8).AddHours(30), ContainedAt: now.AddDays(-7)), IsNew: true, actor),
        _ => null,
    };

    private static StaffMember Member(int i, DemoComplianceStory story, DateOnly today)
    {
        var joined = today.AddYears(-2).AddDays(i * 11);
        var nda = story == DemoComplianceStory.NdaGaps && i > StaffCount - 3 ? null : new Nda(joined);
        var crowdsourced = story == DemoComplianceStory.NdaGaps && i > StaffCount - 3;
        if (i == StaffCount && story == DemoComplianceStory.RentedAccount)
        {
            // Left ten days ago; the account was never closed.
            return new StaffMember(StaffId(i), "快递员", Account(i), joined, today.AddDays(-10), null, nda, true, crowdsourced);
        }

        if (i == StaffCount)
        {
            // An ordinary departure: account closed the same evening.
            var left = today.AddDays(-20);
            return new StaffMember(StaffId(i), "分拣员", Account(i), joined, left, ChinaTime.StartOf(left).AddHours(20), nda, true, crowdsourced);
        }

        return new StaffMember(StaffId(i), i % 3 == 0 ? "客服" : "快递员", Account(i), joined, null, null, nda, true, crowdsourced);
    }

    private static string StaffId(int i) => $"S{i:D2}";

    private static string Account(int i) => $"acc-{i:D2}";

    private static DateTimeOffset At(DateOnly day, int hour, int minute) => ChinaTime.StartOf(day).AddHours(hour).AddMinutes(minute);
}
