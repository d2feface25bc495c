using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ComplianceHub.Server.Reports;
using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Server.Tests.Jurisdictions;
using UglyToad.PdfPig;

namespace ComplianceHub.Server.Tests.Reports;

/// <summary>
/// The jurisdiction report is drawn from the roll-ups and the member rows under the division, issued
/// (archived, registered) and verifiable; read back, it lists every enterprise of the county and the worst one.
/// </summary>
public sealed class JurisdictionReportPdfTests(HubFactory hub)
{
    private const string County = "650102";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_county_regulator_prints_a_readable_verifiable_report_listing_its_enterprises()
    {
        var clean = await RollupScenario.RegisterAsync(hub, County, name: "天山测试网点");
        var terrible = await RollupScenario.RegisterAsync(hub, County, name: "天山高风险网点");
        await RollupScenario.MakeTerribleAsync(hub, terrible);
        var regulator = await hub.AsAsync("regulator.postal", division: County);

        var response = await regulator.GetAsync($"/api/v1/jurisdictions/{County}/report.pdf", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync(Ct);
        var reportId = response.Headers.GetValues("X-Report-Id").Single();
        using (var document = PdfDocument.Open(pdf))
        {
            var text = string.Concat(document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))));
            Assert.Contains("辖区监管报告", text, StringComparison.Ordinal);
            Assert.Contains("天山区", text, StringComparison.Ordinal);
            Assert.Contains(clean, text, StringComparison.Ordinal);
            Assert.Contains(terrible, text, StringComparison.Ordinal);
            Assert.Contains("天山高风险网点", text, StringComparison.Ordinal);
            Assert.Contains(reportId, text, StringComparison.Ordinal);
            Assert.Contains($"共 {document.NumberOfPages} 页", text, StringComparison.Ordinal);
        }

        using var content = new ByteArrayContent(pdf);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var verified = await (await hub.CreateClient().PostAsync($"/api/v1/reports/{reportId}/verify", content, Ct))
            .Content.ReadFromJsonAsync<ReportVerification>(Ct);
        Assert.True(verified!.Matches);
        Assert.Equal(County, verified.Subject);
    }

    [Fact]
    public async Task Outside_the_division_it_is_refused_and_a_bad_code_is_named()
    {
        var elsewhere = await hub.AsAsync("regulator.postal", division: "3301");
        var enterprise = await hub.AsAsync("enterprise", enterprise: TestEnterprises.NewId(County));

        Assert.Equal(HttpStatusCode.Forbidden, (await elsewhere.GetAsync($"/api/v1/jurisdictions/{County}/report.pdf", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync($"/api/v1/jurisdictions/{County}/report.pdf", Ct)).StatusCode);
        var bad = await elsewhere.GetAsync("/api/v1/jurisdictions/33x/report.pdf", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"code\"", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
