using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ComplianceHub.Server.Reports;
using ComplianceHub.Server.Tests.Infrastructure;
using UglyToad.PdfPig;
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

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync(Ct);
        var reportId = response.Headers.GetValues("X-Report-Id").Single();
        using (var document = PdfDocument.Open(pdf))
        {
            var text = string.Concat(document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))));
            Assert.Contains(title, text, StringComparison.Ordinal);
            Assert.Contains(itemId, text, StringComparison.Ordinal);
            Assert.Contains("检查发现问题甲乙", text, StringComparison.Ordinal);
            Assert.Contains("GZ-PDF-1", text, StringComparison.Ordinal);
            Assert.Contains("限期完成整改丙丁", text, StringComparison.Ordinal);
            Assert.Contains(Day(deadline), text, StringComparison.Ordinal);
            Assert.Contains(reportId, text, StringComparison.Ordinal);
        }

        using var content = new ByteArrayContent(pdf);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var verified = await (await hub.CreateClient().PostAsync($"/api/v1/reports/{reportId}/verify", content, Ct)).Content.ReadFromJsonAsync<ReportVerification>(Ct);
        Assert.True(verified!.Matches);
        Assert.Equal(id, verified.Subject);
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
