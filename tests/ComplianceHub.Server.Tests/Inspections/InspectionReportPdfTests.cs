using System.Net;
using ComplianceHub.Server.Tests.Infrastructure;
using static ComplianceHub.Server.Tests.Inspections.InspectionApi;

namespace ComplianceHub.Server.Tests.Inspections;

/// <summary>Inspection reports are rendered from the live inspection, issued like every report, and read back with PdfPig.</summary>
public sealed class InspectionReportPdfTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("postal", "regulator.postal", "P-PRINT-PC-SCAN", "寄递用户个人信息安全检查报告")]
    [InlineData("cyberspace", "regulator.cyberspace", "C-PI-OFFICER", "个人信息保护检查报告")]
    public async Task The_report_shows_answers_and_orders_with_deadlines_and_verifies(string authority, string role, string itemId, string title)
    {
        var id = await RegisterAsync(await hub.AsAsync("admin"));
        var regulator = await hub.AsAsync(role, division: "330782");
        var today = ChinaDate(DateTimeOffset.UtcNow);
        var inspection = await OpenAsync(regulator, id, authority, today);
        var url = $"/api/v1/inspections/{inspection.GetProperty("id").GetString()}";
        await ExpectAsync(await PutAsync(regulator, $"{url}/checklist", new { answers = new[] { new { itemId, answer = "no", note = "检查发现问题甲乙" } } }), HttpStatusCode.OK);
        var deadline = today.AddDays(15);
        await ExpectAsync(await PostAsync(regulator, $"{url}/orders", new
        {
            orderId = "GZ-PDF-1", requirement = "限期完成整改丙丁", legalBasis = "《个人信息保护法》第五十一条", deadline = Day(deadline),
        }), HttpStatusCode.Created);

        var other = authority == "postal" ? "cyberspace" : "postal";
        await ExpectAsync(await regulator.GetAsync($"{url}/report.pdf?authority={other}", Ct), HttpStatusCode.BadRequest);
        var company = await hub.AsAsync("enterprise", enterprise: id);
        var response = await company.GetAsync($"{url}/report.pdf?authority={authority}", Ct);

        var pdf = await IssuedPdfs.ReadAsync(response, Ct);
        Assert.Contains(title, pdf.Text, StringComparison.Ordinal);
        Assert.Contains(itemId, pdf.Text, StringComparison.Ordinal);
        Assert.Contains("检查发现问题甲乙", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("GZ-PDF-1", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("限期完成整改丙丁", pdf.Text, StringComparison.Ordinal);
        Assert.Contains(Day(deadline), pdf.Text, StringComparison.Ordinal);
        Assert.Contains(pdf.ReportId, pdf.Text, StringComparison.Ordinal);
        Assert.Equal(id, (await IssuedPdfs.VerifyAsync(hub, pdf, Ct)).Subject);
        Assert.Contains("report.issued", await EvidenceKindsAsync(company, id));
    }

    [Fact]
    public async Task Another_divisions_regulator_cannot_print_it()
    {
        var id = await RegisterAsync(await hub.AsAsync("admin"));
        var inspection = await OpenAsync(await hub.AsAsync("regulator.postal", division: "3307"), id, "postal", ChinaDate(DateTimeOffset.UtcNow));
        var outsider = await hub.AsAsync("regulator.postal", division: "3301");

        var response = await outsider.GetAsync($"/api/v1/inspections/{inspection.GetProperty("id").GetString()}/report.pdf", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
