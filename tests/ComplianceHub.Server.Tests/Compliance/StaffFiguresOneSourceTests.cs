using System.Net;
using ComplianceHub.Server.Tests.Infrastructure;
using static ComplianceHub.Server.Tests.Compliance.ComplianceScenario;

namespace ComplianceHub.Server.Tests.Compliance;

/// <summary>
/// One figure, one source: the staff counts the findings are judged on are the counts GET …/findings reports and
/// the self-assessment PDF prints. A new joiner inside the training grace is neither trained nor overdue, and a
/// departed holder whose account is still inside its 24 h is not yet an open departed account — in every reader.
/// </summary>
public sealed class StaffFiguresOneSourceTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_joiner_inside_the_grace_counts_the_same_in_findings_and_in_the_self_assessment()
    {
        var outlet = await OutletAsync(hub, "NB321");
        var roster = new
        {
            batchId = "roster-1",
            asOf = Iso(DateTimeOffset.UtcNow.AddMinutes(-1)),
            staff = new object[]
            {
                // Trained 60 days ago: trained.
                new { staffId = "S001", role = "快递员", joinedOn = "2024-03-01", nda = new { signedOn = "2024-03-01" }, handlesPersonalInfo = true },
                // Joined five days ago, not trained yet: inside the 30-day grace, not overdue.
                new { staffId = "S002", role = "快递员", joinedOn = Day(ChinaToday.AddDays(-5)), nda = new { signedOn = Day(ChinaToday.AddDays(-5)) }, handlesPersonalInfo = true },
                // Never trained, joined long ago, no NDA: overdue for both.
                new { staffId = "S003", role = "分拣员", joinedOn = "2024-05-01", handlesPersonalInfo = true },
                // Left two days ago, account still open: past the 24 h.
                new { staffId = "S004", role = "快递员", account = "acc-4", joinedOn = "2024-03-01", leftOn = Day(ChinaToday.AddDays(-2)), handlesPersonalInfo = true },
                // Left yesterday (effective at midnight), account still open: inside the 24 h, not late yet.
                new { staffId = "S005", role = "快递员", account = "acc-5", joinedOn = "2024-03-01", leftOn = Day(ChinaToday.AddDays(-1)), handlesPersonalInfo = true },
            },
        };
        Assert.Equal(HttpStatusCode.OK, (await outlet.PutStaffAsync(roster)).StatusCode);
        var training = await outlet.PostAsync("trainings", new
        {
            batchId = "t-1", heldOn = Day(ChinaToday.AddDays(-60)), hours = 2, topic = "面单信息保护", staffIds = new[] { "S001", "S004", "S005" },
        });
        Assert.Equal(HttpStatusCode.Created, training.StatusCode);

        var findings = await outlet.FindingsAsync();
        var staff = findings.Staff;
        Assert.Equal((3, 2, 1, 1, 1, 1), (staff.HandlingPersonalInfo, staff.WithNdaInForce, staff.TrainedInWindow, staff.InTrainingGrace, staff.TrainingOverdue, staff.DepartedAccountsOpen));
        var open = findings.Findings.Where(f => f.Open).ToList();
        Assert.Equal(staff.TrainingOverdue, open.Single(f => f.RuleId == "STAFF-TRAINING-12M").Count);
        Assert.Equal(staff.LackingNda, open.Single(f => f.RuleId == "STAFF-NDA").Count);
        Assert.Equal(staff.DepartedAccountsOpen, open.Count(f => f.RuleId == "ACCOUNT-DEPARTED-OPEN"));

        var pdf = await IssuedPdfs.ReadAsync(await outlet.Client.GetAsync($"/api/v1/enterprises/{outlet.Id}/self-assessment.pdf", Ct), Ct);
        Assert.Contains($"保密协议有效{staff.WithNdaInForce} 人", pdf.Text, StringComparison.Ordinal);
        Assert.Contains($"培训周期内接受培训{staff.TrainedInWindow} 人（33.3%）；新入职宽限期内 {staff.InTrainingGrace} 人；逾期未培训 {staff.TrainingOverdue} 人", pdf.Text, StringComparison.Ordinal);
        Assert.Contains($"离职未注销账号{staff.DepartedAccountsOpen} 个", pdf.Text, StringComparison.Ordinal);
    }
}
