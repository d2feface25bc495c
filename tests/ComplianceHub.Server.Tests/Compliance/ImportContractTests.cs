extern alias chub;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ComplianceHub.Abstractions.People;
using ComplianceHub.Server.Tests.Infrastructure;
using ChubCommand = chub::ComplianceHub.Cli.ChubCommand;
using CliStreams = chub::ComplianceHub.Cli.CliStreams;

namespace ComplianceHub.Server.Tests.Compliance;

/// <summary>
/// What <c>chub import</c> sends must be what the hub accepts: the CLI's dry-run output for a CSV roster
/// and training sheet is sent to the real API, and the hub counts the staff and attendees in it.
/// </summary>
public sealed class ImportContractTests(HubFactory hub) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chub-import-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_dry_run_bodies_of_chub_import_are_accepted_by_the_hub()
    {
        var outlet = await ComplianceScenario.OutletAsync(hub);
        var staffCsv = Path.Combine(_dir, "staff.csv");
        await File.WriteAllTextAsync(staffCsv, """
            员工编号,岗位,账号,入职日期,离职日期,保密协议签订日期,接触个人信息,众包
            S001,快递员,acc-1,2024-03-01,,2024-03-01,是,否
            S002,客服,acc-2,2024-05-01,2025-06-30,2024-05-01,是,否
            S003,众包快递员,,2025-01-10,,,是,是
            """, Ct);
        var trainingCsv = Path.Combine(_dir, "trainings.csv");
        await File.WriteAllTextAsync(trainingCsv, """
            heldOn,hours,topic,staffId
            2026-09-01,2,隐私面单操作规范,S001
            2026-09-01,2,隐私面单操作规范,S003
            """, Ct);

        var roster = DryRun("import", "staff", staffCsv, "--enterprise", outlet.Id, "--dry-run");
        var rosterResponse = await outlet.Client.PutAsync(
            $"/api/v1/enterprises/{outlet.Id}/staff", new StringContent(roster, Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, rosterResponse.StatusCode);
        var rosterResult = await rosterResponse.Content.ReadFromJsonAsync<RosterResult>(Ct);
        Assert.Equal((3, 3, 1), (rosterResult!.Staff, rosterResult.Joins, rosterResult.Departures));

        var sessions = JsonDocument.Parse(DryRun("import", "trainings", trainingCsv, "--enterprise", outlet.Id, "--dry-run")).RootElement;
        var session = Assert.Single(sessions.EnumerateArray());
        var trainingResponse = await outlet.Client.PostAsync(
            $"/api/v1/enterprises/{outlet.Id}/trainings", new StringContent(session.GetRawText(), Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.Created, trainingResponse.StatusCode);
        Assert.Equal(2, (await trainingResponse.Content.ReadFromJsonAsync<TrainingResult>(Ct))!.Attendees);

        var findings = await outlet.FindingsAsync();
        var nda = Assert.Single(findings.Findings, f => f.RuleId == "STAFF-NDA" && f.Open);
        Assert.Equal(1, nda.Count);
    }

    private static string DryRun(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = ChubCommand.Run(args, new CliStreams(() => Stream.Null, stdout, stderr, IsErrorInteractive: false));
        Assert.True(exit == 0, stderr.ToString());
        return Encoding.UTF8.GetString(stdout.ToArray());
    }
}
